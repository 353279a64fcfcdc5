// The replay driver of the normal build: runs LLVMFuzzerTestOneInput once on every file of the
// corpus folders (or files) given, the way libFuzzer runs a seed corpus. A crash or sanitizer
// report fails the test; a parser's error (a Result error) is a normal outcome.
#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cstdio>

#include "FuzzTarget.h"

namespace {

bool replay(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray data = f.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size()));
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE...\n", argv[0]);
        return 2;
    }
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            QStringList paths;
            QDirIterator it(arg, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) paths << it.next();
            paths.sort();
            for (const QString& path : paths) {
                if (!replay(path))
                    return 1;
                ++files;
            }
        } else {
            if (!replay(arg))
                return 1;
            ++files;
        }
    }
    if (files == 0) {
        std::fprintf(stderr, "no corpus files found\n");
        return 1;
    }
    std::printf("replayed %d files\n", files);
    return 0;
}

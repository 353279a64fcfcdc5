// Fuzz target bundle: Bundle::load over a bundle folder (models/fraud-detection/2026.10.0,
// the folder the seeds name) holding the input as bundle.json; when the input has a form feed
// (\f), what follows it is the bundle's SHA256SUMS (which bundle.json "sha256sums" pins).
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "FuzzTarget.h"
#include "workspace/Bundle.h"

using namespace countersign;

namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static QTemporaryDir root;
    static const QString dir = root.filePath(QStringLiteral("models/fraud-detection/2026.10.0"));
    static const bool made = QDir().mkpath(dir);
    if (!root.isValid() || !made)
        __builtin_trap();
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype split = input.indexOf('\f');
    writeFile(dir + QStringLiteral("/bundle.json"), split < 0 ? input : input.left(split));
    const QString sums = dir + QStringLiteral("/SHA256SUMS");
    if (split < 0)
        QFile::remove(sums);
    else
        writeFile(sums, input.mid(split + 1));
    fuzz::consume(Bundle::load(dir));
    return 0;
}

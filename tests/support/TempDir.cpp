#include "TempDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

namespace countersign::test {

TempDir::TempDir() : m_dir(QDir::tempPath() + QStringLiteral("/countersign-test-XXXXXX")) {
    if (!m_dir.isValid())
        qFatal("cannot create a temporary folder");
}

QString TempDir::write(const QString& relative, const QByteArray& bytes) const {
    const QString path = filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write test file");
    f.write(bytes);
    return path;
}

QString testDataDir() {
    return qEnvironmentVariable("COUNTERSIGN_TEST_DATA");
}

}  // namespace countersign::test

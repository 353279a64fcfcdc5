#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace countersign::test {

// A fresh temporary folder per test, with helpers to write files into it.
class TempDir {
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& relative) const { return m_dir.filePath(relative); }
    // Writes bytes to a path relative to the folder, creating parent folders.
    QString write(const QString& relative, const QByteArray& bytes) const;

private:
    QTemporaryDir m_dir;
};

// The folder of committed test data (tests/data), from COUNTERSIGN_TEST_DATA.
QString testDataDir();

}  // namespace countersign::test

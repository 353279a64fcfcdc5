#pragma once

#include <QString>
#include <QStringList>

namespace countersign::test {

// One run of the real countersign-cli binary (COUNTERSIGN_BIN_DIR), without
// COUNTERSIGN_WORKSPACE from the environment: its exit code (-1 when it did not finish in
// two minutes, -2 when it crashed) and what it wrote.
struct CliRun {
    int code = -1;
    QString out, err;
    QString all() const { return out + err; }
};
CliRun runCli(const QStringList& args);

}  // namespace countersign::test

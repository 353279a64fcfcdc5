#include "GuiWorkspace.h"

#include <QDir>
#include <QFile>

#include "TempDir.h"
#include "WorkspaceCopy.h"

namespace countersign::test {

namespace {
bool write(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}
}  // namespace

QString createGuiWorkspace(const QString& dir) {
    if (!copyTree(QDir(testDataDir()).filePath(QStringLiteral("workspace/base")), dir))
        return QStringLiteral("cannot copy the base workspace into %1").arg(dir);
    const QDir v(QDir(dir).filePath(QStringLiteral("artifacts/models/fraud-detection/2026.10.0")));
    QByteArray predictions("id,label,score,gender,age_band\n");
    QByteArray baseline("id,amount,channel\n");
    QByteArray current("id,amount,channel\n");
    for (int i = 0; i < 20000; ++i) {
        predictions += QByteArray::number(i) + ',' + QByteArray::number(i % 3 == 0) + ",0." +
                       QByteArray::number((i * 7919) % 1000) + (i % 2 ? ",f," : ",m,") +
                       (i % 5 ? "18-35\n" : "36-99\n");
        if (i < 5000) {
            baseline += QByteArray::number(i) + ',' + QByteArray::number(i % 97) + ",web\n";
            current += QByteArray::number(i) + ',' + QByteArray::number(i % 89) +
                       (i % 3 ? ",web\n" : ",app\n");
        }
    }
    current += "5000,1,app\n";
    const bool ok =
        write(v.filePath(QStringLiteral("evaluation/predictions.csv")), predictions) &&
        write(v.filePath(QStringLiteral("evaluation/metrics.json")),
              R"({"auc": 0.91, "equal_opportunity_gap": {"gender": 0.012, "age_band": 0.018}})") &&
        write(v.filePath(QStringLiteral("drift/baseline.csv")), baseline) &&
        write(v.filePath(QStringLiteral("drift/current.csv")), current) &&
        write(v.filePath(QStringLiteral("scans/trivy.json")),
              R"({"SchemaVersion": 2, "Results": []})") &&
        write(v.filePath(QStringLiteral("approvals/risk_review.r.ahmed.dsse.json")), "{}") &&
        write(QDir(dir).filePath(QStringLiteral("artifacts/models/fraud-detection/%1/bundle.json")
                                     .arg(brokenVersion())),
              R"({"schema": "countersign.bundle/v1", "model": )");
    return ok ? QString() : QStringLiteral("cannot write the GUI test files into %1").arg(dir);
}

}  // namespace countersign::test

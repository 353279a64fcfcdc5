#include "RiskFixture.h"

#include <QDir>
#include <QFile>

#include "ManifestEdit.h"
#include "TempDir.h"
#include "WorkspaceCopy.h"

namespace countersign::test {

namespace {
bool writeFile(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
}  // namespace

QString writeRiskWorkspace(const QString& root) {
    if (!copyTree(QDir(testDataDir()).filePath(QStringLiteral("workspace/base")), root))
        return {};
    const QString bundle =
        QDir(root).filePath(QStringLiteral("artifacts/models/fraud-detection/2026.10.0"));

    QByteArray p = "label,score,gender,age_band\r\n";
    int row = 0;
    auto add = [&](const char* label, const char* score, const char* gender, int n) {
        for (int i = 0; i < n; ++i, ++row)
            p += QByteArray(label) + ',' + score + ',' + gender + ',' +
                 (row % 2 ? "41+" : "18-40") + "\r\n";
    };
    add("1", "0.9", "F", 70);   // TP
    add("1", "0.2", "F", 30);   // FN
    add("0", "0.7", "F", 20);   // FP
    add("0", "0.1", "F", 180);  // TN
    add("1", "0.8", "M", 80);
    add("1", "0.3", "M", 20);
    add("0", "0.6", "M", 20);
    add("0", "0.2", "M", 180);
    add("0", "0.1", "X", 10);
    if (!writeFile(QDir(bundle).filePath(QStringLiteral("evaluation/predictions.csv")), p))
        return {};

    const char* channels[] = {"web", "app", "branch"};
    QByteArray base = "id,amount,channel,hour\n";
    QByteArray cur = "hour,channel,amount,id\n";
    for (int i = 0; i < 1000; ++i) {
        base += QByteArray::number(i) + ',' + QByteArray::number((i * 37 % 1000) / 10.0) + ',' +
                channels[i % 3] + ',' + QByteArray::number(i % 24) + '\n';
        const char* channel = i % 10 < 8 ? "web" : (i % 10 == 8 ? "app" : "branch");
        cur += QByteArray::number(i % 24) + ',' + channel + ',' +
               QByteArray::number((i * 53 % 1000) / 10.0) + ',' + QByteArray::number(5000 + i) +
               '\n';
    }
    if (!writeFile(QDir(bundle).filePath(QStringLiteral("drift/baseline.csv")), base))
        return {};
    if (!writeFile(QDir(bundle).filePath(QStringLiteral("drift/current.csv")), cur))
        return {};
    if (!listAsArtefacts(
            bundle, {QStringLiteral("evaluation/predictions.csv"),
                     QStringLiteral("drift/baseline.csv"), QStringLiteral("drift/current.csv")}))
        return {};
    return QStringLiteral("fraud-detection@2026.10.0");
}

}  // namespace countersign::test

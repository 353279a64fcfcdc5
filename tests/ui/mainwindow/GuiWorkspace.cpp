#include "GuiWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "ManifestEdit.h"
#include "TempDir.h"
#include "WorkspaceCopy.h"
#include "audit/AuditStore.h"
#include "crypto/OperatorKey.h"

namespace countersign::test {

namespace {
bool write(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// One key per operator id for the whole test process (each generation and encryption runs
// 600,000 PBKDF2 iterations): the encrypted file and its public key.
struct CachedKey {
    QByteArray encryptedPem;
    QString publicKeyPem;
};
const CachedKey* keyFor(const QString& id) {
    static QHash<QString, CachedKey> cache;
    if (auto it = cache.constFind(id); it != cache.constEnd())
        return &*it;
    auto key = OperatorKey::generate();
    if (!key)
        return nullptr;
    auto pem = key->encryptedPem(SecretBytes(guiPassphrase(id).toUtf8()));
    if (!pem)
        return nullptr;
    return &*cache.insert(id, {pem.value(), key->publicKeyPem()});
}

// Every roster operator gets keys/<id>.key.pem and the roster its public key.
bool installKeys(const QString& dir) {
    const QString rosterPath = QDir(dir).filePath(QStringLiteral("config/ml/operators.json"));
    QFile f(rosterPath);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonObject roster = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray ops = roster.value(QStringLiteral("operators")).toArray();
    for (qsizetype i = 0; i < ops.size(); ++i) {
        QJsonObject o = ops.at(i).toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        const CachedKey* key = keyFor(id);
        if (!key || !write(guiKeyFile(dir, id), key->encryptedPem))
            return false;
        o.insert(QStringLiteral("public_key"), key->publicKeyPem);
        ops.replace(i, o);
    }
    roster.insert(QStringLiteral("operators"), ops);
    return write(rosterPath, QJsonDocument(roster).toJson());
}

}  // namespace

QString guiKeyFile(const QString& dir, const QString& operatorId) {
    return QDir(dir).filePath(QStringLiteral("keys/%1.key.pem").arg(operatorId));
}

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
        listAsArtefacts(v.path(), {QStringLiteral("evaluation/predictions.csv"),
                                   QStringLiteral("drift/baseline.csv"),
                                   QStringLiteral("drift/current.csv")}) &&
        write(v.filePath(QStringLiteral("scans/trivy.json")),
              R"({"SchemaVersion": 2, "Results": []})") &&
        write(v.filePath(QStringLiteral("approvals/risk_review.r.ahmed.dsse.json")), "{}") &&
        write(QDir(dir).filePath(QStringLiteral("artifacts/models/fraud-detection/%1/bundle.json")
                                     .arg(brokenVersion())),
              R"({"schema": "countersign.bundle/v1", "model": )") &&
        installKeys(dir);
    if (!ok)
        return QStringLiteral("cannot write the GUI test files into %1").arg(dir);
    // A workspace in use has its audit store (the console makes none by looking).
    const QString store = AuditStore::defaultStorePath(dir);
    if (auto made =
            AuditStore::open(store, AuditStore::defaultKeyPath(store), SystemClock::instance());
        !made)
        return made.error().toString();
    return QString();
}

}  // namespace countersign::test

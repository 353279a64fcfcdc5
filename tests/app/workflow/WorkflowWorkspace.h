#pragma once

// A small workspace for the workflow's CLI tests: a roster whose keys are generated in
// memory (the pipeline key also saved encrypted), default controls, and one bundle.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <memory>

#include "TempDir.h"
#include "crypto/OperatorKey.h"
#include "crypto/Sha256.h"

namespace countersign::test {

class WorkflowWorkspace {
public:
    WorkflowWorkspace() {
        addOperator(QStringLiteral("m.owner"), {QStringLiteral("model_owner")});
        addOperator(QStringLiteral("r.ahmed"), {QStringLiteral("risk_officer")});
        addOperator(QStringLiteral("s.lee"), {QStringLiteral("security_engineer")});
        addOperator(QStringLiteral("o.lead"), {QStringLiteral("ops_lead")});
        addOperator(QStringLiteral("j.chen"), {QStringLiteral("ops_lead")});
        addOperator(QStringLiteral("c.comp"), {QStringLiteral("risk_compliance")});
        addOperator(QStringLiteral("ci"), {QStringLiteral("pipeline")});
        writeRoster();
        writeControls(
            QJsonObject{{QStringLiteral("schema"), QStringLiteral("countersign.controls/v1")}});
        addBundle(QStringLiteral("2026.11.0"));
    }

    QString root() const { return m_dir.path(); }
    QString bundleDir(const QString& version) const {
        return m_dir.filePath(QStringLiteral("artifacts/models/fraud-detection/") + version);
    }
    const OperatorKey& key(const QString& id) const { return *m_keys.value(id); }

    // The pipeline key, saved encrypted, and its passphrase file.
    QString savePipelineKey() {
        const QString keyPath = m_dir.filePath(QStringLiteral("keys/ci.key"));
        m_dir.write(QStringLiteral("keys/ci.pass"), "pipeline passphrase\n");
        m_dir.write(QStringLiteral("keys/.keep"), {});
        SecretBytes pass(QByteArrayView("pipeline passphrase"));
        if (!key(QStringLiteral("ci")).saveEncrypted(keyPath, pass))
            qFatal("cannot save the pipeline key");
        return keyPath;
    }
    QString passphraseFile() const { return m_dir.filePath(QStringLiteral("keys/ci.pass")); }

    void addOperator(const QString& id, const QStringList& roles) {
        auto k = OperatorKey::generate();
        if (!k)
            qFatal("key generation failed");
        m_keys.insert(id, std::make_shared<OperatorKey>(std::move(k.value())));
        m_roles.insert(id, roles);
    }
    void writeRoster() const {
        QJsonArray ops;
        for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
            ops.append(QJsonObject{
                {QStringLiteral("id"), it.key()},
                {QStringLiteral("name"), it.key().toUpper()},
                {QStringLiteral("roles"), QJsonArray::fromStringList(it.value())},
                {QStringLiteral("public_key"), m_keys.value(it.key())->publicKeyPem()}});
        m_dir.write(QStringLiteral("config/ml/operators.json"),
                    QJsonDocument(QJsonObject{{QStringLiteral("schema"),
                                               QStringLiteral("countersign.operators/v1")},
                                              {QStringLiteral("operators"), ops}})
                        .toJson());
    }
    void writeControls(const QJsonObject& controls) const {
        m_dir.write(QStringLiteral("config/ml/controls.json"), QJsonDocument(controls).toJson());
    }

    void addBundle(const QString& version, const QString& kind = QStringLiteral("scheduled"),
                   const QDateTime& created = QDateTime(QDate(2026, 11, 3), QTime(2, 0),
                                                        QTimeZone::utc()),
                   // The feature snapshot: by default at the November cycle's freeze (Friday 30
                   // Oct 18:00 AEST), which gives the bundle that cycle's change window.
                   const QString& frozenAt = QStringLiteral("2026-10-30T08:00:00Z")) const {
        const QByteArray model = "onnx model bytes " + version.toUtf8();
        const QString base =
            QStringLiteral("artifacts/models/fraud-detection/") + version + QLatin1Char('/');
        m_dir.write(base + QStringLiteral("model/model.onnx"), model);
        const QJsonObject bundle{
            {QStringLiteral("schema"), QStringLiteral("countersign.bundle/v1")},
            {QStringLiteral("model"), QStringLiteral("fraud-detection")},
            {QStringLiteral("version"), version},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("owner"), QStringLiteral("m.owner")},
            {QStringLiteral("created"), created.toString(Qt::ISODate)},
            {QStringLiteral("training"),
             QJsonObject{{QStringLiteral("code_revision"), QStringLiteral("9f2c1e7")},
                         {QStringLiteral("feature_snapshot"),
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("fs-2026-10-30")},
                                      {QStringLiteral("frozen_at"), frozenAt}}},
                         {QStringLiteral("hyperparameters"), QJsonObject{}}}},
            {QStringLiteral("data_hashes"), QJsonArray{}},
            {QStringLiteral("artefacts"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("path"), QStringLiteral("model/model.onnx")},
                 {QStringLiteral("sha256"), QString::fromLatin1(Sha256::hashHex(model))},
                 {QStringLiteral("size"), model.size()}}}},
        };
        m_dir.write(base + QStringLiteral("bundle.json"), QJsonDocument(bundle).toJson());
    }

private:
    TempDir m_dir;
    QMap<QString, std::shared_ptr<OperatorKey>> m_keys;
    QMap<QString, QStringList> m_roles;
};

}  // namespace countersign::test

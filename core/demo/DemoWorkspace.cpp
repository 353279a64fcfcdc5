#include "demo/DemoWorkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>
#include <QTimeZone>
#include <QtConcurrent>
#include <functional>

#include "crypto/OpenSslErrors.h"
#include "demo/DemoBundleWriter.h"
#include "demo/DemoKey.h"
#include "demo/DemoPlan.h"
#include "demo/DemoStoreKey.h"
#include "workspace/Role.h"

namespace countersign {

namespace {

Status writeFile(const QString& path, const QByteArray& bytes, bool secret = false) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::internal(f.errorString(), path);
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(bytes) != bytes.size() || !f.commit())
        return Error::internal(f.errorString(), path);
    return ok();
}

QJsonObject controlsJson(const CycleOpenAt& open, const NoteVerifier& storeKey) {
    QJsonObject models;
    for (const auto& m : DemoPlan::controls(open))
        models.insert(m.model, QJsonObject{{QStringLiteral("production"), m.production},
                                           {QStringLiteral("last_known_good"), m.lastKnownGood}});
    return {
        {QStringLiteral("schema"), QStringLiteral("countersign.controls/v1")},
        {QStringLiteral("training"), true},
        // The store key pinned in the configuration (docs/formats.md, controls.json "audit").
        {QStringLiteral("audit"), QJsonObject{{QStringLiteral("store_vkey"), storeKey.toString()}}},
        {QStringLiteral("thresholds"),
         QJsonObject{{QStringLiteral("bias_max_gap"), 0.02},
                     {QStringLiteral("bias_min_group_support"), 100},
                     {QStringLiteral("bias_max_bad_row_share"), 0.001},
                     {QStringLiteral("drift_psi_breach"), 0.2},
                     {QStringLiteral("drift_psi_warning"), 0.1},
                     {QStringLiteral("blocking_severity"), QStringLiteral("CRITICAL")},
                     {QStringLiteral("unknown_severity"), QStringLiteral("block")}}},
        {QStringLiteral("calendar"), open.calendar.toJson()},
        {QStringLiteral("approvals"),
         QJsonObject{{QStringLiteral("deployment_roles"),
                      QJsonArray{QStringLiteral("ops_lead"), QStringLiteral("*")}},
                     {QStringLiteral("distinct_step_signers"), true}}},
        {QStringLiteral("deployment_webhook"), QJsonValue::Null},
        {QStringLiteral("models"), models},
    };
}

QByteArray readme(const DemoOptions& o, const CycleOpenAt& open) {
    QByteArray text =
        "# Countersign demo workspace\n\n"
        "Made by `countersign-cli demo init` (seed " +
        QByteArray::number(static_cast<qulonglong>(o.seed)) +
        "). Synthetic data only. See docs/demo.md in the Countersign sources for what each bundle "
        "shows.\n\n"
        "| bundle | kind | shows |\n|---|---|---|\n";
    for (const auto& e : DemoPlan::bundles(open))
        text += "| " + e.model.toUtf8() + "@" + e.version.toUtf8() + " | " + e.kind.toUtf8() +
                " | " + DemoPlan::defectId(e.defect).toUtf8() +
                (e.sha256Sums ? " (SHA256SUMS manifest)" : "") + " |\n";
    text +=
        "\n## Demo operators (DEMO ONLY: these passphrases are public)\n\n"
        "Signing in to the console (Signed in, top right) asks for the operator's passphrase "
        "and checks the key against the roster; every signature asks for it again.\n\n"
        "| id | name | roles | key file | passphrase |\n|---|---|---|---|---|\n";
    for (const auto& op : DemoWorkspace::operators())
        text += "| " + op.id.toUtf8() + " | " + op.name.toUtf8() + " | " +
                op.roles.join(QLatin1Char(',')).toUtf8() + " | keys/" + op.id.toUtf8() +
                ".key.pem | " + DemoWorkspace::passphraseFor(op.id).toUtf8() + " |\n";
    return text;
}
}  // namespace

QList<DemoWorkspace::DemoOperator> DemoWorkspace::operators() {
    return {
        {QStringLiteral("a.okafor"), QStringLiteral("A. Okafor"), {Role::modelOwner()}},
        {QStringLiteral("r.ahmed"), QStringLiteral("R. Ahmed"), {Role::riskOfficer()}},
        {QStringLiteral("s.lindqvist"), QStringLiteral("S. Lindqvist"), {Role::securityEngineer()}},
        {QStringLiteral("o.tanaka"), QStringLiteral("O. Tanaka"), {Role::opsLead()}},
        {QStringLiteral("o.mendes"), QStringLiteral("O. Mendes"), {Role::opsLead()}},
        {QStringLiteral("c.novak"), QStringLiteral("C. Novak"), {Role::riskCompliance()}},
        {QStringLiteral("ci.guardrails"), QStringLiteral("ml-guardrails CI"), {Role::pipeline()}},
    };
}

CycleOpenAt DemoWorkspace::cycleOf(const DemoOptions& o) {
    return CycleOpenAt::make(o.at.isValid() ? o.at : QDateTime::currentDateTimeUtc());
}

QString DemoWorkspace::passphraseFor(const QString& id) {
    return QStringLiteral("demo-") + id;
}
QString DemoWorkspace::ownerId() {
    return QStringLiteral("a.okafor");
}
QString DemoWorkspace::benchModel() {
    return QStringLiteral("benchmark");
}

Status DemoWorkspace::create(const DemoOptions& o) {
    if (o.dir.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("DemoWorkspace", "no folder given for the demo workspace"));
    const QFileInfo target(o.dir);
    if (target.exists() && !target.isDir())
        return Error::badInput(
            QCoreApplication::translate("DemoWorkspace", "exists and is not a folder"), o.dir);
    if (target.isDir() &&
        !QDir(o.dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return Error::badInput(
            QCoreApplication::translate(
                "DemoWorkspace",
                "the folder is not empty: demo init writes only into a new or empty folder"),
            o.dir);
    const QString finalDir = target.absoluteFilePath();
    const QString work = finalDir + QStringLiteral(".partial");
    if (QFileInfo::exists(work) && !QDir(work).removeRecursively())
        return Error::internal(QCoreApplication::translate(
                                   "DemoWorkspace", "cannot remove the unfinished demo folder"),
                               work);
    if (!QDir().mkpath(work))
        return Error::badInput(
            QCoreApplication::translate("DemoWorkspace", "cannot create the folder"), work);
    const QDir root(work);

    QMutex progressLock;
    auto report = [&](const QString& what) {
        if (!o.progress)
            return;
        QMutexLocker lock(&progressLock);
        o.progress(what);
    };

    // Every part is an independent task on the thread pool; each has its own random stream,
    // so the files do not depend on which thread runs first.
    struct Task {
        QString label;
        std::function<Status()> run;
    };
    QList<Task> tasks;
    const QList<DemoOperator> ops = operators();
    QList<QString> publicKeys(ops.size());
    for (qsizetype i = 0; i < ops.size(); ++i) {
        tasks.append({QCoreApplication::translate("DemoWorkspace", "key for %1").arg(ops.at(i).id),
                      [&, i]() -> Status {
                          const QString id = ops.at(i).id;
                          auto key = DemoKey::make(o.seed, id, passphraseFor(id).toUtf8());
                          if (!key)
                              return key.error();
                          publicKeys[i] = key->publicKeyPem;
                          return writeFile(root.filePath(QStringLiteral("keys/%1.key.pem").arg(id)),
                                           key->encryptedPem, true);
                      }});
    }
    const CycleOpenAt open = cycleOf(o);
    const auto models = QStringLiteral("artifacts/models/%1/%2");
    for (const DemoPlan::Entry& e : DemoPlan::bundles(open)) {
        tasks.append({e.model + QLatin1Char('@') + e.version, [&, e]() -> Status {
                          return DemoBundleWriter::write(
                              root.filePath(models.arg(e.model, e.version)), e, o.seed,
                              DemoBundleWriter::Size{}, ownerId());
                      }});
    }
    if (o.scale == DemoOptions::Scale::Bench) {
        DemoPlan::Entry bench{benchModel(),
                              DemoPlan::versionOf(open.cycle),
                              QStringLiteral("scheduled"),
                              open.at.addSecs(-7200),
                              open.cycle.freeze,
                              DemoPlan::Defect::None,
                              false,
                              1 << 20};
        DemoBundleWriter::Size size;
        size.predictionRows = o.benchPredictionRows;
        size.driftRows = o.benchDriftRows;
        size.driftFeatures = 20;
        size.shards = 8;
        size.shardBytes = std::max<qint64>(o.benchArtefactBytes / 8, 1);
        size.smallFiles = 256;
        tasks.append({bench.model + QLatin1Char('@') + bench.version, [&, bench, size]() -> Status {
                          return DemoBundleWriter::write(
                              root.filePath(models.arg(bench.model, bench.version)), bench, o.seed,
                              size, ownerId());
                      }});
    }

    const QList<Status> results = QtConcurrent::blockingMapped(tasks, [&](const Task& t) -> Status {
        const OpenSslThreadScope openSsl;
        Status s = t.run();
        report(s ? t.label : t.label + QStringLiteral(": ") + s.error().toString());
        return s;
    });
    for (const Status& s : results)
        if (!s)
            return s.error();

    QJsonArray roster;
    for (qsizetype i = 0; i < ops.size(); ++i)
        roster.append(
            QJsonObject{{QStringLiteral("id"), ops.at(i).id},
                        {QStringLiteral("name"), ops.at(i).name},
                        {QStringLiteral("roles"), QJsonArray::fromStringList(ops.at(i).roles)},
                        {QStringLiteral("public_key"), publicKeys.at(i)}});
    const QJsonObject operatorsJson{
        {QStringLiteral("schema"), QStringLiteral("countersign.operators/v1")},
        {QStringLiteral("operators"), roster}};
    if (auto s = writeFile(root.filePath(QStringLiteral("config/ml/operators.json")),
                           QJsonDocument(operatorsJson).toJson(QJsonDocument::Indented));
        !s)
        return s;
    // The audit store's key (the store itself is created by the first record), pinned in
    // controls.json.
    auto storeKey = DemoStoreKey::make(o.seed);
    if (!storeKey)
        return storeKey.error();
    if (auto s = writeFile(root.filePath(QStringLiteral(".countersign/store.key")),
                           storeKey->keyFile, true);
        !s)
        return s;
    if (auto s = writeFile(
            root.filePath(QStringLiteral("config/ml/controls.json")),
            QJsonDocument(controlsJson(open, storeKey->verifier)).toJson(QJsonDocument::Indented));
        !s)
        return s;
    if (auto s = writeFile(root.filePath(QStringLiteral("README.md")), readme(o, open)); !s)
        return s;

    if (target.isDir() && !QDir().rmdir(finalDir))
        return Error::internal(
            QCoreApplication::translate("DemoWorkspace", "cannot replace the empty folder"),
            finalDir);
    if (!QDir().rename(work, finalDir))
        return Error::internal(QCoreApplication::translate(
                                   "DemoWorkspace", "cannot move the demo workspace into place"),
                               finalDir);
    report(QCoreApplication::translate("DemoWorkspace", "done"));
    return ok();
}

}  // namespace countersign

#include "WorkflowSetup.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "audit/AuditStore.h"
#include "crypto/OperatorKey.h"
#include "pipeline/GuardrailReport.h"
#include "release/CycleOpenAt.h"
#include "workflow/WorkflowAudit.h"
#include "workspace/Workspace.h"

namespace countersign::test {

QString addOperator(const QString& root, const QString& operatorId, const QStringList& roles,
                    OperatorKey* keyOut) {
    auto key = OperatorKey::generate();
    if (!key)
        return key.error().toString();
    const QString rosterPath = root + QStringLiteral("/config/ml/operators.json");
    QFile f(rosterPath);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + rosterPath;
    QJsonObject roster = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray ops = roster.value(QStringLiteral("operators")).toArray();
    const QJsonObject entry{{QStringLiteral("id"), operatorId},
                            {QStringLiteral("name"), operatorId},
                            {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                            {QStringLiteral("public_key"), key->publicKeyPem()}};
    bool replaced = false;
    for (qsizetype i = 0; i < ops.size(); ++i)
        if (ops.at(i).toObject().value(QStringLiteral("id")).toString() == operatorId) {
            ops.replace(i, entry);
            replaced = true;
        }
    if (!replaced)
        ops.append(entry);
    roster.insert(QStringLiteral("operators"), ops);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(QJsonDocument(roster).toJson()) < 0)
        return QStringLiteral("cannot write ") + rosterPath;
    *keyOut = std::move(key.value());
    return {};
}

QString recordSignedGates(AuditStore& store, const Bundle& bundle, const QList<GateResult>& gates,
                          const OperatorKey& pipelineKey, const QString& pipelineOperator,
                          const Clock& clock) {
    const GuardrailReport report = GuardrailReport::make(
        bundle.model, bundle.version, bundle.digest, gates, clock.now(), pipelineOperator);
    auto envelope = report.sign(pipelineKey);
    if (!envelope)
        return envelope.error().toString();
    if (auto s = WorkflowAudit::recordGuardrailReport(store, bundle, report, envelope.value(),
                                                      pipelineOperator);
        !s)
        return s.error().toString();
    return {};
}

QString openForReview(const QString& root, const QString& bundleId,
                      const QMap<QString, Verdict>& verdicts) {
    OperatorKey pipelineKey;
    if (const QString added =
            addOperator(root, testPipelineOperator(), {QStringLiteral("pipeline")}, &pipelineKey);
        !added.isEmpty())
        return added;
    auto ws = Workspace::open(root);
    if (!ws)
        return ws.error().toString();
    auto bundle = ws->findBundle(bundleId);
    if (!bundle)
        return bundle.error().toString();
    QFile f(bundle->bundleJsonPath());
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + f.fileName();
    QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    // The change window comes from the release calendar alone: the workspace's calendar gets
    // the rule whose cycle is open now (as `demo init` does), and the bundle's feature snapshot
    // the freeze of that cycle.
    const CycleOpenAt open = CycleOpenAt::make(
        QDateTime::currentDateTimeUtc(), CalendarConfig::fromControls(ws->controls().calendar));
    QJsonObject training = json.value(QStringLiteral("training")).toObject();
    QJsonObject snapshot = training.value(QStringLiteral("feature_snapshot")).toObject();
    snapshot.insert(QStringLiteral("frozen_at"),
                    open.cycle.freeze.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")));
    training.insert(QStringLiteral("feature_snapshot"), snapshot);
    json.insert(QStringLiteral("training"), training);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(QJsonDocument(json).toJson()) < 0)
        return QStringLiteral("cannot write ") + f.fileName();
    f.close();
    QFile controlsFile(ws->controlsPath());
    if (!controlsFile.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + controlsFile.fileName();
    QJsonObject controls = QJsonDocument::fromJson(controlsFile.readAll()).object();
    controlsFile.close();
    controls.insert(QStringLiteral("calendar"), open.calendar.toJson());
    if (!controlsFile.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        controlsFile.write(QJsonDocument(controls).toJson()) < 0)
        return QStringLiteral("cannot write ") + controlsFile.fileName();
    controlsFile.close();

    ws = Workspace::open(root);
    if (!ws)
        return ws.error().toString();
    bundle = ws->findBundle(bundleId);
    if (!bundle)
        return bundle.error().toString();
    QList<GateResult> gates;
    for (const QString& name : {QStringLiteral("integrity"), QStringLiteral("bias"),
                                QStringLiteral("drift"), QStringLiteral("security")}) {
        GateResult g;
        g.gate = name;
        g.status = verdicts.value(name, Verdict::Pass);
        g.summary = name + QLatin1Char(' ') + verdictId(g.status) + QStringLiteral(" (test)");
        g.bundleDigest = bundle->digest;
        g.evaluatedAt = QDateTime::currentDateTimeUtc();
        gates.append(g);
    }
    const QString path = ws->auditStorePath();
    auto store = AuditStore::open(path, AuditStore::defaultKeyPath(path), SystemClock::instance());
    if (!store)
        return store.error().toString();
    return recordSignedGates(*store.value(), bundle.value(), gates, pipelineKey,
                             testPipelineOperator());
}

}  // namespace countersign::test

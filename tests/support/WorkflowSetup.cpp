#include "WorkflowSetup.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "audit/AuditStore.h"
#include "workflow/WorkflowAudit.h"
#include "workspace/Workspace.h"

namespace countersign::test {

QString openForReview(const QString& root, const QString& bundleId,
                      const QMap<QString, Verdict>& verdicts) {
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
    const QDateTime created = QDateTime::currentDateTimeUtc().addSecs(-3600);
    json.insert(QStringLiteral("created"),
                created.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(QJsonDocument(json).toJson()) < 0)
        return QStringLiteral("cannot write ") + f.fileName();
    f.close();

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
    if (auto s = WorkflowAudit::recordGates(*store.value(), bundle.value(), gates,
                                            QStringLiteral("ci"), QStringLiteral("pipeline"));
        !s)
        return s.error().toString();
    return {};
}

}  // namespace countersign::test

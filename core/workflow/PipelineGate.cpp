#include "workflow/PipelineGate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include "common/SourceTextScope.h"
#include "crypto/Sha256.h"
#include "workflow/GuardrailReport.h"
#include "workspace/Bundle.h"
#include "workspace/Roster.h"

namespace countersign {

GateResult PipelineGate::evaluate(const Bundle& bundle, const Roster& roster, const Clock& clock) {
    const SourceTextScope english;  // gate results are evidence: recorded and digested
    GateResult g;
    g.gate = QStringLiteral("pipeline");
    g.bundleDigest = bundle.digest;
    g.evaluatedAt = clock.now();
    g.thresholds = QJsonObject{{QStringLiteral("signed_by_role"), QStringLiteral("pipeline")},
                               {QStringLiteral("bundle_digest"), bundle.digest}};
    const QString path = GuardrailReport::pathIn(bundle.dir);
    QFile f(path);
    if (!f.exists()) {
        g.status = Verdict::Error;
        g.summary = QCoreApplication::translate(
            "PipelineGate",
            "no ml-guardrails report in guardrails/report.json (run countersign-cli gates)");
        return g;
    }
    if (f.open(QIODevice::ReadOnly))
        g.evidence.append({QStringLiteral("guardrails/report.json"),
                           QString::fromLatin1(Sha256::hashHex(f.readAll()))});
    QString signer;
    auto report = GuardrailReport::readSigned(path, roster, &signer);
    if (!report) {
        g.status = Verdict::Error;
        g.summary = QCoreApplication::translate("PipelineGate",
                                                "the ml-guardrails report cannot be trusted: %1")
                        .arg(report.error().message);
        return g;
    }
    g.measured =
        QJsonObject{{QStringLiteral("report_status"), verdictId(report->status)},
                    {QStringLiteral("report_bundle_digest"), report->bundleDigest},
                    {QStringLiteral("signer"), signer},
                    {QStringLiteral("generated_at"), report->generatedAt.toString(Qt::ISODate)}};
    if (report->bundleDigest != bundle.digest) {
        g.status = Verdict::Fail;
        g.summary = QCoreApplication::translate(
                        "PipelineGate",
                        "the ml-guardrails report was made for another bundle digest (%1, not %2)")
                        .arg(report->bundleDigest.left(12), bundle.digest.left(12));
    } else if (report->status != Verdict::Pass && report->status != Verdict::Warning) {
        QStringList failed;
        QJsonArray failedGates;  // which results failed, for the override path (Preconditions)
        for (const GateResult& r : report->gates)
            if (!r.passed()) {
                failed.append(r.gate + QLatin1Char(' ') + verdictId(r.status));
                failedGates.append(QJsonObject{{QStringLiteral("gate"), r.gate},
                                               {QStringLiteral("status"), verdictId(r.status)},
                                               {QStringLiteral("result_sha256"), r.digest()}});
            }
        g.measured.insert(QStringLiteral("failed_gates"), failedGates);
        g.status = Verdict::Fail;
        g.summary = QCoreApplication::translate("PipelineGate",
                                                "the ml-guardrails pipeline did not pass: %1")
                        .arg(failed.join(QStringLiteral(", ")));
    } else {
        g.status = Verdict::Pass;
        g.summary = QCoreApplication::translate(
                        "PipelineGate", "ml-guardrails passed for this bundle, signed by %1")
                        .arg(signer);
    }
    return g;
}

}  // namespace countersign

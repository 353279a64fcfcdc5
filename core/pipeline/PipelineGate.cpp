#include "pipeline/PipelineGate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

#include "common/SafeFile.h"
#include "common/SourceTextScope.h"
#include "crypto/Dsse.h"
#include "crypto/Sha256.h"
#include "pipeline/GuardrailReport.h"
#include "workspace/Bundle.h"
#include "workspace/Roster.h"

namespace countersign {

GateResult PipelineGate::evaluate(const Bundle& bundle, const Roster& roster, const Clock& clock,
                                  const std::optional<QDateTime>& lastRecorded) {
    const SourceTextScope english;  // gate results are evidence: recorded and digested
    GateResult g;
    g.gate = QStringLiteral("pipeline");
    g.bundleDigest = bundle.digest;
    g.evaluatedAt = clock.now();
    g.thresholds = QJsonObject{{QStringLiteral("signed_by_role"), QStringLiteral("pipeline")},
                               {QStringLiteral("bundle_digest"), bundle.digest}};
    const QString path = GuardrailReport::pathIn(bundle.dir);
    if (!QFileInfo::exists(path)) {
        g.status = Verdict::Error;
        g.summary = QCoreApplication::translate(
            "PipelineGate",
            "no ml-guardrails report in guardrails/report.json (run countersign-cli gates)");
        return g;
    }
    // Read once, as a file that is a file (no FIFO, no symlink out of the bundle): the bytes
    // hashed are the bytes verified.
    auto bytes =
        SafeFile::readInside(bundle.dir, QStringLiteral("guardrails/report.json"), 64 << 20);
    if (!bytes) {
        g.status = Verdict::Error;
        g.summary = QCoreApplication::translate("PipelineGate",
                                                "the ml-guardrails report cannot be read: %1")
                        .arg(bytes.error().toString());
        return g;
    }
    g.evidence.append({QStringLiteral("guardrails/report.json"),
                       QString::fromLatin1(Sha256::hashHex(bytes.value()))});
    QString signer;
    auto env = DsseEnvelope::fromBytes(bytes.value(), path);
    auto report = env ? GuardrailReport::verifySigned(env.value(), roster, &signer, path)
                      : Result<GuardrailReport>(env.error());
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
    if (report->bundleDigest == bundle.digest && lastRecorded &&
        report->generatedAt < *lastRecorded) {
        g.status = Verdict::Fail;
        g.summary = QCoreApplication::translate(
                        "PipelineGate",
                        "the ml-guardrails report in guardrails/report.json was generated at %1, "
                        "before the last one recorded in the audit store (%2): an older report "
                        "was put back; run the gates again")
                        .arg(report->generatedAt.toString(Qt::ISODate),
                             lastRecorded->toString(Qt::ISODate));
    } else if (report->bundleDigest != bundle.digest) {
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

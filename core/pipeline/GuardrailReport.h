#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "common/Result.h"
#include "crypto/Dsse.h"
#include "gates/GateResult.h"

namespace countersign {

class OperatorKey;
struct Roster;

// The ml-guardrails pipeline's result for one bundle (docs/formats.md): every gate's
// result, the overall verdict, bound to the bundle digest. `countersign-cli gates` writes
// it signed (a DSSE envelope by the roster's `pipeline` operator) to the bundle's
// guardrails/report.json; the pipeline gate reads it back.
struct GuardrailReport {
    static constexpr const char* kSchema = "countersign.guardrails/v1";
    static constexpr const char* kPayloadType = "application/vnd.countersign.guardrails+json";

    QString model;
    QString version;
    QString bundleDigest;
    Verdict status = Verdict::Undefined;  // the worst gate verdict
    QList<GateResult> gates;
    QDateTime generatedAt;  // UTC
    QString pipelineOperator;

    static GuardrailReport make(const QString& model, const QString& version,
                                const QString& bundleDigest, const QList<GateResult>& gates,
                                const QDateTime& at, const QString& pipelineOperator);
    QJsonObject toJson() const;
    static Result<GuardrailReport> fromJson(const QJsonObject& json, const QString& file = {});

    // The signed envelope (payload: canonical JSON of the report).
    Result<DsseEnvelope> sign(const OperatorKey& key) const;
    // Reads an envelope, checks its payload type and that a roster operator holding the
    // `pipeline` role signed it; returns the report and the signer's operator id.
    static Result<GuardrailReport> readSigned(const QString& path, const Roster& roster,
                                              QString* signer = nullptr);
    // The same for an envelope already read (the copy held in the audit store).
    static Result<GuardrailReport> verifySigned(const DsseEnvelope& envelope, const Roster& roster,
                                                QString* signer = nullptr,
                                                const QString& path = {});

    // <bundle dir>/guardrails/report.json
    static QString pathIn(const QString& bundleDir);
};

}  // namespace countersign

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "common/Error.h"
#include "gates/Verdict.h"

namespace countersign {

// A file a gate read, and the digest of what it read.
struct Evidence {
    QString path;    // relative to the bundle folder where possible
    QString sha256;  // hex; empty when the file could not be read
};

// What every gate returns. Gates are pure core functions; the GUI, the CLI and the
// guardrail pipeline present the same result.
struct GateResult {
    QString gate;                         // "integrity", "bias", "drift", "security", "pipeline"
    Verdict status = Verdict::Undefined;  // Pass, Warning (passes with a notice), Fail, Error
    QString summary;                      // one line for a person: "gap 2.6 % on gender ≥ 2 %"
    QJsonObject measured;    // gate-specific values (gaps, PSI per feature, findings...)
    QJsonObject thresholds;  // the thresholds applied, from controls.json
    QList<Evidence> evidence;
    QString bundleDigest;   // SHA-256 hex of the bundle.json this result was computed for
    QDateTime evaluatedAt;  // UTC

    bool passed() const { return status == Verdict::Pass || status == Verdict::Warning; }

    // A gate's result as measured, in one shape for every gate (evaluatedAt in UTC).
    static GateResult of(const QString& gate, Verdict status, const QString& summary,
                         const QJsonObject& measured, const QJsonObject& thresholds,
                         const QList<Evidence>& evidence, const QDateTime& at);
    // A gate that could not evaluate its input: Error, never a pass; the error is the summary
    // and measured.error.
    static GateResult unevaluated(const QString& gate, const Error& error,
                                  const QJsonObject& thresholds, const QList<Evidence>& evidence,
                                  const QDateTime& at);

    QJsonObject toJson() const;
    static GateResult fromJson(const QJsonObject& json);
    // SHA-256 (hex) of the canonical JSON: what a sign-off records as "the result I saw".
    QString digest() const;
};

}  // namespace countersign

#include "workflow/StepSignOff.h"

#include <QJsonArray>

namespace countersign {

QJsonObject StepSignOff::toJson() const {
    QJsonObject o{
        {QStringLiteral("signer"), signer},
        {QStringLiteral("role"), role},
        {QStringLiteral("step"), step},
        {QStringLiteral("decision"), decision},
        {QStringLiteral("bundle_digest"), bundleDigest},
        {QStringLiteral("change_request"), changeRequest},
        {QStringLiteral("signed_at"), signedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("signature_valid"), signatureValid},
    };
    if (!justification.isEmpty())
        o.insert(QStringLiteral("justification"), justification);
    if (!envelopeDigest.isEmpty())
        o.insert(QStringLiteral("envelope_digest"), envelopeDigest);
    if (!signatureProblem.isEmpty())
        o.insert(QStringLiteral("signature_problem"), signatureProblem);
    if (!gateDigests.isEmpty())
        o.insert(QStringLiteral("gate_digests"), QJsonArray::fromStringList(gateDigests));
    return o;
}

}  // namespace countersign

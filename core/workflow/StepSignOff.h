#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace countersign {

// A sign-off as the workflow sees it: what the signer stated, and whether its signature
// verified against the roster. Made from a signed DSSE envelope (core/signoff) or, in
// tests, written by hand.
struct StepSignOff {
    QString signer;    // operator id
    QString role;      // the role signed in
    QString step;      // WorkflowStep id
    QString decision;  // approve, reject, override
    QString justification;
    QString bundleDigest;   // the bundle.json digest the signer saw
    QString changeRequest;  // CR id
    QDateTime signedAt;     // UTC
    QStringList gateDigests;
    QString envelopeDigest;  // SHA-256 of the envelope, to name it
    bool signatureValid = false;
    QString signatureProblem;  // why the signature did not verify
    qint64 sequence = -1;      // the audit record that holds it, when known

    QJsonObject toJson() const;
};

}  // namespace countersign

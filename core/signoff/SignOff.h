#pragma once

#include <QString>

#include "crypto/Dsse.h"
#include "signoff/SignOffStatement.h"

namespace countersign {

// A sign-off that was made: the statement, its envelope, where it was written and the audit
// record that holds it.
struct SignOff {
    SignOffStatement statement;
    DsseEnvelope envelope;
    QString path;            // <bundle>/approvals/<step>-<operator>-<timestamp>.dsse.json
    QString envelopeDigest;  // SHA-256 hex of the file bytes
    qint64 auditSequence = -1;
};

}  // namespace countersign

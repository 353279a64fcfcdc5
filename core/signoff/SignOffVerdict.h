#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

#include "signoff/SignOffStatement.h"

namespace countersign {

// The outcome of verifying one sign-off envelope: one verdict and one reason.
struct SignOffVerdict {
    enum class Status {
        Valid,       // well formed, signed by the roster key of an operator holding the role
        Invalid,     // malformed, bad signature, unknown operator, wrong role, wrong bundle...
        Void,        // genuine, but the bundle changed since it was signed
        NotSignOff,  // a DSSE envelope of another kind (e.g. a release attestation): not checked
    };

    QString file;
    QString bundleId;  // the bundle it was verified against (model@version), when known
    Status status = Status::Invalid;
    QString reason;
    std::optional<SignOffStatement> statement;  // when the payload could be read
    QString envelopeDigest;                     // SHA-256 hex of the envelope file bytes

    bool valid() const { return status == Status::Valid; }
    // Counts against a bundle: Invalid or Void.
    bool failed() const { return status == Status::Invalid || status == Status::Void; }

    static QString statusId(Status status);     // valid, invalid, void, not-a-signoff
    static QString statusLabel(Status status);  // translated
    QJsonObject toJson() const;
};

}  // namespace countersign

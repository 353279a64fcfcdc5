#pragma once

#include <QList>
#include <QString>
#include <functional>
#include <optional>

#include "common/Result.h"
#include "crypto/Dsse.h"
#include "crypto/SecretBytes.h"
#include "gates/GateResult.h"
#include "signoff/SignOff.h"
#include "ui/signoff/SigningServices.h"

namespace countersign::ui {

// What the signing dialog shows before anyone signs: rows of what is signed, the operator's
// free text (justification or reason), and for a sign-off the gate results the signer saw.
struct SignableSummary {
    struct Row {
        QString label;
        QString text;
        QString objectName;  // for tests and accessibility; may be empty
        bool mono = false;   // digests and key ids
        bool bold = false;   // the decision

        static Row plain(const QString& label, const QString& text, const QString& name = {}) {
            return {label, text, name, false, false};
        }
        static Row digest(const QString& label, const QString& text) {
            return {label, text, QString(), true, false};
        }
        // What the signature decides, in bold (object name decisionLabel).
        static Row decision(const QString& label, const QString& text) {
            return {label, text, QStringLiteral("decisionLabel"), false, true};
        }
    };
    QString title;  // the window title
    QList<Row> rows;
    QString freeTextLabel;
    QString freeText;
    std::optional<QList<GateResult>> gates;
    // True when the signature carries the audit store's checkpoint taken when signing (a
    // sign-off); false when the record is only appended (an acceptance or revocation).
    bool witnessesCheckpoint = false;
};

// What was signed and recorded.
struct Signed {
    qint64 auditSequence = -1;
    QString envelopeDigest;
    QString path;                    // the envelope's file under approvals/ (a sign-off)
    std::optional<SignOff> signOff;  // a sign-off: all of it
};

// One kind of signature the console makes: a sign-off (SignOffSignable) or a risk acceptance
// or its revocation (RiskAcceptanceSignables). The one SigningDialog shows summary(), refuses
// what check() refuses, runs prepare()'s signer on the pool (unlocking a key is slow) and hands
// its envelope to record(), all with the same services. check() and record() run on the GUI
// thread, which owns the store, and record the refusals the rules say are recorded.
class Signable {
public:
    using Signer =
        std::function<Result<DsseEnvelope>(const QString& keyFile, const SecretBytes& passphrase)>;
    virtual ~Signable() = default;

    virtual SignableSummary summary() const = 0;
    // The operator it is made out to, and the role they sign in.
    virtual QString signer() const = 0;
    virtual QString role() const = 0;
    // Why it may not be signed (recorded where the rules say so), or nothing.
    virtual std::optional<Error> check(const SigningServices& services) = 0;
    // What the key signs, made now (a sign-off takes the store's checkpoint), as the work that
    // unlocks the key and signs; safe to run on another thread.
    virtual Result<Signer> prepare(const SigningServices& services) = 0;
    // Records the envelope; a key that is not the signer's roster key is a recorded refusal.
    virtual Result<Signed> record(const Result<DsseEnvelope>& envelope,
                                  const SigningServices& services) = 0;
};

}  // namespace countersign::ui

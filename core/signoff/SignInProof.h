#pragma once

#include <QDateTime>
#include <QString>

#include "audit/AuditStore.h"
#include "common/Result.h"
#include "crypto/SecretBytes.h"
#include "workflow/Refusal.h"
#include "workspace/Roster.h"

namespace countersign {

// Signing in proves identity: the operator's key file is unlocked with the passphrase, its
// public key must be the roster's key for that operator, and a fresh random challenge signed
// with it must verify under the roster key. The key is freed (OpenSSL wipes the private
// scalar) before prove() returns; the caller's passphrase is a SecretBytes, wiped with it.
//
// Pure, safe on any thread: a GUI runs prove() off its thread (600,000 PBKDF2 iterations).
// A refusal carries a stable code (docs/formats.md, "Signing in"):
//   signin.unknown_operator  the roster has no such operator
//   signin.no_passphrase     no passphrase was given
//   signin.key_missing       there is no key file where it was looked for
//   signin.key_unlock        the key file does not unlock: a wrong passphrase, or a file that
//                            is damaged or not an encrypted private key (the message says which)
//   signin.key_not_roster    the key is not the operator's roster key
//   signin.challenge_failed  the challenge signed with the key does not verify
class SignInProof {
public:
    // The record the console appends for a refused sign-in: AuditActions::signInRefused
    // ("signin.refused"), actor "countersign" (the console: nobody proved who they are),
    // subject the operator id tried.

    // The refusal twice: in the operator's language for the dialog, and in the source language
    // for the record (records never depend on the operator's language). Both empty: proved.
    struct Outcome {
        Refusal shown;
        Refusal recorded;
        bool proved() const { return shown.code.isEmpty(); }
    };
    // Error only when the proof could not be attempted at all (the crypto library failed).
    static Result<Outcome> prove(const Roster& roster, const QString& operatorId,
                                 const QString& keyFile, const SecretBytes& passphrase);
    // Appends the refusal (Outcome::recorded) to the store, unsigned: the workflow never reads
    // this kind.
    static Status recordRefusal(AuditStore& store, const QString& operatorId,
                                const QString& keyFile, const Refusal& refusal);
};

}  // namespace countersign

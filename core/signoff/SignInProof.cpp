#include "signoff/SignInProof.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <functional>

#include "audit/AuditActions.h"
#include "common/SourceTextScope.h"
#include "crypto/OperatorKey.h"
#include "crypto/PublicKey.h"

namespace countersign {

namespace {

// A fresh challenge: a context string naming the operator, then 32 random bytes.
QByteArray challengeFor(const QString& operatorId) {
    QByteArray challenge = QByteArrayLiteral("countersign sign-in challenge\n") +
                           operatorId.toUtf8() + QByteArrayLiteral("\n");
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    challenge.append(reinterpret_cast<const char*>(words), sizeof words);
    return challenge;
}

// A refusal shown in the operator's language, recorded in the source language.
SignInProof::Outcome refused(const QString& code, const std::function<QString()>& text) {
    SignInProof::Outcome out;
    out.shown = {code, text()};
    const SourceTextScope english;
    out.recorded = {code, text()};
    return out;
}

}  // namespace

Result<SignInProof::Outcome> SignInProof::prove(const Roster& roster, const QString& operatorId,
                                                const QString& keyFile,
                                                const SecretBytes& passphrase) {
    const Operator* op = roster.find(operatorId);
    if (!op)
        return refused(QStringLiteral("signin.unknown_operator"), [&] {
            return QCoreApplication::translate("SignInProof",
                                               "operator \"%1\" is not on the roster")
                .arg(operatorId);
        });
    if (passphrase.isEmpty())
        return refused(QStringLiteral("signin.no_passphrase"), [&] {
            return QCoreApplication::translate("SignInProof", "enter the passphrase of your key");
        });
    if (!QFileInfo(keyFile).isFile())
        return refused(QStringLiteral("signin.key_missing"), [&] {
            return QCoreApplication::translate(
                       "SignInProof",
                       "no key file at %1: create one with File > Key Setup… (when signed in) "
                       "or `countersign-cli keys generate`, and have its public key put in "
                       "the roster")
                .arg(keyFile);
        });
    auto rosterKey =
        PublicKey::fromPem(op->publicKeyPem, QStringLiteral("roster operator %1").arg(op->id));
    if (!rosterKey)
        return refused(QStringLiteral("signin.key_not_roster"), [&] {
            return QCoreApplication::translate("SignInProof",
                                               "the roster holds no usable key for %1: %2")
                .arg(op->id, rosterKey.error().message);
        });
    QByteArray challenge = challengeFor(operatorId);
    QByteArray signature;
    {
        // The key file's errors come out in the source language, for the record and the dialog.
        auto key = [&] {
            const SourceTextScope english;
            return OperatorKey::loadEncrypted(keyFile, passphrase);
        }();
        if (!key) {
            const Refusal why{QStringLiteral("signin.key_unlock"), key.error().toString()};
            return Outcome{why, why};
        }
        if (!(key->publicKey() == rosterKey.value()))
            return refused(QStringLiteral("signin.key_not_roster"), [&] {
                return QCoreApplication::translate(
                           "SignInProof",
                           "this key (key id %1…) is not the roster key of %2 (key id %3…); "
                           "use the key file whose public key is in the roster")
                    .arg(key->keyId().left(12), op->id, op->keyId.left(12));
            });
        auto signed_ = key->sign(challenge);
        if (!signed_)
            return signed_.error();
        signature = signed_.value();
    }  // the key goes out of scope here: OpenSSL wipes it
    if (!rosterKey->verify(challenge, signature))
        return refused(QStringLiteral("signin.challenge_failed"), [&] {
            return QCoreApplication::translate(
                       "SignInProof",
                       "the challenge signed with this key does not verify with the roster "
                       "key of %1")
                .arg(op->id);
        });
    return Outcome{};
}

Status SignInProof::recordRefusal(AuditStore& store, const QString& operatorId,
                                  const QString& keyFile, const Refusal& refusal) {
    auto r = store.append(AuditActions::signInRefused.entry(
        QStringLiteral("countersign"), QString(), operatorId,
        QJsonObject{{QStringLiteral("operator"), operatorId},
                    {QStringLiteral("key_file"), keyFile},
                    {QStringLiteral("code"), refusal.code},
                    {QStringLiteral("message"), refusal.message}}));
    if (!r)
        return r.error();
    return ok();
}

}  // namespace countersign

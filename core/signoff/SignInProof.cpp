#include "signoff/SignInProof.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>

#include "crypto/OperatorKey.h"
#include "crypto/PublicKey.h"

namespace countersign {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("SignInProof", text);
}

// A fresh challenge: a context string naming the operator, then 32 random bytes.
QByteArray challengeFor(const QString& operatorId) {
    QByteArray challenge = QByteArrayLiteral("countersign sign-in challenge\n") +
                           operatorId.toUtf8() + QByteArrayLiteral("\n");
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    challenge.append(reinterpret_cast<const char*>(words), sizeof words);
    return challenge;
}

}  // namespace

Result<Refusal> SignInProof::prove(const Roster& roster, const QString& operatorId,
                                   const QString& keyFile, const SecretBytes& passphrase) {
    const Operator* op = roster.find(operatorId);
    if (!op)
        return Refusal{QStringLiteral("signin.unknown_operator"),
                       tr("operator \"%1\" is not on the roster").arg(operatorId)};
    if (passphrase.isEmpty())
        return Refusal{QStringLiteral("signin.no_passphrase"),
                       tr("enter the passphrase of your key")};
    if (!QFileInfo(keyFile).isFile())
        return Refusal{QStringLiteral("signin.key_missing"),
                       tr("no key file at %1: create one with File > Key Setup… (when signed in) "
                          "or `countersign-cli keys generate`, and have its public key put in "
                          "the roster")
                           .arg(keyFile)};
    auto rosterKey =
        PublicKey::fromPem(op->publicKeyPem, QStringLiteral("roster operator %1").arg(op->id));
    if (!rosterKey)
        return Refusal{
            QStringLiteral("signin.key_not_roster"),
            tr("the roster holds no usable key for %1: %2").arg(op->id, rosterKey.error().message)};
    QByteArray challenge = challengeFor(operatorId);
    QByteArray signature;
    {
        auto key = OperatorKey::loadEncrypted(keyFile, passphrase);
        if (!key)
            return Refusal{QStringLiteral("signin.key_unlock"), key.error().toString()};
        if (!(key->publicKey() == rosterKey.value()))
            return Refusal{QStringLiteral("signin.key_not_roster"),
                           tr("this key (key id %1…) is not the roster key of %2 (key id %3…); "
                              "use the key file whose public key is in the roster")
                               .arg(key->keyId().left(12), op->id, op->keyId.left(12))};
        auto signed_ = key->sign(challenge);
        if (!signed_)
            return signed_.error();
        signature = signed_.value();
    }  // the key goes out of scope here: OpenSSL wipes it
    if (!rosterKey->verify(challenge, signature))
        return Refusal{QStringLiteral("signin.challenge_failed"),
                       tr("the challenge signed with this key does not verify with the roster "
                          "key of %1")
                           .arg(op->id)};
    return Refusal{};
}

Status SignInProof::recordRefusal(AuditStore& store, const QString& operatorId,
                                  const QString& keyFile, const Refusal& refusal) {
    AuditEntry e;
    e.actor = QStringLiteral("countersign");
    e.action = refusedAction();
    e.subject = operatorId;
    e.payload = QJsonObject{{QStringLiteral("operator"), operatorId},
                            {QStringLiteral("key_file"), keyFile},
                            {QStringLiteral("code"), refusal.code},
                            {QStringLiteral("message"), refusal.message}};
    auto r = store.append(e);
    if (!r)
        return r.error();
    return ok();
}

}  // namespace countersign

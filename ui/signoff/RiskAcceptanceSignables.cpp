#include "ui/signoff/RiskAcceptanceSignables.h"

#include "scans/AcceptanceRefusal.h"
#include "workspace/Role.h"
#include "workspace/Roster.h"

namespace countersign::ui {

using Row = SignableSummary::Row;

namespace {

// The roster key id of the operator who signs: the signature must be made with it.
QString rosterKeyId(const SigningServices& services, const QString& operatorId) {
    const Operator* op = services.roster ? services.roster->find(operatorId) : nullptr;
    return op ? op->keyId : QString();
}

// A refusal met while signing or recording: a key that is not the roster's is recorded.
Error recordedIfKeyNotRoster(const SigningServices& services, const QString& kind,
                             const QString& subject, const QString& findingId, Error refusal) {
    if (!AcceptanceRefusal::isKeyNotRoster(refusal))
        return refusal;
    return AcceptanceRefusal::recordAndSay(*services.store, kind, services.operatorId, subject,
                                           findingId, QStringLiteral("sod.key_not_roster"),
                                           std::move(refusal));
}

}  // namespace

SignableSummary RiskAcceptanceSignable::summary() const {
    const RiskAcceptance& a = m_acceptance;
    SignableSummary s;
    s.title = tr("Sign: risk acceptance — %1 in %2").arg(a.findingId, a.package);
    s.rows = {
        Row::decision(tr("Decision:"),
                      tr("Accept the risk of %1 in %2").arg(a.findingId, a.package)),
        Row::digest(tr("Versions covered:"), a.versionRange),
        Row::plain(tr("Model:"),
                   a.bundle.isEmpty() ? a.model : tr("%1 (seen on %2)").arg(a.model, a.bundle)),
        Row::plain(tr("Expires:"),
                   tr("%1 (UTC); it stops counting then")
                       .arg(a.expires.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                   QStringLiteral("expiresLabel"))};
    s.freeTextLabel = tr("Justification:");
    s.freeText = a.justification;
    return s;
}

QString RiskAcceptanceSignable::role() const {
    return Role::securityEngineer();
}

std::optional<Error> RiskAcceptanceSignable::check(const SigningServices& services) {
    const Status checked = AcceptanceStore::check(m_acceptance, *services.roster, *services.clock);
    if (checked)
        return std::nullopt;
    return AcceptanceRefusal::recordAndSay(
        *services.store, AcceptanceRefusal::kindAccept(), services.operatorId, m_acceptance.bundle,
        m_acceptance.findingId, QStringLiteral("acceptance.rules"), checked.error());
}

Result<Signable::Signer> RiskAcceptanceSignable::prepare(const SigningServices& services) {
    const RiskAcceptance a = m_acceptance;
    const QString keyId = rosterKeyId(services, a.acceptedBy);
    return Signer([a, keyId](const QString& keyFile, const SecretBytes& passphrase) {
        return AcceptanceStore::unlockAndSign(a, keyFile, passphrase, keyId);
    });
}

Result<Signed> RiskAcceptanceSignable::record(const Result<DsseEnvelope>& envelope,
                                              const SigningServices& services) {
    if (!envelope)
        return recordedIfKeyNotRoster(services, AcceptanceRefusal::kindAccept(),
                                      m_acceptance.bundle, m_acceptance.findingId,
                                      envelope.error());
    auto made = AcceptanceStore::record(*services.store, m_acceptance, *envelope, *services.roster);
    if (!made)
        return made.error();
    return Signed{made->auditSequence, made->envelopeDigest, {}, {}};
}

SignableSummary RiskRevocationSignable::summary() const {
    const RiskRevocation& r = m_revocation;
    SignableSummary s;
    s.title = tr("Sign: revoke risk acceptance — %1 in %2").arg(r.findingId, r.package);
    s.rows = {Row::decision(tr("Decision:"),
                            tr("Revoke the acceptance of %1 in %2: it stops counting now")
                                .arg(r.findingId, r.package)),
              Row::digest(tr("Acceptance envelope SHA-256:"), r.acceptanceDigest)};
    s.freeTextLabel = tr("Reason:");
    s.freeText = r.reason;
    return s;
}

QString RiskRevocationSignable::role() const {
    return Role::securityEngineer();
}

std::optional<Error> RiskRevocationSignable::check(const SigningServices& services) {
    const Status checked = AcceptanceRevocations::check(m_revocation, m_acceptances,
                                                        *services.roster, *services.clock);
    if (checked)
        return std::nullopt;
    return AcceptanceRefusal::recordAndSay(*services.store, AcceptanceRefusal::kindRevoke(),
                                           services.operatorId, QString(), m_revocation.findingId,
                                           QStringLiteral("acceptance.rules"), checked.error());
}

Result<Signable::Signer> RiskRevocationSignable::prepare(const SigningServices& services) {
    const RiskRevocation r = m_revocation;
    const QString keyId = rosterKeyId(services, r.revokedBy);
    return Signer([r, keyId](const QString& keyFile, const SecretBytes& passphrase) {
        return AcceptanceRevocations::unlockAndSign(r, keyFile, passphrase, keyId);
    });
}

Result<Signed> RiskRevocationSignable::record(const Result<DsseEnvelope>& envelope,
                                              const SigningServices& services) {
    if (!envelope)
        return recordedIfKeyNotRoster(services, AcceptanceRefusal::kindRevoke(), QString(),
                                      m_revocation.findingId, envelope.error());
    auto made = AcceptanceRevocations::record(*services.store, m_revocation, *envelope,
                                              *services.roster, m_acceptances);
    if (!made)
        return made.error();
    return Signed{made->auditSequence, made->envelopeDigest, {}, {}};
}

}  // namespace countersign::ui

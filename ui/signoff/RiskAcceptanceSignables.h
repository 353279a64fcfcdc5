#pragma once

#include <QCoreApplication>
#include "scans/AcceptanceRevocations.h"
#include "scans/AcceptanceStore.h"
#include "ui/signoff/Signable.h"

namespace countersign::ui {

// A Security Engineer's risk acceptance of a finding, as the signing dialog signs it: checked
// against the roster and the clock (a refusal is recorded as acceptance.refused), signed, and
// recorded by AcceptanceStore.
class RiskAcceptanceSignable final : public Signable {
    // Its texts are the signing dialog's (one context for translators).
    Q_DECLARE_TR_FUNCTIONS(SigningDialog)

public:
    explicit RiskAcceptanceSignable(RiskAcceptance acceptance)
        : m_acceptance(std::move(acceptance)) {}

    SignableSummary summary() const override;
    QString signer() const override { return m_acceptance.acceptedBy; }
    QString role() const override;
    std::optional<Error> check(const SigningServices& services) override;
    Result<Signer> prepare(const SigningServices& services) override;
    Result<Signed> record(const Result<DsseEnvelope>& envelope,
                          const SigningServices& services) override;

private:
    RiskAcceptance m_acceptance;
};

// The signed revocation of a recorded acceptance, before it expires: only a Security Engineer
// revokes; recorded by AcceptanceRevocations. Checked against the acceptances recorded when it
// was asked for (`acceptances`, read on the pool: every acceptance in the store).
class RiskRevocationSignable final : public Signable {
    // Its texts are the signing dialog's (one context for translators).
    Q_DECLARE_TR_FUNCTIONS(SigningDialog)

public:
    RiskRevocationSignable(RiskRevocation revocation, AcceptanceStore::Loaded acceptances)
        : m_revocation(std::move(revocation)), m_acceptances(std::move(acceptances)) {}

    SignableSummary summary() const override;
    QString signer() const override { return m_revocation.revokedBy; }
    QString role() const override;
    std::optional<Error> check(const SigningServices& services) override;
    Result<Signer> prepare(const SigningServices& services) override;
    Result<Signed> record(const Result<DsseEnvelope>& envelope,
                          const SigningServices& services) override;

private:
    RiskRevocation m_revocation;
    AcceptanceStore::Loaded m_acceptances;
};

}  // namespace countersign::ui

#pragma once

#include <QCoreApplication>
#include <optional>

#include "ui/signoff/Signable.h"
#include "workflow/SignOffPreview.h"

namespace countersign::ui {

// A sign-off as the signing dialog signs it: the preview core's SignOffFlow prepared (rules
// applied once, refusals recorded), its statement made with the store's checkpoint when the
// operator signs, recorded by the same flow.
class SignOffSignable final : public Signable {
    // Its texts are the signing dialog's (one context for translators).
    Q_DECLARE_TR_FUNCTIONS(SigningDialog)

public:
    explicit SignOffSignable(SignOffPreview preview) : m_preview(std::move(preview)) {}

    const SignOffPreview& preview() const { return m_preview; }

    SignableSummary summary() const override;
    QString signer() const override { return m_preview.request.operatorId; }
    QString role() const override { return m_preview.request.role; }
    std::optional<Error> check(const SigningServices& services) override;
    Result<Signer> prepare(const SigningServices& services) override;
    Result<Signed> record(const Result<DsseEnvelope>& envelope,
                          const SigningServices& services) override;

private:
    SignOffPreview m_preview;
    std::optional<SignOffStatement> m_pending;  // prepared, not yet recorded
};

}  // namespace countersign::ui

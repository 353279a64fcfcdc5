#include "ui/signoff/SignOffSignable.h"

#include "signoff/SignOffSigner.h"
#include "signoff/SignOffStep.h"
#include "workflow/SignOffFlow.h"

namespace countersign::ui {

using Row = SignableSummary::Row;

SignableSummary SignOffSignable::summary() const {
    const Bundle& bundle = m_preview.bundle;
    const SignOffRequest& r = m_preview.request;
    SignableSummary s;
    s.title = tr("Sign: %1 — %2").arg(SignOffStep::label(r.step), bundle.id());
    s.rows = {Row::plain(tr("Bundle:"), bundle.id()),
              Row::digest(tr("bundle.json SHA-256:"), bundle.digest),
              Row::plain(tr("Step:"), SignOffStep::label(r.step)),
              Row::decision(tr("Decision:"), SignOffStep::decisionLabel(r.decision)),
              Row::plain(tr("Change request:"),
                         r.changeRequest.isEmpty() ? tr("(none)") : r.changeRequest)};
    s.freeTextLabel = tr("Justification:");
    s.freeText = r.justification;
    s.gates = r.gateResults;
    s.witnessesCheckpoint = true;
    return s;
}

std::optional<Error> SignOffSignable::check(const SigningServices& services) {
    if (!services.workspace)
        return Error::internal(tr("signing is not available: no workspace"));
    if (m_preview.maySign())
        return std::nullopt;
    QStringList why;
    for (const Refusal& r : m_preview.refusals) why << r.message;
    return Error::checkFailed(why.join(QStringLiteral("; ")));
}

Result<Signable::Signer> SignOffSignable::prepare(const SigningServices& services) {
    // The checkpoint and the statement are made now, on the thread that owns the store.
    SignOffFlow flow(*services.workspace, *services.store, *services.clock);
    auto statement = flow.statement(m_preview);
    if (!statement)
        return statement.error();
    m_pending = *statement;
    const SignOffStatement s = *statement;
    return Signer([s](const QString& keyFile, const SecretBytes& passphrase) {
        return SignOffSigner::unlockAndSign(s, keyFile, passphrase);
    });
}

Result<Signed> SignOffSignable::record(const Result<DsseEnvelope>& envelope,
                                       const SigningServices& services) {
    if (!m_pending)
        return Error::internal(tr("nothing was prepared for signing"));
    SignOffFlow flow(*services.workspace, *services.store, *services.clock);
    auto made = flow.record(m_preview, *m_pending, envelope);
    m_pending.reset();
    if (!made)
        return made.error();
    return Signed{made->auditSequence, made->envelopeDigest, made->path, *made};
}

}  // namespace countersign::ui

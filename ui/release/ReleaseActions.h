#pragma once

#include <QObject>
#include <QUrl>
#include <functional>
#include <optional>

#include "gates/GateResult.h"
#include "release/WebhookOutcome.h"
#include "ui/pane/PaneContext.h"
#include "ui/release/RequestView.h"
#include "ui/signoff/SignOffController.h"
#include "workflow/Refusal.h"

class QWidget;

namespace countersign {
struct Bundle;
}

namespace countersign::ui {

// What the Ops Lead pane does to the selected change request, through the one sign-off
// controller (signoff/SignOffController: core checks the attempt and records a refusal, reported
// here by name, before the signing dialog opens); after the dual approval the release
// attestation is written and POSTed to the deployment webhook (controls.json, else the
// settings), the outcome recorded.
class ReleaseActions : public QObject {
    Q_OBJECT
public:
    // `context` gives the pane's live context (the session's, which the sign-off controller
    // compares when the bundle's records are back).
    ReleaseActions(QWidget* dialogParent, std::function<const PaneContext&()> context);

    // On the request the pane shows (RequestView, read on the pool).
    void approve(const RequestView& shown);
    void reject(const RequestView& shown);
    void openHotfix();
    void hotfixFromDrift(const RequestView& shown);
    void attest();
    void markDeployed();
    void rollback();
    // POSTs the recorded release attestation again after a failed webhook delivery.
    void resendWebhook();

    // controls.json "deployment_webhook", else the settings' URL; empty when neither.
    QUrl webhookUrl() const;

signals:
    void recorded(const QString& message);  // something was appended to the audit store
    void refused(const QString& what, const Refusals& refusals);
    void failed(const QString& message);
    void webhookFinished(const countersign::WebhookOutcome& outcome);

private:
    bool ready(QString* why) const;
    // After a prompt (its own event loop) the context may have moved on: still ready to sign,
    // on the bundle with this digest.
    bool stillOn(const QString& digest) const;
    // `shown` by value: the pane may replace its request while the justification prompt is open.
    void sign(const QString& decision, RequestView shown);
    // The request on screen is for the selected bundle (not one still loading).
    bool isForSelection(const RequestView& shown, QString* why) const;
    // Says that `what` was refused, with every reason (core recorded the refusal).
    void refuse(const QString& what, const Refusals& refusals);
    // Signs through the controller: a refusal is reported (refuse), a failure emitted, and
    // `signed` runs once it is signed and recorded; then a release attestation the sign-off
    // completed is announced and POSTed.
    void signThroughController(const SignOffRequest& request, const QList<GateResult>& shown,
                               const QString& what,
                               std::function<void(const SignOffOutcome&)> signed_);
    // Announces a release attestation just written and POSTs it to the deployment webhook.
    void notifyAttestation(const Bundle& bundle, const QString& path);
    // POSTs body to the webhook and records the outcome (resentBy: see recordWebhook).
    void deliver(const Bundle& bundle, const QUrl& url, const QByteArray& body,
                 const QString& resentBy);

    const PaneContext& context() const { return m_context(); }

    QWidget* m_parent;
    std::function<const PaneContext&()> m_context;
};

}  // namespace countersign::ui

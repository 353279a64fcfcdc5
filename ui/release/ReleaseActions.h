#pragma once

#include <QObject>
#include <QUrl>

#include "gates/GateResult.h"
#include "panes/PaneContext.h"
#include "workflow/Refusal.h"
#include "workflow/WebhookOutcome.h"

class QWidget;

namespace countersign {
struct Bundle;
}

namespace countersign::ui {

// What the Ops Lead pane does to the selected change request, through core: an attempt is
// checked by ReleaseDesk (a refusal is recorded and reported by name) before the signing
// dialog opens; after the dual approval the release attestation is written and POSTed to the
// deployment webhook (controls.json, else the settings), the outcome recorded.
class ReleaseActions : public QObject {
    Q_OBJECT
public:
    explicit ReleaseActions(QWidget* dialogParent);

    void setContext(const PaneContext& context) { m_context = context; }

    void approve();
    void reject();
    void openHotfix();
    void hotfixFromDrift();
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
    void sign(const QString& decision);
    // Checks (core records a refusal), then signs a signed event (SignOffStep "hotfix",
    // "deploy") through the signing dialog; true once it is signed and recorded.
    bool signEvent(const QString& step, const QString& role, const QString& justification,
                   const QList<GateResult>& seen, const QString& what);
    void attestAndNotify(const Bundle& bundle);
    // POSTs body to the webhook and records the outcome (resentBy: see recordWebhook).
    void deliver(const Bundle& bundle, const QUrl& url, const QByteArray& body,
                 const QString& resentBy);

    QWidget* m_parent;
    PaneContext m_context;
};

}  // namespace countersign::ui

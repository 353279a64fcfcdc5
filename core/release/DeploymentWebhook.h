#pragma once

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include "release/WebhookOutcome.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace countersign {

// POSTs the release attestation to the deployment webhook named in controls.json, retrying
// with exponential backoff on network errors, timeouts, 408, 429 and 5xx answers; any
// other answer ends it. Asynchronous: finished() is emitted once, with the outcome.
class DeploymentWebhook : public QObject {
    Q_OBJECT
public:
    struct Options {
        int maxAttempts = 5;
        int initialDelayMs = 1000;  // before the 2nd attempt; doubled each time
        int maxDelayMs = 30000;
        int timeoutMs = 15000;  // per attempt
    };

    DeploymentWebhook(QUrl url, Options options, QObject* parent = nullptr);
    explicit DeploymentWebhook(QUrl url, QObject* parent = nullptr)
        : DeploymentWebhook(std::move(url), Options{}, parent) {}

    void post(const QByteArray& body,
              const QByteArray& contentType = QByteArrayLiteral("application/json"));
    // The delay before attempt n (n >= 2).
    static int backoffMs(const Options& options, int attempt);

signals:
    void finished(const countersign::WebhookOutcome& outcome);

private:
    void attempt();
    void handle(QNetworkReply* reply);

    QUrl m_url;
    Options m_options;
    QByteArray m_body;
    QByteArray m_contentType;
    QNetworkAccessManager* m_network = nullptr;
    WebhookOutcome m_outcome;
};

}  // namespace countersign

#include "release/DeploymentWebhook.h"

#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace countersign {

DeploymentWebhook::DeploymentWebhook(QUrl url, Options options, QObject* parent)
    : QObject(parent),
      m_url(std::move(url)),
      m_options(options),
      m_network(new QNetworkAccessManager(this)) {
    m_outcome.url = m_url.toString();
}

int DeploymentWebhook::backoffMs(const Options& options, int attemptNumber) {
    qint64 delay = options.initialDelayMs;
    for (int i = 2; i < attemptNumber && delay < options.maxDelayMs; ++i) delay *= 2;
    return int(std::min<qint64>(delay, options.maxDelayMs));
}

void DeploymentWebhook::post(const QByteArray& body, const QByteArray& contentType) {
    m_body = body;
    m_contentType = contentType;
    m_outcome = WebhookOutcome{};
    m_outcome.url = m_url.toString();
    attempt();
}

void DeploymentWebhook::attempt() {
    ++m_outcome.attempts;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = m_network->post(request, m_body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handle(reply); });
}

void DeploymentWebhook::handle(QNetworkReply* reply) {
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_outcome.httpStatus = status;
    const bool success = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
    if (success) {
        m_outcome.delivered = true;
        m_outcome.error.clear();
        emit finished(m_outcome);
        return;
    }
    // Recorded in the audit store: a stable name, not Qt's (possibly translated) message.
    m_outcome.error =
        status > 0
            ? QStringLiteral("HTTP %1").arg(status)
            : QStringLiteral("network error %1")
                  .arg(QLatin1String(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(
                      reply->error())));
    const bool retryable = status == 0 || status == 408 || status == 429 || status >= 500;
    if (!retryable || m_outcome.attempts >= m_options.maxAttempts) {
        emit finished(m_outcome);
        return;
    }
    QTimer::singleShot(backoffMs(m_options, m_outcome.attempts + 1), this,
                       &DeploymentWebhook::attempt);
}

}  // namespace countersign

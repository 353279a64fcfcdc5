#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include "workflow/DeploymentWebhook.h"

using namespace countersign;

namespace {

// A tiny HTTP/1.1 server on 127.0.0.1: answers each request with the next status of its
// script and keeps the bodies it received.
class LocalHttpServer : public QObject {
public:
    explicit LocalHttpServer(QList<int> statuses) : m_statuses(std::move(statuses)) {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/deploy").arg(m_server.serverPort()));
    }
    QList<QByteArray> bodies;
    QList<QByteArray> contentTypes;

private:
    void read(QTcpSocket* s) {
        QByteArray& buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        QByteArray type;
        for (const QByteArray& line : buf.left(end).split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("content-length:"))
                length = l.mid(15).trimmed().toLongLong();
            if (l.toLower().startsWith("content-type:"))
                type = l.mid(13).trimmed();
        }
        if (buf.size() < end + 4 + length)
            return;
        bodies.append(buf.mid(end + 4, length));
        contentTypes.append(type);
        m_buffers.remove(s);
        const int status = m_statuses.isEmpty() ? 200 : m_statuses.takeFirst();
        s->write("HTTP/1.1 " + QByteArray::number(status) +
                 " X\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<int> m_statuses;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

DeploymentWebhook::Options fast() {
    DeploymentWebhook::Options o;
    o.maxAttempts = 3;
    o.initialDelayMs = 20;
    o.timeoutMs = 5000;
    return o;
}

}  // namespace

class TestDeploymentWebhook : public QObject {
    Q_OBJECT
private slots:
    void deliveredAfterRetries() {
        LocalHttpServer server({503, 429, 200});
        DeploymentWebhook hook(server.url(), fast());
        QSignalSpy done(&hook, &DeploymentWebhook::finished);
        hook.post(QByteArrayLiteral("{\"payload\":\"x\"}"));
        QVERIFY(done.wait(10000));
        const auto outcome = done.front().front().value<WebhookOutcome>();
        QVERIFY(outcome.delivered);
        QCOMPARE(outcome.attempts, 3);
        QCOMPARE(outcome.httpStatus, 200);
        QCOMPARE(server.bodies.size(), 3);
        QCOMPARE(server.bodies.last(), QByteArrayLiteral("{\"payload\":\"x\"}"));
        QCOMPARE(server.contentTypes.last(), QByteArrayLiteral("application/json"));
        QCOMPARE(outcome.toJson().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("delivered"));
    }

    void givesUpAfterMaxAttempts() {
        LocalHttpServer server({500, 502, 503, 200});
        DeploymentWebhook hook(server.url(), fast());
        QSignalSpy done(&hook, &DeploymentWebhook::finished);
        hook.post("{}");
        QVERIFY(done.wait(10000));
        const auto outcome = done.front().front().value<WebhookOutcome>();
        QVERIFY(!outcome.delivered);
        QCOMPARE(outcome.attempts, 3);
        QCOMPARE(outcome.httpStatus, 503);
        QCOMPARE(outcome.error, QStringLiteral("HTTP 503"));
    }

    void clientErrorIsNotRetried() {
        LocalHttpServer server({404, 200});
        DeploymentWebhook hook(server.url(), fast());
        QSignalSpy done(&hook, &DeploymentWebhook::finished);
        hook.post("{}");
        QVERIFY(done.wait(10000));
        const auto outcome = done.front().front().value<WebhookOutcome>();
        QVERIFY(!outcome.delivered);
        QCOMPARE(outcome.attempts, 1);
        QCOMPARE(server.bodies.size(), 1);
    }

    void connectionRefusedIsRetried() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/").arg(probe.serverPort()));
        probe.close();  // nothing listens there now
        DeploymentWebhook hook(url, fast());
        QSignalSpy done(&hook, &DeploymentWebhook::finished);
        hook.post("{}");
        QVERIFY(done.wait(10000));
        const auto outcome = done.front().front().value<WebhookOutcome>();
        QVERIFY(!outcome.delivered);
        QCOMPARE(outcome.attempts, 3);
        QCOMPARE(outcome.httpStatus, 0);
        QVERIFY(!outcome.error.isEmpty());
    }

    void backoffDoubles() {
        DeploymentWebhook::Options o;
        o.initialDelayMs = 1000;
        o.maxDelayMs = 5000;
        QCOMPARE(DeploymentWebhook::backoffMs(o, 2), 1000);
        QCOMPARE(DeploymentWebhook::backoffMs(o, 3), 2000);
        QCOMPARE(DeploymentWebhook::backoffMs(o, 4), 4000);
        QCOMPARE(DeploymentWebhook::backoffMs(o, 5), 5000);
    }
};

QTEST_GUILESS_MAIN(TestDeploymentWebhook)
#include "TestDeploymentWebhook.moc"

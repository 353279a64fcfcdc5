#include <QSignalSpy>
#include <QtTest>

#include "LocalHttpServer.h"
#include "release/DeploymentWebhook.h"

using namespace countersign;
using countersign::test::LocalHttpServer;

namespace {

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
        // A stable name for the record, never Qt's (translatable) message.
        QCOMPARE(outcome.error, QStringLiteral("network error ConnectionRefusedError"));
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

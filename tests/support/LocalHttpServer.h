#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for webhook tests: answers each request with the next
// status of its script and keeps the bodies it received.
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace countersign::test {

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

}  // namespace countersign::test

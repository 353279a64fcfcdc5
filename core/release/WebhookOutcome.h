#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace countersign {

// What happened to a deployment webhook POST: recorded in the audit store.
struct WebhookOutcome {
    QString url;
    bool delivered = false;
    int attempts = 0;
    int httpStatus = 0;  // of the last attempt; 0 when no HTTP answer came
    QString error;       // of the last failed attempt

    QJsonObject toJson() const {
        QJsonObject o{{QStringLiteral("url"), url},
                      {QStringLiteral("outcome"),
                       delivered ? QStringLiteral("delivered") : QStringLiteral("failed")},
                      {QStringLiteral("attempts"), attempts},
                      {QStringLiteral("http_status"), httpStatus}};
        if (!error.isEmpty())
            o.insert(QStringLiteral("error"), error);
        return o;
    }

    static WebhookOutcome fromJson(const QJsonObject& o) {
        WebhookOutcome w;
        w.url = o.value(QStringLiteral("url")).toString();
        w.delivered = o.value(QStringLiteral("outcome")).toString() == QLatin1String("delivered");
        w.attempts = o.value(QStringLiteral("attempts")).toInt();
        w.httpStatus = o.value(QStringLiteral("http_status")).toInt();
        w.error = o.value(QStringLiteral("error")).toString();
        return w;
    }
};

}  // namespace countersign

Q_DECLARE_METATYPE(countersign::WebhookOutcome)

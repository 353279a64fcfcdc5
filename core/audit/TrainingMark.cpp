#include "audit/TrainingMark.h"

namespace countersign {

QString TrainingMark::key() {
    return QStringLiteral("training");
}

bool TrainingMark::carries(const QJsonObject& payload) {
    return payload.value(key()).toBool(false);
}

QJsonObject TrainingMark::marked(QJsonObject payload) {
    payload.insert(key(), true);
    return payload;
}

QJsonObject TrainingMark::withoutMark(QJsonObject payload) {
    if (carries(payload))
        payload.remove(key());
    return payload;
}

}  // namespace countersign

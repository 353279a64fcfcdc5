#include "common/Error.h"

#include <QStringList>

namespace countersign {

Error Error::badInput(QString message, QString file, QString where) {
    return {std::move(message), std::move(file), std::move(where), Kind::BadInput};
}

Error Error::internal(QString message, QString file, QString where) {
    return {std::move(message), std::move(file), std::move(where), Kind::Internal};
}

Error Error::checkFailed(QString message, QString file, QString where) {
    return {std::move(message), std::move(file), std::move(where), Kind::CheckFailed};
}

Error Error::cancelled(QString message) {
    return {std::move(message), {}, {}, Kind::Cancelled};
}

QString Error::toString() const {
    QStringList parts;
    if (!file.isEmpty())
        parts << file;
    if (!where.isEmpty())
        parts << where;
    parts << message;
    return parts.join(QStringLiteral(": "));
}

}  // namespace countersign

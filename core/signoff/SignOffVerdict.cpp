#include "signoff/SignOffVerdict.h"

#include <QCoreApplication>

namespace countersign {

QString SignOffVerdict::statusId(Status status) {
    switch (status) {
        case Status::Valid:
            return QStringLiteral("valid");
        case Status::Invalid:
            return QStringLiteral("invalid");
        case Status::Void:
            return QStringLiteral("void");
        case Status::NotSignOff:
            return QStringLiteral("not-a-signoff");
    }
    return QStringLiteral("invalid");
}

QString SignOffVerdict::statusLabel(Status status) {
    switch (status) {
        case Status::Valid:
            return QCoreApplication::translate("SignOffVerdict", "Valid");
        case Status::Invalid:
            return QCoreApplication::translate("SignOffVerdict", "Invalid");
        case Status::Void:
            return QCoreApplication::translate("SignOffVerdict", "Void");
        case Status::NotSignOff:
            return QCoreApplication::translate("SignOffVerdict", "Not a sign-off");
    }
    return QCoreApplication::translate("SignOffVerdict", "Invalid");
}

QJsonObject SignOffVerdict::toJson() const {
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("verdict"), statusId(status)},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("envelope_sha256"), envelopeDigest}};
    if (statement) {
        o.insert(QStringLiteral("operator"), statement->operatorId);
        o.insert(QStringLiteral("role"), statement->role);
        o.insert(QStringLiteral("step"), statement->step);
        o.insert(QStringLiteral("decision"), statement->decision);
        o.insert(QStringLiteral("bundle"), statement->subjectName());
        o.insert(QStringLiteral("signed_at"), statement->signedAt.toString(Qt::ISODate));
    }
    return o;
}

}  // namespace countersign

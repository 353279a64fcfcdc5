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
    auto tr = [](const char* s) { return QCoreApplication::translate("SignOffVerdict", s); };
    switch (status) {
        case Status::Valid:
            return tr("Valid");
        case Status::Invalid:
            return tr("Invalid");
        case Status::Void:
            return tr("Void");
        case Status::NotSignOff:
            return tr("Not a sign-off");
    }
    return tr("Invalid");
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

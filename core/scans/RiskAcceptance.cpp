#include "scans/RiskAcceptance.h"

#include <QCoreApplication>

#include "common/JsonFile.h"
#include "scans/VersionRange.h"

namespace countersign {

bool RiskAcceptance::covers(const Finding& finding, const QString& bundleModel) const {
    if (!model.isEmpty() && !bundleModel.isEmpty() && model != bundleModel)
        return false;
    if (!finding.allIds().contains(findingId.trimmed().toUpper()))
        return false;
    if (Finding::normalizePackage(finding.package) != Finding::normalizePackage(package))
        return false;
    // A merged finding may list several installed versions: each must be covered.
    const QStringList versions = finding.installed.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    if (versions.isEmpty())
        return VersionRange::contains(versionRange, QString());
    for (const QString& v : versions)
        if (!VersionRange::contains(versionRange, v))
            return false;
    return true;
}

QJsonObject RiskAcceptance::toJson() const {
    QJsonObject o{{QStringLiteral("finding_id"), findingId},
                  {QStringLiteral("package"), package},
                  {QStringLiteral("version_range"), versionRange},
                  {QStringLiteral("justification"), justification},
                  {QStringLiteral("expires"), expires.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("accepted_by"), acceptedBy},
                  {QStringLiteral("accepted_at"), acceptedAt.toUTC().toString(Qt::ISODate)}};
    if (!model.isEmpty())
        o.insert(QStringLiteral("model"), model);
    if (!bundle.isEmpty())
        o.insert(QStringLiteral("bundle"), bundle);
    return o;
}

Result<RiskAcceptance> RiskAcceptance::fromJson(const QJsonObject& json, const QString& file) {
    JsonReader r(file, json);
    RiskAcceptance a;
    a.file = file;
    a.findingId = r.string(QStringLiteral("finding_id"));
    a.package = r.string(QStringLiteral("package"));
    a.versionRange = r.string(QStringLiteral("version_range"));
    a.justification = r.string(QStringLiteral("justification"));
    const QString expires = r.string(QStringLiteral("expires"));
    a.acceptedBy = r.string(QStringLiteral("accepted_by"));
    const QString at = r.string(QStringLiteral("accepted_at"), false);
    a.model = r.string(QStringLiteral("model"), false);
    a.bundle = r.string(QStringLiteral("bundle"), false);
    if (r.failed())
        return r.error();
    a.expires = QDateTime::fromString(expires, Qt::ISODate).toUTC();
    if (!a.expires.isValid())
        return Error::badInput(
            QCoreApplication::translate("RiskAcceptance", "expires is not an ISO 8601 time"), file,
            QStringLiteral("/expires"));
    a.acceptedAt = QDateTime::fromString(at, Qt::ISODate).toUTC();
    if (!VersionRange::isValid(a.versionRange))
        return Error::badInput(
            QCoreApplication::translate("RiskAcceptance", "version_range \"%1\" cannot be read")
                .arg(a.versionRange),
            file, QStringLiteral("/version_range"));
    return a;
}

QString RiskAcceptance::problem(const Clock& clock) const {
    if (findingId.trimmed().isEmpty())
        return QCoreApplication::translate("RiskAcceptance", "name the finding id");
    if (package.trimmed().isEmpty())
        return QCoreApplication::translate("RiskAcceptance", "name the package");
    if (!VersionRange::isValid(versionRange))
        return QCoreApplication::translate("RiskAcceptance", "the version range cannot be read");
    if (justification.trimmed().size() < 10)
        return QCoreApplication::translate("RiskAcceptance",
                                           "give a justification (at least 10 characters)");
    if (!expires.isValid() || expires <= clock.now())
        return QCoreApplication::translate("RiskAcceptance", "the expiry must be in the future");
    return {};
}

}  // namespace countersign

#include "workspace/Controls.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

#include "audit/NoteVerifier.h"
#include "common/JsonFile.h"
#include "scans/ScannerKind.h"
#include "workflow/ApprovalPolicy.h"
#include "workspace/ControlsRanges.h"
#include "workspace/Names.h"
#include "workspace/RetrainingRule.h"
#include "workspace/Role.h"
#include "workspace/Weekday.h"

namespace countersign {

namespace {

QString ptr(const JsonReader& r, const QString& key) {
    const QString base = r.pointer() == QLatin1String("/") ? QString() : r.pointer();
    return base + QLatin1Char('/') + JsonReader::escapePointerToken(key);
}

// A number inside `range` (ControlsRanges: the same rules as the command-line options); the
// fallback when absent.
double bounded(const JsonReader& r, const QString& key, double fallback, const NumberRange& range) {
    const double v = r.number(key, false, fallback);
    if (!r.failed() && !range.contains(v))
        r.fail(QCoreApplication::translate("Controls", "%1 is out of range: expected %2")
                   .arg(v)
                   .arg(range.text()),
               ptr(r, key));
    return v;
}

int boundedInteger(const JsonReader& r, const QString& key, int fallback,
                   const NumberRange& range) {
    const qint64 v = r.integer(key, false, fallback);
    if (!r.failed() && !range.contains(double(v)))
        r.fail(QCoreApplication::translate("Controls", "%1 is out of range: expected %2")
                   .arg(v)
                   .arg(range.text()),
               ptr(r, key));
    return r.failed() ? fallback : static_cast<int>(v);
}

QTimeZone zoneFrom(const QString& zone) {
    static const QRegularExpression offset(QStringLiteral("^UTC([+-])(\\d{2}):(\\d{2})$"));
    if (const auto m = offset.match(zone); m.hasMatch()) {
        const int h = m.captured(2).toInt(), min = m.captured(3).toInt();
        if (h > 14 || min > 59)
            return {};
        const int secs = (h * 3600 + min * 60) * (m.captured(1) == QLatin1String("-") ? -1 : 1);
        return QTimeZone(secs);
    }
    if (zone == QLatin1String("UTC"))
        return QTimeZone::utc();
    if (QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        return QTimeZone(zone.toUtf8());
    return {};
}

void readThresholds(const JsonReader& root, Controls::Thresholds& t) {
    if (!root.has(QStringLiteral("thresholds")))
        return;
    const JsonReader r = root.child(QStringLiteral("thresholds"));
    t.biasMaxGap =
        bounded(r, QStringLiteral("bias_max_gap"), t.biasMaxGap, ControlsRanges::biasMaxGap());
    t.biasMinGroupSupport =
        boundedInteger(r, QStringLiteral("bias_min_group_support"), t.biasMinGroupSupport,
                       ControlsRanges::biasMinGroupSupport());
    t.biasMaxBadRowShare = bounded(r, QStringLiteral("bias_max_bad_row_share"),
                                   t.biasMaxBadRowShare, ControlsRanges::biasMaxBadRowShare());
    t.driftPsiBreach = bounded(r, QStringLiteral("drift_psi_breach"), t.driftPsiBreach,
                               ControlsRanges::driftPsi());
    t.driftPsiWarning = bounded(r, QStringLiteral("drift_psi_warning"), t.driftPsiWarning,
                                ControlsRanges::driftPsi());
    if (!r.failed())
        if (const auto problem = ControlsRanges::psiOrderProblem(
                t.driftPsiWarning, t.driftPsiBreach, QStringLiteral("drift_psi_warning"),
                QStringLiteral("drift_psi_breach")))
            r.fail(*problem, ptr(r, QStringLiteral("drift_psi_warning")));
    t.driftMinSample = boundedInteger(r, QStringLiteral("drift_min_sample"), t.driftMinSample,
                                      ControlsRanges::driftMinSample());
    const QString sev = r.string(QStringLiteral("blocking_severity"), false);
    if (!r.failed() && !sev.isEmpty()) {
        if (!Controls::severities().contains(sev.toUpper()))
            r.fail(QCoreApplication::translate("Controls",
                                               "unknown severity \"%1\", expected one of %2")
                       .arg(sev, Controls::severities().join(QStringLiteral(", "))),
                   ptr(r, QStringLiteral("blocking_severity")));
        t.blockingSeverity = sev.toUpper();
    }
    const QString unknown = r.string(QStringLiteral("unknown_severity"), false);
    if (!r.failed() && !unknown.isEmpty()) {
        if (unknown != QLatin1String("block") && unknown != QLatin1String("warn"))
            r.fail(QCoreApplication::translate(
                       "Controls", "unknown_severity must be \"block\" or \"warn\", found \"%1\"")
                       .arg(unknown),
                   ptr(r, QStringLiteral("unknown_severity")));
        t.unknownSeverity = unknown;
    }
}

void readCalendar(const JsonReader& root, Controls::Calendar& c) {
    if (!root.has(QStringLiteral("calendar")))
        return;
    const JsonReader r = root.child(QStringLiteral("calendar"));
    const QString zone = r.string(QStringLiteral("zone"), false);
    if (!r.failed() && !zone.isEmpty()) {
        if (!zoneFrom(zone).isValid())
            r.fail(QCoreApplication::translate(
                       "Controls",
                       "unknown time zone \"%1\": use \"UTC+10:00\" or an IANA id such as "
                       "\"Australia/Brisbane\"")
                       .arg(zone),
                   ptr(r, QStringLiteral("zone")));
        c.zone = zone;
    }
    const QString label = r.string(QStringLiteral("zone_label"), false);
    if (!label.isEmpty())
        c.zoneLabel = label;
    const QString retraining = r.string(QStringLiteral("retraining"), false);
    if (!r.failed() && r.has(QStringLiteral("retraining"))) {
        if (const auto rule = RetrainingRule::parse(retraining)) {
            c.retraining = rule->text();
            c.retrainingOrdinal = rule->ordinal;
            c.retrainingWeekday = rule->weekday;
        } else {
            r.fail(QCoreApplication::translate("Controls", "retraining must be %1, found \"%2\"")
                       .arg(RetrainingRule::expected(), retraining),
                   ptr(r, QStringLiteral("retraining")));
        }
    }
    const QString freezeDay = r.string(QStringLiteral("freeze_weekday"), false);
    if (!r.failed() && !freezeDay.isEmpty()) {
        c.freezeWeekday = Weekday::fromName(freezeDay);
        if (c.freezeWeekday == 0)
            r.fail(QCoreApplication::translate(
                       "Controls", "expected a weekday such as \"friday\", found \"%1\"")
                       .arg(freezeDay),
                   ptr(r, QStringLiteral("freeze_weekday")));
    }
    const QString freezeTime = r.string(QStringLiteral("freeze_time"), false);
    if (!r.failed() && !freezeTime.isEmpty()) {
        c.freezeTime = QTime::fromString(freezeTime, QStringLiteral("HH:mm"));
        if (!c.freezeTime.isValid())
            r.fail(QCoreApplication::translate("Controls",
                                               "expected a time as \"HH:MM\", found \"%1\"")
                       .arg(freezeTime),
                   ptr(r, QStringLiteral("freeze_time")));
    }
    const qint64 hours = r.integer(QStringLiteral("window_hours"), false, c.windowHours);
    if (!r.failed() && (hours < 1 || hours > 24 * 14))
        r.fail(QCoreApplication::translate("Controls",
                                           "window_hours must be between 1 and 336, found %1")
                   .arg(hours),
               ptr(r, QStringLiteral("window_hours")));
    c.windowHours = static_cast<int>(hours);
}

void readApprovals(const JsonReader& root, Controls::Approvals& a) {
    if (!root.has(QStringLiteral("approvals")))
        return;
    const JsonReader r = root.child(QStringLiteral("approvals"));
    // One rule for the dual approval, shared with the workflow (ApprovalPolicy): exactly two
    // roles, the Ops Lead's first, the other an approver role or "*".
    if (r.has(QStringLiteral("deployment_roles"))) {
        auto policy = ApprovalPolicy::fromJson(
            QJsonObject{{QStringLiteral("deployment_roles"),
                         r.value().toObject().value(QStringLiteral("deployment_roles"))}});
        if (!policy) {
            const QString base = r.pointer() == QLatin1String("/") ? QString() : r.pointer();
            r.fail(policy.error().message,
                   base + policy.error().where.mid(QStringLiteral("/approvals").size()));
        } else {
            a.deploymentRoles = policy->deploymentRoles;
        }
    }
    a.distinctStepSigners =
        r.boolean(QStringLiteral("distinct_step_signers"), false, a.distinctStepSigners);
}

void readScanners(const JsonReader& root, Controls::Scanners& s) {
    if (!root.has(QStringLiteral("scanners")))
        return;
    const JsonReader r = root.child(QStringLiteral("scanners"));
    if (!r.failed() && !r.value().isObject()) {
        r.fail(QCoreApplication::translate(
            "Controls", "expected an object with \"required\" and \"allow_empty\""));
        return;
    }
    s.allowEmpty = r.boolean(QStringLiteral("allow_empty"), false, s.allowEmpty);
    if (r.failed() || !r.has(QStringLiteral("required")))
        return;
    const JsonReader list = r.child(QStringLiteral("required"));
    if (!list.value().isArray()) {
        list.fail(QCoreApplication::translate(
            "Controls", "expected an array of scanner kinds (or arrays of alternatives)"));
        return;
    }
    const QString expected =
        ScannerKind::fixedIds().join(QStringLiteral(", ")) + QStringLiteral(", sarif:<tool>");
    s.required.clear();
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const JsonReader item = list.at(i);
        // One kind, or an array of kinds any one of which meets the requirement.
        QList<JsonReader> kinds;
        if (item.value().isArray() && item.size() > 0)
            for (qsizetype k = 0; k < item.size(); ++k) kinds.append(item.at(k));
        else
            kinds.append(item);
        QStringList anyOf;
        for (const JsonReader& kind : kinds) {
            if (!kind.value().isString() || !ScannerKind::isKnown(kind.value().toString())) {
                kind.fail(
                    QCoreApplication::translate("Controls",
                                                "expected a scanner kind (%1) or a non-empty array "
                                                "of them")
                        .arg(expected));
                return;
            }
            anyOf << kind.value().toString();
        }
        s.required.append(anyOf);
    }
}

void readModels(const JsonReader& root, QMap<QString, Controls::ModelVersions>& models) {
    if (!root.has(QStringLiteral("models")))
        return;
    const JsonReader r = root.child(QStringLiteral("models"));
    if (!r.value().isObject()) {
        r.fail(QCoreApplication::translate(
            "Controls",
            "expected an object mapping model names to {\"production\", \"last_known_good\"}"));
        return;
    }
    const QStringList names = r.value().toObject().keys();
    for (const QString& name : names) {
        const JsonReader m = r.child(name);
        if (r.failed())
            return;
        if (!Names::isModelName(name)) {
            m.fail(QCoreApplication::translate("Controls", "\"%1\" is not a model name").arg(name));
            return;
        }
        Controls::ModelVersions v;
        for (const auto& [key, into] :
             {std::pair{QStringLiteral("production"), &v.production},
              std::pair{QStringLiteral("last_known_good"), &v.lastKnownGood}}) {
            *into = m.string(key, false);
            if (!m.failed() && m.has(key) && !Names::isVersion(*into))
                m.fail(
                    QCoreApplication::translate("Controls", "\"%1\" is not a version").arg(*into),
                    ptr(m, key));
        }
        models.insert(name, v);
    }
}
void readAudit(const JsonReader& root, QString& storeVkey) {
    if (!root.has(QStringLiteral("audit")))
        return;
    const JsonReader r = root.child(QStringLiteral("audit"));
    if (!r.value().isObject()) {
        r.fail(QCoreApplication::translate("Controls",
                                           "expected an object such as {\"store_vkey\": \"...\"}"));
        return;
    }
    const QString vkey = r.string(QStringLiteral("store_vkey"), false);
    if (r.failed() || !r.has(QStringLiteral("store_vkey")))
        return;
    if (auto parsed = NoteVerifier::parse(vkey); !parsed)
        r.fail(QCoreApplication::translate(
                   "Controls",
                   "not the audit store's verifier key (countersign-cli audit key "
                   "prints it): %1")
                   .arg(parsed.error().message),
               ptr(r, QStringLiteral("store_vkey")));
    else
        storeVkey = parsed->toString();
}
}  // namespace

QTimeZone Controls::Calendar::timeZone() const {
    return zoneFrom(zone);
}

QStringList Controls::severities() {
    return {QStringLiteral("CRITICAL"), QStringLiteral("HIGH"), QStringLiteral("MEDIUM"),
            QStringLiteral("LOW")};
}

Controls Controls::defaults() {
    return Controls{};
}

Result<Controls> Controls::fromJson(const QJsonObject& json, const QString& path) {
    Controls c;
    c.path = path;
    const JsonReader r(path, json);
    if (r.has(QStringLiteral("schema"))) {
        const QString schema = r.string(QStringLiteral("schema"));
        if (!r.failed() && schema != QLatin1String("countersign.controls/v1"))
            r.fail(QCoreApplication::translate(
                       "Controls", "unknown schema \"%1\", expected \"countersign.controls/v1\"")
                       .arg(schema),
                   QStringLiteral("/schema"));
    }
    readThresholds(r, c.thresholds);
    readCalendar(r, c.calendar);
    readApprovals(r, c.approvals);
    readScanners(r, c.scanners);
    if (r.has(QStringLiteral("deployment_webhook")) &&
        !r.child(QStringLiteral("deployment_webhook")).isNull()) {
        const QString url = r.string(QStringLiteral("deployment_webhook"));
        if (!r.failed()) {
            c.deploymentWebhook = QUrl(url, QUrl::StrictMode);
            const QString scheme = c.deploymentWebhook.scheme();
            if (!c.deploymentWebhook.isValid() || c.deploymentWebhook.host().isEmpty() ||
                (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
                r.fail(QCoreApplication::translate("Controls",
                                                   "expected null or an http(s) URL, found \"%1\"")
                           .arg(url.left(100)),
                       QStringLiteral("/deployment_webhook"));
        }
    }
    readModels(r, c.models);
    readAudit(r, c.auditStoreVkey);
    c.training = r.boolean(QStringLiteral("training"), false, false);
    if (r.failed())
        return r.error();
    return c;
}

Result<Controls> Controls::load(const QString& path) {
    auto json = JsonFile::readObject(path);
    if (!json)
        return json.error();
    return fromJson(json.value(), QFileInfo(path).absoluteFilePath());
}

}  // namespace countersign

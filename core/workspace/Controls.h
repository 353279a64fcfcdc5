#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>
#include <QUrl>

#include "common/Result.h"

namespace countersign {

// config/ml/controls.json: thresholds, release calendar, approval rules and the production
// and last-known-good version of each model (docs/formats.md). Every key is optional; the
// runbook's values are the defaults.
struct Controls {
    struct Thresholds {
        double biasMaxGap = 0.02;           // equal-opportunity gap must be < this
        int biasMinGroupSupport = 100;      // groups with fewer rows are flagged
        double biasMaxBadRowShare = 0.001;  // unreadable prediction rows tolerated (share)
        double driftPsiBreach = 0.2;        // PSI > this breaches (opens a hotfix)
        double driftPsiWarning = 0.1;       // PSI > this warns
        // Fewer non-missing values than this on either side of a feature: no PSI, an error
        // ("insufficient sample"), as a one-row baseline gives a huge PSI on every feature.
        int driftMinSample = 100;
        QString blockingSeverity = QStringLiteral("CRITICAL");  // CRITICAL|HIGH|MEDIUM|LOW
        QString unknownSeverity = QStringLiteral("block");      // block|warn
    };
    struct Calendar {
        QString zone = QStringLiteral("UTC+10:00");  // "UTC±HH:MM" or an IANA id
        QString zoneLabel = QStringLiteral("AEST");
        // "<first|second|third|fourth|last>-<weekday>" (workspace/RetrainingRule)
        QString retraining = QStringLiteral("first-tuesday");
        int retrainingOrdinal = 1;            // from retraining: 1..4, or RetrainingRule::kLast
        int retrainingWeekday = Qt::Tuesday;  // from retraining
        int freezeWeekday =
            Qt::Friday;  // the feature snapshot freezes on this weekday before retraining
        QTime freezeTime{18, 0};
        int windowHours = 24;
        QTimeZone timeZone() const;  // the zone as a QTimeZone (valid: checked on load)
    };
    struct Approvals {
        // Roles of the two deployment approvers; "*" is any role that may sign a step.
        QStringList deploymentRoles{QStringLiteral("ops_lead"), QStringLiteral("*")};
        bool distinctStepSigners = true;
    };
    // Which scanner reports the security gate requires (docs/formats.md, "scanners").
    struct Scanners {
        // Each requirement is met by a report of any one of its kinds (ScannerKind ids); the
        // runbook's default: a Trivy container image scan, and pip-audit or npm audit.
        QList<QStringList> required{{QStringLiteral("trivy-image")},
                                    {QStringLiteral("pip-audit"), QStringLiteral("npm-audit")}};
        // A report that scanned nothing (SARIF without runs, Trivy without results) fails the
        // gate unless this is true.
        bool allowEmpty = false;
    };
    struct ModelVersions {
        QString production;     // empty when not set
        QString lastKnownGood;  // empty when not set
    };

    Thresholds thresholds;
    Calendar calendar;
    Approvals approvals;
    Scanners scanners;
    QUrl deploymentWebhook;  // empty when null
    // "training": true declares a training workspace: --now / --clock are accepted, every record
    // says so, the console shows a banner and `release verify` refuses its evidence.
    bool training = false;
    QMap<QString, ModelVersions> models;
    // "audit": {"store_vkey": "<name>+<key id>+<base64 key>"}: the audit store's verifier key,
    // pinned in the configuration committed with the ML-Ops repository; `audit verify` and the
    // console's Verify fail on a store signed by any other key. Empty when not pinned.
    QString auditStoreVkey;
    QString path;  // the file read; empty for defaults

    ModelVersions versionsOf(const QString& model) const { return models.value(model); }

    static Controls defaults();
    static Result<Controls> load(const QString& path);
    static Result<Controls> fromJson(const QJsonObject& json, const QString& pathForErrors);
    static QStringList severities();  // CRITICAL, HIGH, MEDIUM, LOW, from most severe
};

}  // namespace countersign

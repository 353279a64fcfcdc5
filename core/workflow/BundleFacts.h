#pragma once

#include <QDateTime>
#include <QString>

#include "workflow/ChangeState.h"

namespace countersign {

// What the workflow needs to know about a bundle (filled from core/workspace's Bundle).
struct BundleFacts {
    QString model;
    QString version;
    ChangeKind kind = ChangeKind::Scheduled;  // from bundle.json "kind"
    QString owner;                            // operator id of the model owner
    QString digest;                           // SHA-256 hex of bundle.json as it is now
    // training.feature_snapshot.frozen_at (UTC): the bundle's cycle in the release calendar
    // (core/workflow/BundleWindow). bundle.json "created" is not here: no window reads it.
    QDateTime snapshotFrozenAt;

    QString subject() const { return model + QLatin1Char('@') + version; }
    // The change request's id: "CR-<model>-<version>".
    QString changeRequestId() const {
        return QStringLiteral("CR-") + model + QLatin1Char('-') + version;
    }
};

}  // namespace countersign

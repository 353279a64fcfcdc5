#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

#include "common/Result.h"
#include "workspace/Artefact.h"
#include "workspace/DataHash.h"
#include "workspace/DriftConfig.h"
#include "workspace/EvaluationConfig.h"

namespace countersign {

// A retraining bundle: artifacts/models/<model>/<version>/bundle.json and the files it names.
// Loading validates the manifest (docs/formats.md); it does not hash the artefacts (that is
// the integrity gate's job).
struct Bundle {
    QString dir;  // absolute bundle folder
    QString model, version;
    QString kind;                // "scheduled" | "hotfix"
    QString owner;               // operator id of the model owner
    QDateTime created;           // UTC
    QJsonObject training;        // code_revision, feature_snapshot {id, frozen_at}, hyperparameters
    QDateTime snapshotFrozenAt;  // training.feature_snapshot.frozen_at, UTC: the bundle's cycle
    QList<DataHash> dataHashes;
    QList<Artefact> artefacts;
    bool artefactsFromSha256Sums = false;
    std::optional<EvaluationConfig> evaluation;
    std::optional<DriftConfig> drift;
    // The container image the model is served from (bundle.json "image", optional): the
    // security gate binds every Trivy image scan to this digest ("sha256:<64 hex>").
    QString imageReference;
    QString imageDigest;
    QString manifestPath;  // bundle.json, or SHA256SUMS when the artefacts come from there
    QString digest;        // SHA-256 hex of the bundle.json bytes: the subject of every sign-off
    QString
        sha256SumsDigest;  // with artefactsFromSha256Sums: the SHA256SUMS digest bundle.json pins

    QString id() const;  // "model@version"
    QString bundleJsonPath() const;
    // Absolute path of a file of the bundle, from a path relative to the bundle folder.
    QString filePath(const QString& relative) const;

    static Result<Bundle> load(const QString& dir);

    static constexpr const char* kindScheduled = "scheduled";
    static constexpr const char* kindHotfix = "hotfix";
};

}  // namespace countersign

#pragma once

#include <QList>
#include <QString>

#include "common/Result.h"
#include "workspace/BundleEntry.h"
#include "workspace/Controls.h"
#include "workspace/Roster.h"

namespace countersign {

// An ML-Ops workspace folder: config/ml/controls.json, config/ml/operators.json and the
// bundles under artifacts/models/<model>/<version>/ (docs/formats.md).
//
// open() fails when the folder is missing or the controls or roster are invalid (gates and
// sign-offs cannot run safely without them); a missing controls.json means the defaults.
// An invalid bundle does not fail open(): it is listed in bundles() with its error.
class Workspace {
public:
    static Result<Workspace> open(const QString& root);

    // Every problem of the workspace, also when open() would fail: the controls, the roster,
    // each bundle, and the cross-checks (a bundle's owner must be a model owner on the roster;
    // controls' versions should exist as bundles). Empty when everything is valid.
    static QList<Error> check(const QString& root);

    QString root() const { return m_root; }
    const Controls& controls() const { return m_controls; }
    const Roster& roster() const { return m_roster; }
    const QList<BundleEntry>& bundles() const { return m_bundles; }  // by model, then version
    QStringList models() const;                                      // model names, sorted
    QList<const BundleEntry*> versionsOf(const QString& model) const;

    // "model@version"; an error when there is no such bundle or it is invalid.
    Result<Bundle> findBundle(const QString& modelAtVersion) const;
    const BundleEntry* findEntry(const QString& modelAtVersion) const;

    QString modelsDir() const;       // root/artifacts/models
    QString controlsPath() const;    // root/config/ml/controls.json
    QString rosterPath() const;      // root/config/ml/operators.json
    QString stateDir() const;        // root/.countersign
    QString auditStorePath() const;  // root/.countersign/audit.sqlite

    static QString controlsPath(const QString& root);
    static QString rosterPath(const QString& root);
    static QString modelsDir(const QString& root);

private:
    static QList<BundleEntry> scanBundles(const QString& root, const Roster* roster);

    QString m_root;
    Controls m_controls;
    Roster m_roster;
    QList<BundleEntry> m_bundles;
};

}  // namespace countersign

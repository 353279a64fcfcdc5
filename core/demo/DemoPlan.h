#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "release/CycleOpenAt.h"

namespace countersign {

// Which demo bundle shows what (docs/demo.md is the table for people).
struct DemoPlan {
    enum class Defect {
        None,       // passes every gate
        Integrity,  // an artefact altered after bundle.json was written
        Bias,       // equal-opportunity gap ~3.5 % on gender (bound 2 %)
        Drift,      // PSI ~0.34 on the numeric feature `amount` (breach > 0.2)
        Critical,   // a CRITICAL CVE in the Trivy report
    };
    struct Entry {
        QString model, version, kind;
        QDateTime created;         // UTC
        QDateTime snapshotFrozen;  // UTC: the freeze of the bundle's cycle (scheduled bundles)
        Defect defect = Defect::None;
        bool sha256Sums = false;  // ship SHA256SUMS instead of the artefact list
        qint64 modelBytes = 1 << 20;
    };
    struct ModelControls {
        QString model, production, lastKnownGood;
    };

    // The demo's bundles for the cycle open at the demo's instant (DemoOptions::at): the
    // current scheduled versions ("<year>.<month>.0" of that cycle's retraining month) frozen at
    // its freeze, the older ones one and two cycles back, the hotfixes ("<year>.<month>.1") made
    // in the hours before the instant.
    static QList<Entry> bundles(const CycleOpenAt& open);
    static QList<ModelControls> controls(const CycleOpenAt& open);
    // "2026.11.0": the scheduled version of a cycle (patch 0) or a hotfix on it (patch 1).
    static QString versionOf(const RetrainingCycle& cycle, int patch = 0);
    static QString defectId(Defect d);  // "none", "integrity", "bias", "drift", "critical-cve"
};

}  // namespace countersign

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

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
        QDateTime snapshotFrozen;  // UTC (Friday 18:00 AEST before the retraining Tuesday)
        Defect defect = Defect::None;
        bool sha256Sums = false;  // ship SHA256SUMS instead of the artefact list
        qint64 modelBytes = 1 << 20;
    };
    struct ModelControls {
        QString model, production, lastKnownGood;
    };

    static QList<Entry> bundles();
    static QList<ModelControls> controls();
    static QString defectId(Defect d);  // "none", "integrity", "bias", "drift", "critical-cve"
};

}  // namespace countersign

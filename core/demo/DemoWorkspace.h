#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "common/Result.h"
#include "demo/DemoOptions.h"
#include "release/CycleOpenAt.h"

namespace countersign {

// Creates the demo workspace (docs/demo.md): three models with two or three versions each,
// between them passing and failing every gate, a roster with one operator per role plus a
// second Ops Lead, and each operator's encrypted key under keys/<id>.key.pem (passphrase
// "demo-<id>", demo only). The folder is written beside DIR and renamed into place at the
// end, so an interrupted run leaves no half-made workspace.
class DemoWorkspace {
public:
    struct DemoOperator {
        QString id, name;
        QStringList roles;
    };
    static QList<DemoOperator> operators();
    static QString passphraseFor(const QString& operatorId);  // "demo-<id>"
    static QString ownerId();     // the model owner of every demo bundle
    static QString benchModel();  // "benchmark" (bench scale only)

    // The change window the demo is built for: the cycle open at options.at (now when unset),
    // its retraining rule taken from that day, window_hours widened when fewer than 6 hours of
    // the window remain (docs/demo.md).
    static CycleOpenAt cycleOf(const DemoOptions& options);
    static Status create(const DemoOptions& options);
};

}  // namespace countersign

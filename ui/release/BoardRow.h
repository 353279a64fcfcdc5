#pragma once

#include <QString>
#include <QStringList>

#include "workflow/ChangeState.h"

namespace countersign::ui {

// One line of the release board: a bundle's change request as the Ops Lead reads it.
struct BoardRow {
    QString bundleId;  // "model@version"
    QString model;
    QString version;
    QString lane;          // translated: scheduled, hotfix
    QString state;         // translated state, or why the bundle cannot be read
    QString signedBy;      // "risk: r.ahmed · security: s.lindqvist"
    QString missing;       // what blocks it, the refusal reasons of core joined
    QStringList blockers;  // the same reasons, one each
    ChangeState stateId = ChangeState::Uploaded;
    bool valid = true;  // the manifest could be read
    // a scheduled request whose change window closed, or that has none (snapshot not at freeze)
    bool windowClosed = false;
};

}  // namespace countersign::ui

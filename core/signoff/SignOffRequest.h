#pragma once

#include <QList>
#include <QString>

#include "gates/GateResult.h"

namespace countersign {

// What an operator asks to sign: the step and decision, and what they saw.
struct SignOffRequest {
    QString operatorId;
    QString step;      // SignOffStep
    QString role;      // empty: the step's required role (must be given for "release")
    QString decision;  // approve | reject | override
    QString justification;
    QString changeRequest;
    QList<GateResult> gateResults;  // the results shown to the signer
};

}  // namespace countersign

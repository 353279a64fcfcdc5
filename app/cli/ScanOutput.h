#pragma once

#include <QTextStream>

#include "gates/GateResult.h"
#include "gates/SecurityAssessment.h"

namespace countersign::cli {

// The security gate for people: one line per finding, accepted findings apart.
void printSecurityResult(const SecurityAssessment& assessment, const GateResult& result,
                         QTextStream& out);

}  // namespace countersign::cli

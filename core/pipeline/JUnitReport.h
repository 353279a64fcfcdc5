#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "gates/GateResult.h"

namespace countersign {

// JUnit XML for CI servers: one <testsuite> per bundle, one <testcase> per gate; a failed
// gate is a <failure>, a gate that could not be evaluated an <error>.
class JUnitReport {
public:
    static QByteArray write(const QString& suiteName, const QList<GateResult>& gates);
};

}  // namespace countersign

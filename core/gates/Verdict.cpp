#include "gates/Verdict.h"

#include <QCoreApplication>

namespace countersign {

QString verdictId(Verdict v) {
    switch (v) {
        case Verdict::Pass:
            return QStringLiteral("pass");
        case Verdict::Warning:
            return QStringLiteral("warning");
        case Verdict::Fail:
            return QStringLiteral("fail");
        case Verdict::Error:
            return QStringLiteral("error");
        case Verdict::Undefined:
            break;
    }
    return QStringLiteral("undefined");
}

QString verdictLabel(Verdict v) {
    switch (v) {
        case Verdict::Pass:
            return QCoreApplication::translate("Verdict", "Pass");
        case Verdict::Warning:
            return QCoreApplication::translate("Verdict", "Warning");
        case Verdict::Fail:
            return QCoreApplication::translate("Verdict", "Fail");
        case Verdict::Error:
            return QCoreApplication::translate("Verdict", "Error");
        case Verdict::Undefined:
            break;
    }
    return QCoreApplication::translate("Verdict", "Not evaluated");
}

Verdict verdictFromId(const QString& id) {
    for (Verdict v : {Verdict::Pass, Verdict::Warning, Verdict::Fail, Verdict::Error})
        if (verdictId(v) == id)
            return v;
    return Verdict::Undefined;
}

static int severityRank(Verdict v) {
    switch (v) {
        case Verdict::Undefined:
            return 0;
        case Verdict::Pass:
            return 1;
        case Verdict::Warning:
            return 2;
        case Verdict::Fail:
            return 3;
        case Verdict::Error:
            return 4;
    }
    return 0;
}

Verdict worse(Verdict a, Verdict b) {
    return severityRank(a) >= severityRank(b) ? a : b;
}

}  // namespace countersign

#include "gates/FileVerdict.h"

#include <QCoreApplication>

namespace countersign {

QString fileVerdictId(FileVerdict v) {
    switch (v) {
        case FileVerdict::Pending:
            return QStringLiteral("pending");
        case FileVerdict::Ok:
            return QStringLiteral("ok");
        case FileVerdict::Mismatch:
            return QStringLiteral("mismatch");
        case FileVerdict::Missing:
            return QStringLiteral("missing");
        case FileVerdict::Unreadable:
            return QStringLiteral("unreadable");
        case FileVerdict::Extra:
            return QStringLiteral("extra");
        case FileVerdict::Refused:
            return QStringLiteral("refused");
        case FileVerdict::Cancelled:
            return QStringLiteral("cancelled");
    }
    return QStringLiteral("pending");
}

QString fileVerdictLabel(FileVerdict v) {
    auto tr = [](const char* s) { return QCoreApplication::translate("FileVerdict", s); };
    switch (v) {
        case FileVerdict::Pending:
            return tr("Pending");
        case FileVerdict::Ok:
            return tr("OK");
        case FileVerdict::Mismatch:
            return tr("Mismatch");
        case FileVerdict::Missing:
            return tr("Missing");
        case FileVerdict::Unreadable:
            return tr("Unreadable");
        case FileVerdict::Extra:
            return tr("Extra");
        case FileVerdict::Refused:
            return tr("Refused");
        case FileVerdict::Cancelled:
            return tr("Cancelled");
    }
    return tr("Pending");
}

bool fileVerdictFails(FileVerdict v) {
    return v != FileVerdict::Ok && v != FileVerdict::Pending;
}

}  // namespace countersign

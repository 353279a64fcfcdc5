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
    switch (v) {
        case FileVerdict::Pending:
            return QCoreApplication::translate("FileVerdict", "Pending");
        case FileVerdict::Ok:
            return QCoreApplication::translate("FileVerdict", "OK");
        case FileVerdict::Mismatch:
            return QCoreApplication::translate("FileVerdict", "Mismatch");
        case FileVerdict::Missing:
            return QCoreApplication::translate("FileVerdict", "Missing");
        case FileVerdict::Unreadable:
            return QCoreApplication::translate("FileVerdict", "Unreadable");
        case FileVerdict::Extra:
            return QCoreApplication::translate("FileVerdict", "Extra");
        case FileVerdict::Refused:
            return QCoreApplication::translate("FileVerdict", "Refused");
        case FileVerdict::Cancelled:
            return QCoreApplication::translate("FileVerdict", "Cancelled");
    }
    return QCoreApplication::translate("FileVerdict", "Pending");
}

bool fileVerdictFails(FileVerdict v) {
    return v != FileVerdict::Ok && v != FileVerdict::Pending;
}

}  // namespace countersign

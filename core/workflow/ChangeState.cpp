#include "workflow/ChangeState.h"

#include <QCoreApplication>

namespace countersign {

QString changeStateId(ChangeState s) {
    switch (s) {
        case ChangeState::Uploaded:
            return QStringLiteral("uploaded");
        case ChangeState::RiskReview:
            return QStringLiteral("risk_review");
        case ChangeState::SecurityReview:
            return QStringLiteral("security_review");
        case ChangeState::OpsApproval:
            return QStringLiteral("ops_approval");
        case ChangeState::ComplianceApproval:
            return QStringLiteral("compliance_approval");
        case ChangeState::ApprovedForDeployment:
            return QStringLiteral("approved_for_deployment");
        case ChangeState::Deployed:
            return QStringLiteral("deployed");
        case ChangeState::RolledBack:
            return QStringLiteral("rolled_back");
        case ChangeState::Rejected:
            return QStringLiteral("rejected");
    }
    return {};
}

QString changeStateLabel(ChangeState s) {
    switch (s) {
        case ChangeState::Uploaded:
            return QCoreApplication::translate("ChangeState", "uploaded");
        case ChangeState::RiskReview:
            return QCoreApplication::translate("ChangeState", "risk review");
        case ChangeState::SecurityReview:
            return QCoreApplication::translate("ChangeState", "security review");
        case ChangeState::OpsApproval:
            return QCoreApplication::translate("ChangeState", "ops approval");
        case ChangeState::ComplianceApproval:
            return QCoreApplication::translate("ChangeState", "Risk & Compliance approval");
        case ChangeState::ApprovedForDeployment:
            return QCoreApplication::translate("ChangeState", "approved for deployment");
        case ChangeState::Deployed:
            return QCoreApplication::translate("ChangeState", "deployed");
        case ChangeState::RolledBack:
            return QCoreApplication::translate("ChangeState", "rolled back");
        case ChangeState::Rejected:
            return QCoreApplication::translate("ChangeState", "rejected");
    }
    return {};
}

QString changeKindId(ChangeKind k) {
    return k == ChangeKind::Hotfix ? QStringLiteral("hotfix") : QStringLiteral("scheduled");
}

QString changeKindLabel(ChangeKind k) {
    return k == ChangeKind::Hotfix ? QCoreApplication::translate("ChangeState", "hotfix")
                                   : QCoreApplication::translate("ChangeState", "scheduled");
}

bool isOpen(ChangeState s) {
    return s != ChangeState::Deployed && s != ChangeState::Rejected && s != ChangeState::RolledBack;
}

}  // namespace countersign

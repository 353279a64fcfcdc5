#include "workflow/ChangeState.h"

#include <QCoreApplication>

namespace countersign {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("ChangeState", s);
}
}  // namespace

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
            return tr("uploaded");
        case ChangeState::RiskReview:
            return tr("risk review");
        case ChangeState::SecurityReview:
            return tr("security review");
        case ChangeState::OpsApproval:
            return tr("ops approval");
        case ChangeState::ComplianceApproval:
            return tr("Risk & Compliance approval");
        case ChangeState::ApprovedForDeployment:
            return tr("approved for deployment");
        case ChangeState::Deployed:
            return tr("deployed");
        case ChangeState::RolledBack:
            return tr("rolled back");
        case ChangeState::Rejected:
            return tr("rejected");
    }
    return {};
}

QString changeKindId(ChangeKind k) {
    return k == ChangeKind::Hotfix ? QStringLiteral("hotfix") : QStringLiteral("scheduled");
}

QString changeKindLabel(ChangeKind k) {
    return k == ChangeKind::Hotfix ? tr("hotfix") : tr("scheduled");
}

bool isOpen(ChangeState s) {
    return s != ChangeState::Deployed && s != ChangeState::Rejected && s != ChangeState::RolledBack;
}

}  // namespace countersign

#include "workflow/SignOffFlow.h"

#include <QCoreApplication>

#include "common/SourceTextScope.h"
#include "signoff/SignOffRecorder.h"
#include "signoff/SignOffStep.h"
#include "workflow/ReleaseDesk.h"
#include "workflow/WorkflowAudit.h"
#include "workspace/Workspace.h"

namespace countersign {

SignOffFlow::SignOffFlow(const Workspace& workspace, AuditStore& store, const Clock& clock)
    : m_workspace(&workspace), m_store(&store), m_clock(&clock) {}

bool SignOffFlow::isEvent(const QString& step) {
    return step == SignOffStep::hotfix() || step == SignOffStep::deploy();
}

bool SignOffFlow::isUsageRefusal(const Refusals& refusals) {
    return !refusals.isEmpty() && refusals.constFirst().code.startsWith(QLatin1String("signoff."));
}

Refusals SignOffFlow::prepare(const Bundle& bundle, SignOffRequest& request) {
    if (isEvent(request.step) && request.role.isEmpty()) {
        if (const Operator* op = m_workspace->roster().find(request.operatorId))
            for (const QString& role : SignOffStep::allowedRoles(request.step))
                if (op->hasRole(role)) {
                    request.role = role;
                    break;
                }
    }
    ReleaseDesk desk(*m_workspace, m_store, *m_clock);
    if (Refusals refusals = desk.refuseUnsignable(bundle, m_workspace->roster(), request);
        !refusals.isEmpty())
        return refusals;
    if (isEvent(request.step))
        return desk.attemptEvent(bundle, request.step, request.operatorId, request.role,
                                 request.justification);
    const auto step = stepFromId(request.step);
    if (!step)
        return {{QStringLiteral("signoff.step.unknown"),
                 QCoreApplication::translate("SignOffFlow",
                                             "the %1 step is not signed this way (see its command)")
                     .arg(request.step)}};
    if (request.role.isEmpty())
        request.role = stepRole(*step);
    return desk.attempt(bundle, SignAttempt{request.operatorId, request.role, *step,
                                            request.decision, request.justification});
}

Result<SignOff> SignOffFlow::complete(const Bundle& bundle, const SignOffRequest& request,
                                      const QString& keyFile, const SecretBytes& passphrase) {
    auto made = SignOffRecorder::create(bundle, m_workspace->roster(), request, keyFile, passphrase,
                                        *m_store, *m_clock);
    if (!made && made.error().kind == Error::Kind::CheckFailed) {
        // The key unlocked but is not the signer's roster key: refused, and recorded.
        const SourceTextScope english;
        (void)WorkflowAudit::recordRefusal(
            *m_store, bundle, request.operatorId, request.role, request.step, request.decision,
            {{QStringLiteral("sod.key_not_roster"), made.error().message}});
    }
    return made;
}

}  // namespace countersign

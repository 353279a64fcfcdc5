#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include "common/Clock.h"
#include "gates/GateResult.h"

namespace countersign {
class AuditStore;
class OperatorKey;
struct Bundle;
}  // namespace countersign

namespace countersign::test {

// The operator id openForReview() adds to a workspace's roster with the pipeline role.
inline QString testPipelineOperator() {
    return QStringLiteral("ci.test-pipeline");
}

// Makes a bundle of a copied workspace reviewable now by the CLI, which runs on the system
// clock: the workspace's release calendar (controls.json) gets the retraining rule whose change
// window is open now (core/workflow/CycleOpenAt, as `demo init` does) and the bundle's feature
// snapshot that cycle's freeze (bundle.json "created" opens no window), and
// gate results with the given verdicts (default: all four gates pass) are signed as an
// ml-guardrails report by a pipeline operator added to the roster (testPipelineOperator(), a
// fresh key) and recorded in the workspace's audit store for the new digest, as
// `countersign-cli gates` would. Returns an empty string on success, otherwise what went wrong.
QString openForReview(const QString& workspaceRoot, const QString& bundleId,
                      const QMap<QString, Verdict>& verdicts = {});

// Signs gate results as an ml-guardrails report with the pipeline operator's key and records
// it (WorkflowAudit::recordGuardrailReport): the way gate results become evidence. Returns an
// empty string on success, otherwise what went wrong.
QString recordSignedGates(AuditStore& store, const Bundle& bundle, const QList<GateResult>& gates,
                          const OperatorKey& pipelineKey, const QString& pipelineOperator,
                          const Clock& clock = SystemClock::instance());

// Adds an operator with the given roles and a fresh key (returned; not saved) to the roster of
// the workspace; an existing operator of that id gets the key and roles.
QString addOperator(const QString& workspaceRoot, const QString& operatorId,
                    const QStringList& roles, OperatorKey* keyOut);

}  // namespace countersign::test

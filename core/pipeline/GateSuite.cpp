#include "pipeline/GateSuite.h"

#include <QFile>

#include "crypto/Sha256.h"

#include "common/SourceTextScope.h"
#include "gates/ArtefactManifest.h"
#include "gates/BiasGate.h"
#include "gates/DriftGate.h"
#include "gates/IntegrityCheck.h"
#include "gates/IntegrityGate.h"
#include "gates/RiskGates.h"
#include "gates/SecurityGate.h"
#include "workspace/Bundle.h"
#include "workspace/Controls.h"
#include "workspace/Workspace.h"

namespace countersign {

QStringList GateSuite::gateNames() {
    return {QStringLiteral("integrity"), QStringLiteral("bias"), QStringLiteral("drift"),
            QStringLiteral("security")};
}

GateResult GateSuite::unavailable(const QString& gate, const QString& why,
                                  const QString& bundleDigest, const Clock& clock) {
    GateResult g;
    g.gate = gate;
    g.status = Verdict::Error;
    g.summary = why;
    g.bundleDigest = bundleDigest;
    g.evaluatedAt = clock.now();
    return g;
}

GateResult GateSuite::runIntegrity(const Bundle& bundle, const Clock& clock,
                                   const std::atomic<bool>* cancel) {
    const SourceTextScope english;  // gate results are evidence: recorded and digested
    auto manifest = ArtefactManifest::read(bundle.manifestPath.isEmpty() ? bundle.bundleJsonPath()
                                                                         : bundle.manifestPath);
    if (!manifest) {
        GateResult g = IntegrityGate::unreadable(manifest.error(), clock);
        g.bundleDigest = bundle.digest;
        return g;
    }
    IntegrityCheck::Options options;
    options.cancel = cancel;
    const IntegrityReport report = IntegrityCheck::run(bundle.dir, manifest->entries, options);
    return IntegrityGate::evaluate(report, manifest->path, manifest->digest, bundle.digest, clock);
}

GateResult GateSuite::runSecurity(const Bundle& bundle, const Controls& controls,
                                  const Clock& clock) {
    // Risk acceptances are applied where the workspace provides them (run()); none here means
    // a blocking finding blocks.
    return SecurityGate::runBundle(bundle, controls, clock, {});
}

GateResult GateSuite::runBias(const Bundle& bundle, const Controls& controls, const Clock& clock) {
    return RiskGates::bias(bundle, controls, clock).result;
}

GateResult GateSuite::runDrift(const Bundle& bundle, const Controls& controls, const Clock& clock) {
    return RiskGates::drift(bundle, controls, clock).result;
}

QList<GateResult> GateSuite::run(const Workspace& workspace, const Bundle& bundle,
                                 const Clock& clock, const std::atomic<bool>* cancel,
                                 const AcceptanceStore::Loaded& acceptances) {
    const SourceTextScope english;  // gate results are evidence: recorded and digested
    const Controls& controls = workspace.controls();
    QList<GateResult> out;
    out.append(runIntegrity(bundle, clock, cancel));
    out.append(runBias(bundle, controls, clock));
    out.append(runDrift(bundle, controls, clock));
    // Risk acceptances are read back from the audit store: only signed ones of security
    // engineers on the roster count.
    out.append(SecurityGate::runBundle(bundle, controls, clock, acceptances));
    return out;
}

}  // namespace countersign

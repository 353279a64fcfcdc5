#include "gates/RiskGates.h"

#include <QCoreApplication>

#include "common/SourceTextScope.h"
#include "gates/BiasGate.h"
#include "gates/GateInputs.h"
#include "metrics/CsvReader.h"

namespace countersign {

Result<BiasConfig> RiskGates::biasConfig(const Bundle& bundle, const Controls& controls) {
    BiasConfig c;
    c.maxGap = controls.thresholds.biasMaxGap;
    c.minGroupSupport = controls.thresholds.biasMinGroupSupport;
    c.maxBadRowShare = controls.thresholds.biasMaxBadRowShare;
    c.hashInput = true;
    if (!bundle.evaluation)
        return Error::badInput(
            QCoreApplication::translate(
                "RiskGates", "the bundle has no \"evaluation\" section: the bias gate cannot run"),
            bundle.bundleJsonPath(), QStringLiteral("/evaluation"));
    const EvaluationConfig& e = *bundle.evaluation;
    c.label = e.label;
    c.positiveLabel = e.positiveLabel;
    c.score = e.score;
    c.threshold = e.threshold;
    c.prediction = e.prediction;
    c.predictedPositive = e.predictedPositive;
    c.protectedAttributes = e.protectedAttributes;
    if (e.minGroupSupport >= 0)
        c.minGroupSupport = e.minGroupSupport;
    return c;
}

Result<DriftOptions> RiskGates::driftOptions(const Bundle& bundle, const Controls& controls) {
    DriftOptions o;
    o.breach = controls.thresholds.driftPsiBreach;
    o.warning = controls.thresholds.driftPsiWarning;
    o.minSample = controls.thresholds.driftMinSample;
    o.hashInputs = true;
    if (!bundle.drift)
        return Error::badInput(
            QCoreApplication::translate(
                "RiskGates", "the bundle has no \"drift\" section: the drift gate cannot run"),
            bundle.bundleJsonPath(), QStringLiteral("/drift"));
    o.categorical = bundle.drift->categorical;
    o.ignore = bundle.drift->ignore;
    return o;
}

BiasGateRun RiskGates::bias(const Bundle& bundle, const Controls& controls, const Clock& clock,
                            const ProgressCallback& progress) {
    const SourceTextScope english;  // gate results are evidence: recorded and digested
    BiasGateRun run;
    const Result<BiasConfig> config = biasConfig(bundle, controls);
    BiasConfig fallback;
    fallback.maxGap = controls.thresholds.biasMaxGap;
    if (!config) {
        run.result = BiasGate::errorResult(config.error(), fallback, {}, clock.now());
    } else {
        const QString rel = bundle.evaluation->predictions;
        CsvReader csv;
        Status opened = GateInputs::listed(bundle, rel, QStringLiteral("/evaluation/predictions"));
        if (opened)
            opened = csv.openInside(bundle.dir, rel);
        csv.setComputeSha256(config->hashInput);  // the digest GateInputs::matches checks
        const Result<BiasReport> report = opened ? BiasGate::evaluate(csv, *config, progress)
                                                 : Result<BiasReport>(opened.error());
        const Status same = report ? GateInputs::matches(bundle, rel, report->inputSha256) : ok();
        if (!same) {
            run.result = BiasGate::errorResult(same.error(), *config, {{rel, report->inputSha256}},
                                               clock.now());
        } else if (!report) {
            run.result =
                BiasGate::errorResult(report.error(), *config, {{rel, QString()}}, clock.now());
        } else {
            run.report = *report;
            run.result =
                BiasGate::toGateResult(*report, *config, {{rel, report->inputSha256}}, clock.now());
        }
    }
    run.result.bundleDigest = bundle.digest;
    return run;
}

DriftGateRun RiskGates::drift(const Bundle& bundle, const Controls& controls, const Clock& clock,
                              const ProgressCallback& progress) {
    const SourceTextScope english;  // gate results are evidence: recorded and digested
    DriftGateRun run;
    const Result<DriftOptions> options = driftOptions(bundle, controls);
    if (!options) {
        run.result = DriftGate::errorResult(options.error(), DriftOptions{}, {}, clock.now());
    } else {
        const QString base = bundle.drift->baseline;
        const QString cur = bundle.drift->current;
        CsvReader baseCsv, curCsv;
        Status opened = GateInputs::listed(bundle, base, QStringLiteral("/drift/baseline"));
        if (opened)
            opened = GateInputs::listed(bundle, cur, QStringLiteral("/drift/current"));
        if (opened)
            opened = baseCsv.openInside(bundle.dir, base);
        if (opened)
            opened = curCsv.openInside(bundle.dir, cur);
        const Result<DriftReport> report =
            opened ? DriftGate::evaluate(baseCsv, curCsv, *options, progress)
                   : Result<DriftReport>(opened.error());
        Status same = report ? GateInputs::matches(bundle, base, report->baselineSha256) : ok();
        if (same && report)
            same = GateInputs::matches(bundle, cur, report->currentSha256);
        if (!same) {
            run.result = DriftGate::errorResult(
                same.error(), *options,
                {{base, report->baselineSha256}, {cur, report->currentSha256}}, clock.now());
        } else if (!report) {
            run.result = DriftGate::errorResult(report.error(), *options,
                                                {{base, QString()}, {cur, QString()}}, clock.now());
        } else {
            run.report = *report;
            run.result = DriftGate::toGateResult(
                *report, *options, {{base, report->baselineSha256}, {cur, report->currentSha256}},
                clock.now());
        }
    }
    run.result.bundleDigest = bundle.digest;
    return run;
}

}  // namespace countersign

#include "gates/SecurityGate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include "common/SourceTextScope.h"
#include "gates/ScanCoverage.h"
#include "scans/ScanParser.h"
#include "workspace/Bundle.h"

namespace countersign {

QList<Result<ScanReport>> SecurityGate::readBundleReports(const QString& bundleDir) {
    QList<Result<ScanReport>> out;
    const QString scansPath = QDir(bundleDir).filePath(QStringLiteral("scans"));
    const QFileInfo scansInfo(scansPath);
    if (scansInfo.isSymLink()) {
        out.append(Error::badInput(
            QCoreApplication::translate("SecurityGate", "scans/ is a symbolic link: not read"),
            scansPath));
        return out;
    }
    if (!scansInfo.isDir())
        return out;
    // Every entry is looked at: a folder, link, FIFO or device is refused by name, never
    // skipped; files not ending in .json are not reports.
    const QFileInfoList entries = QDir(scansPath).entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& e : entries) {
        const QString relative = QStringLiteral("scans/") + e.fileName();
        if (e.isDir())
            out.append(Error::badInput(
                QCoreApplication::translate("SecurityGate",
                                            "a folder inside scans/: reports are read from "
                                            "scans/ itself, so this folder is refused"),
                e.filePath()));
        else if (e.fileName().endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
                 e.isSymLink() || !e.isFile())
            out.append(ScanParser::readInside(bundleDir, relative));
    }
    return out;
}

QList<Result<ScanReport>> SecurityGate::readReports(const QStringList& files) {
    QList<Result<ScanReport>> out;
    for (const QString& f : files) out.append(ScanParser::read(f));
    return out;
}

GateResult SecurityGate::runBundle(const Bundle& bundle, const Controls& controls,
                                   const Clock& clock, const AcceptanceStore::Loaded& accepted,
                                   SecurityAssessment* assessment) {
    const SourceTextScope english;  // gate results are evidence: recorded and digested
    SecurityAssessment a = SecurityAssessment::assess(readBundleReports(bundle.dir),
                                                      SecurityPolicy::fromControls(controls),
                                                      accepted.acceptances, clock, bundle.model);
    a.acceptanceProblems = accepted.problems;
    a.scanners = controls.scanners;
    a.coverage =
        ScanCoverage::check(a.reports, controls.scanners, bundle.imageDigest, controls.path);
    GateResult g = evaluate(a, bundle.digest, clock);
    if (assessment)
        *assessment = std::move(a);
    return g;
}

GateResult SecurityGate::evaluate(const SecurityAssessment& a, const QString& bundleDigest,
                                  const Clock& clock) {
    const SourceTextScope english;  // gate results are evidence: recorded and digested
    GateResult r;
    r.gate = QStringLiteral("security");
    r.bundleDigest = bundleDigest;
    r.evaluatedAt = clock.now();
    r.thresholds = a.policy.toJson();
    QJsonArray required;
    for (const QStringList& anyOf : a.scanners.required)
        required.append(anyOf.size() == 1 ? QJsonValue(anyOf.first())
                                          : QJsonValue(QJsonArray::fromStringList(anyOf)));
    r.thresholds.insert(QStringLiteral("required_scanners"), required);
    r.thresholds.insert(QStringLiteral("allow_empty_reports"), a.scanners.allowEmpty);

    QJsonArray findings, accepted, errors, reports;
    QJsonObject bySeverity;
    QStringList blocking;
    for (const AssessedFinding& f : a.findings) {
        if (f.disposition == FindingDisposition::Accepted) {
            accepted.append(f.toJson());
            continue;
        }
        findings.append(f.toJson());
        const QString sev = severityId(f.finding.severity);
        bySeverity.insert(sev, bySeverity.value(sev).toInt() + 1);
        if (f.blocks())
            blocking << QStringLiteral("%1 %2 in %3")
                            .arg(
                                sev, f.finding.id,
                                f.finding.package.isEmpty() ? f.finding.target : f.finding.package);
    }
    for (const ScanReport& rep : a.reports) {
        r.evidence.append({rep.file, rep.digest});
        reports.append(QJsonObject{{QStringLiteral("file"), rep.file},
                                   {QStringLiteral("format"), rep.format},
                                   {QStringLiteral("tool"), rep.tool},
                                   {QStringLiteral("sha256"), rep.digest},
                                   {QStringLiteral("findings"), rep.findings.size()}});
    }
    for (const Error& e : a.errors) {
        r.evidence.append({e.file, QString()});
        errors.append(QJsonObject{{QStringLiteral("file"), e.file},
                                  {QStringLiteral("where"), e.where},
                                  {QStringLiteral("message"), e.message}});
    }
    r.measured = QJsonObject{
        {QStringLiteral("findings"), findings},
        {QStringLiteral("accepted"), accepted},
        {QStringLiteral("by_severity"), bySeverity},
        {QStringLiteral("blocking"), static_cast<int>(blocking.size())},
        {QStringLiteral("reports"), reports},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("skipped"), QJsonArray::fromStringList(a.skipped)},
    };
    QJsonArray coverage;
    for (const Error& e : a.coverage)
        coverage.append(QJsonObject{{QStringLiteral("file"), e.file},
                                    {QStringLiteral("where"), e.where},
                                    {QStringLiteral("message"), e.message}});
    r.measured.insert(QStringLiteral("coverage"), coverage);
    if (!a.acceptanceProblems.isEmpty()) {
        QJsonArray problems;
        for (const Error& e : a.acceptanceProblems) problems.append(e.toString());
        r.measured.insert(QStringLiteral("acceptance_problems"), problems);
    }

    if (!a.errors.isEmpty()) {
        r.status = Verdict::Error;
        QStringList why;
        for (const Error& e : a.errors) why << e.toString();
        r.summary = QCoreApplication::translate("SecurityGate", "unreadable report: %1")
                        .arg(why.join(QStringLiteral("; ")));
    } else if (a.reports.isEmpty()) {
        r.status = Verdict::Error;
        r.summary = QCoreApplication::translate("SecurityGate", "no scanner report found");
    } else if (!a.coverage.isEmpty()) {
        // Not scanned as the controls require: never a pass, whatever the findings say.
        r.status = Verdict::Fail;
        QStringList why;
        for (const Error& e : a.coverage) why << e.toString();
        r.summary = QCoreApplication::translate("SecurityGate", "scan coverage: %1")
                        .arg(why.join(QStringLiteral("; ")));
        if (!blocking.isEmpty())
            r.summary += QStringLiteral("; ") + blocking.join(QStringLiteral(", "));
    } else if (!blocking.isEmpty()) {
        r.status = Verdict::Fail;
        r.summary = blocking.size() <= 3
                        ? blocking.join(QStringLiteral(", "))
                        : QCoreApplication::translate("SecurityGate", "%1 and %2 more blocking")
                              .arg(blocking.mid(0, 3).join(QStringLiteral(", ")))
                              .arg(blocking.size() - 3);
    } else if (a.count(FindingDisposition::UnknownWarning) > 0 || !a.skipped.isEmpty()) {
        r.status = Verdict::Warning;
        QStringList why;
        if (const int n = a.count(FindingDisposition::UnknownWarning))
            why << QCoreApplication::translate("SecurityGate", "%n finding(s) without severity",
                                               nullptr, n);
        // The counts are taken first: lupdate misses a translate() whose arguments hold a cast.
        if (const int skipped = static_cast<int>(a.skipped.size()))
            why << QCoreApplication::translate("SecurityGate", "%n dependency(ies) not audited",
                                               nullptr, skipped);
        r.summary = why.join(QStringLiteral(", "));
    } else {
        r.status = Verdict::Pass;
        const int reportCount = static_cast<int>(a.reports.size());
        const int acceptedCount = static_cast<int>(accepted.size());
        r.summary = QCoreApplication::translate(
            "SecurityGate", "no blocking finding in %n report(s)", nullptr, reportCount);
        if (acceptedCount > 0)
            r.summary += QCoreApplication::translate("SecurityGate", ", %n accepted", nullptr,
                                                     acceptedCount);
    }
    return r;
}

}  // namespace countersign

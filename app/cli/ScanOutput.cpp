#include "ScanOutput.h"

namespace countersign::cli {

namespace {

void line(const AssessedFinding& a, QTextStream& out) {
    const Finding& f = a.finding;
    out << QStringLiteral("%1 %2 %3 %4")
               .arg(severityId(f.severity), -9)
               .arg(f.id, -22)
               .arg(f.package.isEmpty() ? f.target : f.package + QLatin1Char(' ') + f.installed,
                    -32)
               .arg(findingDispositionId(a.disposition));
    if (!f.fixed.isEmpty())
        out << QStringLiteral("  fixed: %1").arg(f.fixed);
    out << QStringLiteral("  [%1]").arg(f.sources.isEmpty() ? f.source
                                                            : f.sources.join(QStringLiteral(", ")));
    if (a.expiredAcceptance && a.expiredAcceptance->revokedAt.isValid())
        out << QStringLiteral("  (acceptance revoked %1 by %2)")
                   .arg(a.expiredAcceptance->revokedAt.toString(Qt::ISODate),
                        a.expiredAcceptance->revokedBy);
    else if (a.expiredAcceptance)
        out << QStringLiteral("  (acceptance expired %1)")
                   .arg(a.expiredAcceptance->expires.toString(Qt::ISODate));
    if (a.acceptance)
        out << QStringLiteral("  accepted by %1 until %2: %3")
                   .arg(a.acceptance->acceptedBy, a.acceptance->expires.toString(Qt::ISODate),
                        a.acceptance->justification);
    out << Qt::endl;
}

}  // namespace

void printSecurityResult(const SecurityAssessment& a, const GateResult& g, QTextStream& out) {
    for (const ScanReport& r : a.reports)
        out << QStringLiteral("read %1 (%2, %3 findings)")
                   .arg(r.file, r.format)
                   .arg(r.findings.size())
            << Qt::endl;
    for (const Error& e : a.errors)
        out << QStringLiteral("UNREADABLE %1").arg(e.toString()) << Qt::endl;
    for (const Error& e : a.coverage)
        out << QStringLiteral("NOT COVERED %1").arg(e.toString()) << Qt::endl;
    for (const Error& e : a.acceptanceProblems)
        out << QStringLiteral("acceptance ignored: %1").arg(e.toString()) << Qt::endl;
    bool header = false;
    for (const AssessedFinding& f : a.findings) {
        if (f.disposition == FindingDisposition::Accepted)
            continue;
        if (!header)
            out << Qt::endl << QStringLiteral("Findings:") << Qt::endl;
        header = true;
        line(f, out);
    }
    header = false;
    for (const AssessedFinding& f : a.findings) {
        if (f.disposition != FindingDisposition::Accepted)
            continue;
        if (!header)
            out << Qt::endl << QStringLiteral("Accepted:") << Qt::endl;
        header = true;
        line(f, out);
    }
    for (const QString& s : a.skipped) out << QStringLiteral("not audited: %1").arg(s) << Qt::endl;
    out << Qt::endl
        << QStringLiteral("security: %1 — %2").arg(verdictLabel(g.status), g.summary) << Qt::endl;
    out.flush();
}

}  // namespace countersign::cli

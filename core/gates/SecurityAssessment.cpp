#include "gates/SecurityAssessment.h"

#include <QJsonArray>
#include <algorithm>

#include "scans/FindingMerger.h"

namespace countersign {

QString findingDispositionId(FindingDisposition d) {
    switch (d) {
        case FindingDisposition::Blocking:
            return QStringLiteral("blocking");
        case FindingDisposition::UnknownBlocking:
            return QStringLiteral("unknown-blocking");
        case FindingDisposition::UnknownWarning:
            return QStringLiteral("unknown-warning");
        case FindingDisposition::BelowThreshold:
            return QStringLiteral("below-threshold");
        case FindingDisposition::Accepted:
            return QStringLiteral("accepted");
    }
    return QStringLiteral("below-threshold");
}

QJsonObject AssessedFinding::toJson() const {
    QJsonObject o = finding.toJson();
    o.insert(QStringLiteral("disposition"), findingDispositionId(disposition));
    if (acceptance)
        o.insert(QStringLiteral("acceptance"), acceptance->toJson());
    if (expiredAcceptance && expiredAcceptance->revokedAt.isValid()) {
        QJsonObject revoked = expiredAcceptance->toJson();
        revoked.insert(QStringLiteral("revoked_by"), expiredAcceptance->revokedBy);
        revoked.insert(QStringLiteral("revoked_at"),
                       expiredAcceptance->revokedAt.toUTC().toString(Qt::ISODate));
        revoked.insert(QStringLiteral("revocation_reason"), expiredAcceptance->revocationReason);
        o.insert(QStringLiteral("revoked_acceptance"), revoked);
    } else if (expiredAcceptance) {
        o.insert(QStringLiteral("expired_acceptance"), expiredAcceptance->toJson());
    }
    return o;
}

int SecurityAssessment::count(FindingDisposition d) const {
    return static_cast<int>(
        std::count_if(findings.begin(), findings.end(),
                      [d](const AssessedFinding& f) { return f.disposition == d; }));
}

SecurityAssessment SecurityAssessment::assess(const QList<Result<ScanReport>>& reports,
                                              const SecurityPolicy& policy,
                                              const QList<RiskAcceptance>& acceptances,
                                              const Clock& clock, const QString& model) {
    SecurityAssessment a;
    a.policy = policy;
    QList<Finding> all;
    for (const Result<ScanReport>& r : reports) {
        if (!r) {
            a.errors.append(r.error());
            continue;
        }
        a.reports.append(r.value());
        all += r->findings;
        for (const QString& s : r->skipped) a.skipped << QStringLiteral("%1 (%2)").arg(s, r->file);
    }
    const QList<Finding> merged = FindingMerger::merge(all);
    for (const Finding& f : merged) {
        AssessedFinding af;
        af.finding = f;
        if (f.severity == Severity::Unknown)
            af.disposition = policy.unknown == SecurityPolicy::UnknownSeverity::Block
                                 ? FindingDisposition::UnknownBlocking
                                 : FindingDisposition::UnknownWarning;
        else if (static_cast<int>(f.severity) >= static_cast<int>(policy.blocking))
            af.disposition = FindingDisposition::Blocking;
        else
            af.disposition = FindingDisposition::BelowThreshold;
        for (const RiskAcceptance& acc : acceptances) {
            if (!acc.covers(f, model))
                continue;
            if (!acc.inEffect(clock)) {  // expired or revoked
                if (!af.expiredAcceptance)
                    af.expiredAcceptance = acc;
                continue;
            }
            af.acceptance = acc;
            af.disposition = FindingDisposition::Accepted;
            break;
        }
        a.findings.append(af);
    }
    auto rank = [](const AssessedFinding& f) {
        switch (f.disposition) {
            case FindingDisposition::Blocking:
                return 0;
            case FindingDisposition::UnknownBlocking:
                return 1;
            case FindingDisposition::UnknownWarning:
                return 2;
            case FindingDisposition::BelowThreshold:
                return 3;
            case FindingDisposition::Accepted:
                return 4;
        }
        return 5;
    };
    std::stable_sort(a.findings.begin(), a.findings.end(),
                     [&](const AssessedFinding& x, const AssessedFinding& y) {
                         if (rank(x) != rank(y))
                             return rank(x) < rank(y);
                         if (x.finding.severity != y.finding.severity)
                             return static_cast<int>(x.finding.severity) >
                                    static_cast<int>(y.finding.severity);
                         return x.finding.id < y.finding.id;
                     });
    return a;
}

}  // namespace countersign

#include "gates/IntegrityGate.h"
#include "common/SourceTextScope.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace countersign {

GateResult IntegrityGate::evaluate(const IntegrityReport& report, const QString& manifestPath,
                                   const QString& manifestDigest, const QString& bundleDigest,
                                   const Clock& clock) {
    const SourceTextScope english;  // gate results are evidence: recorded and digested
    GateResult r;
    r.gate = QStringLiteral("integrity");
    r.evaluatedAt = clock.now();
    r.bundleDigest = bundleDigest;
    r.evidence.append({manifestPath, manifestDigest});

    QJsonArray files;
    QJsonObject counts;
    QStringList bad;
    for (const FileCheck& f : report.files) {
        files.append(f.toJson());
        if (f.verdict != FileVerdict::Ok && f.verdict != FileVerdict::Pending)
            bad << QStringLiteral("%1 %2").arg(fileVerdictId(f.verdict), f.path);
    }
    for (FileVerdict v :
         {FileVerdict::Ok, FileVerdict::Mismatch, FileVerdict::Missing, FileVerdict::Unreadable,
          FileVerdict::Extra, FileVerdict::Refused, FileVerdict::Cancelled})
        counts.insert(fileVerdictId(v), report.count(v));
    r.measured = QJsonObject{
        {QStringLiteral("manifest"), manifestPath},
        {QStringLiteral("manifest_sha256"), manifestDigest},
        {QStringLiteral("files"), files},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("bytes_hashed"), report.bytesHashed},
        {QStringLiteral("cancelled"), report.cancelled},
    };
    r.thresholds = QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("sha256")},
                               {QStringLiteral("extras_fail"), true}};

    const int total = static_cast<int>(report.files.size());
    if (report.cancelled) {
        r.status = Verdict::Error;
        r.summary =
            QCoreApplication::translate("IntegrityGate", "cancelled before every file was checked");
    } else if (total == 0) {
        r.status = Verdict::Error;
        r.summary = QCoreApplication::translate("IntegrityGate", "the manifest names no file");
    } else if (bad.isEmpty()) {
        r.status = Verdict::Pass;
        r.summary = QCoreApplication::translate("IntegrityGate", "%n file(s) match the manifest",
                                                nullptr, total);
    } else {
        r.status = Verdict::Fail;
        r.summary = bad.size() <= 3 ? bad.join(QStringLiteral(", "))
                                    : QCoreApplication::translate("IntegrityGate", "%1 and %2 more")
                                          .arg(bad.mid(0, 3).join(QStringLiteral(", ")))
                                          .arg(bad.size() - 3);
    }
    return r;
}

GateResult IntegrityGate::unreadable(const Error& error, const Clock& clock) {
    const SourceTextScope english;  // gate results are evidence: recorded and digested
    QList<Evidence> evidence;
    if (!error.file.isEmpty())
        evidence.append({error.file, QString()});
    return GateResult::unevaluated(QStringLiteral("integrity"), error, {}, evidence, clock.now());
}

}  // namespace countersign

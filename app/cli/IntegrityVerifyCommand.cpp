#include "IntegrityVerifyCommand.h"

#include <QDir>
#include <QFileInfo>

#include "GateExit.h"
#include "common/Clock.h"
#include "gates/ArtefactManifest.h"
#include "gates/IntegrityGate.h"
#include "workspace/ControlsRanges.h"
#include "workspace/Workspace.h"

namespace countersign::cli {

QString IntegrityVerifyCommand::summary() const {
    return QStringLiteral("Integrity gate: every artefact's SHA-256 and size against the manifest");
}

void IntegrityVerifyCommand::configure(QCommandLineParser& p) const {
    p.addPositionalArgument(QStringLiteral("MODEL@VERSION"),
                            QStringLiteral("a bundle of the workspace"),
                            QStringLiteral("[MODEL@VERSION]"));
    p.addOption({QStringLiteral("manifest"),
                 QStringLiteral("A bundle.json or SHA256SUMS file instead of a bundle."),
                 QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("root"),
         QStringLiteral(
             "The folder the manifest's paths are relative to (default: the manifest's folder)."),
         QStringLiteral("DIR")});
    p.addOption({QStringLiteral("threads"),
                 QStringLiteral("Files hashed at once (default: one per core)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("no-extras"),
                 QStringLiteral("Do not look for files the manifest does not name.")});
}

int IntegrityVerifyCommand::run(const QCommandLineParser& p, Context& ctx) const {
    IntegrityCheck::Options o;  // options first: a bad value fails before any reading
    if (p.isSet(QStringLiteral("threads"))) {
        auto threads = ControlsRanges::parseOption(QStringLiteral("--threads"),
                                                   p.value(QStringLiteral("threads")),
                                                   ControlsRanges::threads());
        if (!threads)
            return ctx.fail(threads.error());
        o.threads = static_cast<int>(*threads);
    }
    const QStringList positional = p.positionalArguments();
    const bool byManifest = p.isSet(QStringLiteral("manifest"));
    if (positional.size() + (byManifest ? 1 : 0) != 1)
        return ctx.fail(Error::badInput(
            QStringLiteral("integrity verify: give MODEL@VERSION or --manifest FILE")));

    QString root, manifestPath, manifestDigest, bundleDigest;
    QList<ManifestEntry> entries;
    QStringList ignore;
    if (byManifest) {
        manifestPath = p.value(QStringLiteral("manifest"));
        const auto m = ArtefactManifest::read(manifestPath);
        if (!m)
            return ctx.fail(m.error());
        root = p.isSet(QStringLiteral("root")) ? p.value(QStringLiteral("root"))
                                               : QFileInfo(manifestPath).absolutePath();
        if (!QFileInfo(root).isDir())
            return ctx.fail(
                Error::badInput(QStringLiteral("the root folder does not exist"), root));
        manifestDigest = m->digest;
        if (!m->fromSha256Sums)
            bundleDigest = m->digest;
        entries = m->entries;
        ignore << QDir(root).relativeFilePath(QFileInfo(manifestPath).absoluteFilePath());
    } else {
        auto ws = Workspace::open(ctx.workspace);
        if (!ws)
            return ctx.fail(ws.error());
        auto bundle = ws->findBundle(positional.front());
        if (!bundle)
            return ctx.fail(bundle.error());
        root = bundle->dir;
        manifestPath = bundle->manifestPath;
        manifestDigest =
            bundle->artefactsFromSha256Sums ? bundle->sha256SumsDigest : bundle->digest;
        bundleDigest = bundle->digest;
        for (const Artefact& a : bundle->artefacts) entries.append({a.path, a.sha256, a.size});
    }

    o.findExtras = !p.isSet(QStringLiteral("no-extras"));
    o.extraIgnore = ignore;
    const IntegrityReport report = IntegrityCheck::run(root, entries, o);
    const GateResult g = IntegrityGate::evaluate(report, manifestPath, manifestDigest, bundleDigest,
                                                 SystemClock::instance());
    if (ctx.json) {
        ctx.printJson(g.toJson());
    } else {
        for (const FileCheck& f : report.files) {
            ctx.out << QStringLiteral("%1  %2").arg(fileVerdictId(f.verdict), -10).arg(f.path);
            if (f.verdict == FileVerdict::Ok)
                ctx.out << QStringLiteral("  ") << f.actualSha256;
            else if (!f.reason.isEmpty())
                ctx.out << QStringLiteral("  (") << f.reason << QLatin1Char(')');
            ctx.out << Qt::endl;
        }
        ctx.out << QStringLiteral("integrity: %1 — %2").arg(verdictLabel(g.status), g.summary)
                << Qt::endl;
        ctx.out << QStringLiteral("manifest %1 (sha256 %2)").arg(manifestPath, manifestDigest)
                << Qt::endl;
    }
    return exitCodeForGate(g);
}

}  // namespace countersign::cli

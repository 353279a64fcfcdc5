#include "SignoffVerifyCommand.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include "common/Clock.h"
#include "pipeline/GateSuite.h"
#include "signoff/SignOffVerifier.h"
#include "workspace/Workspace.h"

namespace countersign::cli {

namespace {

// The bundle a sign-off file names (read without trusting it: the verifier decides).
Result<Bundle> bundleNamedBy(const Workspace& ws, const QString& path) {
    auto env = DsseEnvelope::readFile(path);
    if (!env)
        return env.error();
    auto statement = SignOffStatement::fromPayload(env->payload, path);
    if (!statement)
        return statement.error();
    return ws.findBundle(statement->subjectName());
}

}  // namespace

QString SignoffVerifyCommand::summary() const {
    return QStringLiteral("Verify sign-offs against the roster and the bundle as it is now");
}

QString SignoffVerifyCommand::usageArgs() const {
    return QStringLiteral("FILE... | MODEL@VERSION");
}

void SignoffVerifyCommand::configure(QCommandLineParser& parser) const {
    parser.addPositionalArgument(
        QStringLiteral("FILE|MODEL@VERSION"),
        QStringLiteral(
            "Sign-off envelopes (*.dsse.json), or a bundle: every approvals/*.dsse.json of it."));
}

int SignoffVerifyCommand::run(const QCommandLineParser& parser, Context& ctx) const {
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return ctx.fail(Error::badInput(QStringLiteral("give FILE... or MODEL@VERSION")));
    auto ws = Workspace::open(ctx.workspace);
    if (!ws)
        return ctx.fail(ws.error());
    const SignOffVerifier verifier(ws->roster());
    QList<SignOffVerdict> verdicts;
    QMap<QString, Bundle> bundles;  // every bundle a verdict is about, by id
    QStringList emptyBundles;       // bundles given by name that have no sign-off
    for (const QString& arg : args) {
        if (QFileInfo(arg).isFile()) {
            auto bundle = bundleNamedBy(*ws, arg);
            if (!bundle) {
                SignOffVerdict v;
                v.file = arg;
                v.status = SignOffVerdict::Status::Invalid;
                v.reason = bundle.error().toString();
                verdicts << v;
                continue;
            }
            bundles.insert(bundle->id(), *bundle);
            SignOffVerdict v = verifier.verifyFile(arg, *bundle);
            v.bundleId = bundle->id();
            verdicts << v;
        } else if (arg.contains(QLatin1Char('@'))) {
            auto bundle = ws->findBundle(arg);
            if (!bundle)
                return ctx.fail(bundle.error());
            bundles.insert(bundle->id(), *bundle);
            QList<SignOffVerdict> found = verifier.verifyBundle(*bundle);
            if (found.isEmpty())
                emptyBundles << bundle->id();
            for (SignOffVerdict& v : found) v.bundleId = bundle->id();
            verdicts << found;
        } else {
            return ctx.fail(
                Error::badInput(QStringLiteral("no such file, and not MODEL@VERSION"), arg));
        }
    }
    // The bundle as it is now, artefacts included: a sign-off over artefacts that no longer
    // match the manifest is void.
    QMap<QString, GateResult> integrity;
    for (const Bundle& b : bundles)
        integrity.insert(b.id(), GateSuite::runIntegrity(b, SystemClock::instance()));
    for (SignOffVerdict& v : verdicts) {
        const auto it = integrity.constFind(v.bundleId);
        if (v.status != SignOffVerdict::Status::Valid || it == integrity.cend() || it->passed())
            continue;
        v.status = SignOffVerdict::Status::Void;
        v.reason = QStringLiteral("void: the bundle's artefacts no longer match its manifest (%1)")
                       .arg(it->summary);
    }
    bool failed = !emptyBundles.isEmpty();
    for (const SignOffVerdict& v : verdicts) failed = failed || v.failed();
    if (ctx.json) {
        QJsonArray list;
        for (const SignOffVerdict& v : verdicts) list.append(v.toJson());
        ctx.printJson(QJsonObject{
            {QStringLiteral("signoffs"), list},
            {QStringLiteral("without_signoffs"), QJsonArray::fromStringList(emptyBundles)},
            {QStringLiteral("valid"), !failed}});
    } else {
        for (const QString& id : emptyBundles)
            ctx.out << QStringLiteral(
                           "NO SIGN-OFFS  %1 has no sign-off in approvals/: nothing verifies it")
                           .arg(id)
                    << Qt::endl;
        for (const SignOffVerdict& v : verdicts)
            ctx.out << QStringLiteral("%1  %2\n    %3\n")
                           .arg(SignOffVerdict::statusId(v.status).toUpper(), -13)
                           .arg(v.file, v.reason);
        ctx.out.flush();
    }
    return failed ? CheckFailed : Ok;
}

}  // namespace countersign::cli

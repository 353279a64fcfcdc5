// countersign-cli gates MODEL@VERSION --report FILE [--junit FILE] [--key FILE --passphrase-file
// FILE] The ml-guardrails CI job: runs the gates, writes the report (and the signed copy in the
// bundle's guardrails/), exits 1 when any gate did not pass.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSaveFile>

#include "AcceptanceLoader.h"
#include "AuditCli.h"
#include "Command.h"
#include "GatesCommand.h"
#include "NowOption.h"
#include "common/Clock.h"
#include "crypto/OperatorKey.h"
#include "crypto/SecretBytes.h"
#include "pipeline/GateSuite.h"
#include "pipeline/GuardrailReport.h"
#include "pipeline/JUnitReport.h"
#include "workflow/WorkflowAudit.h"
#include "workspace/Role.h"
#include "workspace/Workspace.h"

namespace countersign::cli {

namespace {

Status writeFile(const QString& path, const QByteArray& bytes) {
    if (const QString dir = QFileInfo(path).absolutePath(); !QDir().mkpath(dir))
        return Error::badInput(QStringLiteral("cannot create the folder"), dir);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error::badInput(QStringLiteral("cannot write: %1").arg(f.errorString()), path);
    return ok();
}

Result<SecretBytes> readPassphrase(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(QStringLiteral("cannot read the passphrase file"), path);
    QByteArray bytes = f.readAll();
    while (!bytes.isEmpty() && (bytes.endsWith('\n') || bytes.endsWith('\r'))) bytes.chop(1);
    SecretBytes secret(bytes);
    bytes.fill('\0');
    return secret;
}

}  // namespace

QString GatesCommand::name() const {
    return QStringLiteral("gates");
}
QString GatesCommand::summary() const {
    return QStringLiteral(
        "Run the ml-guardrails gates of a bundle, write the signed report (exit 1 when one fails)");
}
QString GatesCommand::usageArgs() const {
    return QStringLiteral("MODEL@VERSION");
}
void GatesCommand::configure(QCommandLineParser& p) const {
    p.addPositionalArgument(QStringLiteral("MODEL@VERSION"), QStringLiteral("the bundle"));
    p.addOption({QStringLiteral("report"), QStringLiteral("write the report JSON to FILE"),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("junit"), QStringLiteral("write JUnit XML to FILE"),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("key"),
                 QStringLiteral(
                     "the pipeline operator's encrypted key (default: $COUNTERSIGN_PIPELINE_KEY)"),
                 QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("passphrase-file"),
         QStringLiteral("the key's passphrase (default: $COUNTERSIGN_PIPELINE_PASSPHRASE_FILE)"),
         QStringLiteral("FILE")});
    NowOption::add(p);
}

int GatesCommand::run(const QCommandLineParser& p, Context& ctx) const {
    if (p.positionalArguments().size() != 1)
        return ctx.fail(Error::badInput(QStringLiteral("gates needs exactly one MODEL@VERSION")));
    const auto clockOrError = NowOption::clock(p, ctx.workspace);
    if (!clockOrError)
        return ctx.fail(clockOrError.error());
    const Clock& clock = **clockOrError;
    if (!p.isSet(QStringLiteral("report")))
        return ctx.fail(Error::badInput(QStringLiteral("gates needs --report FILE")));
    auto ws = Workspace::open(ctx.workspace);
    if (!ws)
        return ctx.fail(ws.error());
    auto bundle = ws->findBundle(p.positionalArguments().front());
    if (!bundle)
        return ctx.fail(bundle.error());

    const auto env = QProcessEnvironment::systemEnvironment();
    const QString keyPath = p.isSet(QStringLiteral("key"))
                                ? p.value(QStringLiteral("key"))
                                : env.value(QStringLiteral("COUNTERSIGN_PIPELINE_KEY"));
    const QString passPath =
        p.isSet(QStringLiteral("passphrase-file"))
            ? p.value(QStringLiteral("passphrase-file"))
            : env.value(QStringLiteral("COUNTERSIGN_PIPELINE_PASSPHRASE_FILE"));
    if (keyPath.isEmpty() || passPath.isEmpty())
        return ctx.fail(Error::badInput(
            QStringLiteral("gates signs its report with the pipeline key: give --key FILE and "
                           "--passphrase-file FILE")));
    if (Status s = AuditCli::requireWorkspaceStore(ctx); !s)
        return ctx.fail(s.error());
    // Unlock the key first: a wrong key fails before minutes of hashing.
    auto pass = readPassphrase(passPath);
    if (!pass)
        return ctx.fail(pass.error());
    auto key = OperatorKey::loadEncrypted(keyPath, pass.value());
    pass->clear();
    if (!key)
        return ctx.fail(key.error());
    const Operator* signer = ws->roster().findByKeyId(key->keyId());
    if (!signer || !signer->hasRole(QStringLiteral("pipeline")))
        return ctx.fail(Error::badInput(
            QStringLiteral("the key %1 is not the key of a pipeline operator on the roster")
                .arg(key->keyId().left(16)),
            keyPath));

    const QList<GateResult> gates = GateSuite::run(ws.value(), bundle.value(), clock, nullptr,
                                                   AcceptanceLoader::load(ctx, ws->roster()));
    const GuardrailReport report = GuardrailReport::make(
        bundle->model, bundle->version, bundle->digest, gates, clock.now(), signer->id);

    auto envelope = report.sign(key.value());
    if (!envelope)
        return ctx.fail(envelope.error());
    // The signed report is the evidence the workflow reads: a run that could not be recorded
    // did not happen for the change request, so it fails, and leaves no signed report in the
    // bundle (the plain --report and --junit files still tell the pipeline what was found).
    Status recorded = ok();
    if (auto store = AuditCli::openWorkspaceStore(ctx, clock); store)
        recorded = WorkflowAudit::recordGuardrailReport(*store.value(), bundle.value(), report,
                                                        envelope.value(), signer->id);
    else
        recorded = store.error();
    if (recorded)
        if (auto s = writeFile(GuardrailReport::pathIn(bundle->dir), envelope->toBytes()); !s)
            return ctx.fail(s.error());
    if (auto s =
            writeFile(p.value(QStringLiteral("report")), QJsonDocument(report.toJson()).toJson());
        !s)
        return ctx.fail(s.error());
    if (p.isSet(QStringLiteral("junit"))) {
        if (auto s = writeFile(p.value(QStringLiteral("junit")),
                               JUnitReport::write(bundle->id(), gates));
            !s)
            return ctx.fail(s.error());
    }

    if (ctx.json) {
        ctx.printJson(report.toJson());
    } else {
        for (const GateResult& g : gates)
            ctx.out << QStringLiteral("%1 %2 %3\n")
                           .arg(g.gate, -10)
                           .arg(verdictId(g.status).toUpper(), -8)
                           .arg(g.summary);
        ctx.out << QStringLiteral("ml-guardrails %1 for %2 (bundle %3), signed by %4\n")
                       .arg(verdictId(report.status).toUpper(), bundle->id(),
                            bundle->digest.left(12), signer->id);
        ctx.out.flush();
    }
    if (!recorded) {
        Error e = recorded.error();
        e.message = QStringLiteral("recording the gate results in the audit store failed: %1")
                        .arg(e.message);
        return ctx.fail(e);
    }
    return report.status == Verdict::Pass || report.status == Verdict::Warning ? Ok : CheckFailed;
}

}  // namespace countersign::cli

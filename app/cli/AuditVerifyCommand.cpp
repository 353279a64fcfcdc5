#include <QCoreApplication>
#include <QFile>

#include "AuditCli.h"
#include "AuditCommands.h"
#include "audit/AuditVerifier.h"

namespace countersign::cli {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("cli", s);
}
}  // namespace

QString AuditVerifyCommand::name() const {
    return QStringLiteral("audit verify");
}
QString AuditVerifyCommand::summary() const {
    return tr("Verify the audit store (exit 1 on tampering)");
}

void AuditVerifyCommand::configure(QCommandLineParser& p) const {
    p.addOption({QStringLiteral("checkpoint"),
                 tr("A checkpoint held outside the store (signed note); the store must extend it. "
                    "Repeatable."),
                 QStringLiteral("FILE")});
}

int AuditVerifyCommand::run(const QCommandLineParser& p, Context& ctx) const {
    QStringList held;
    for (const QString& file : p.values(QStringLiteral("checkpoint"))) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(Error::badInput(f.errorString(), file));
        held << QString::fromUtf8(f.read(1 << 20));
    }
    // No quick_check on open: the verification reads every record, tree node and checkpoint
    // and checks their content, which finds what quick_check would there, and more.
    auto store = AuditCli::openExistingStore(ctx, false);
    // A store that refuses to open on its content (it no longer extends its last checkpoint)
    // is verified all the same, with the store key, to name the first bad record or node.
    Result<NoteVerifier> verifier = store ? store.value()->verifier() : NoteVerifier();
    if (!store) {
        if (store.error().kind != Error::Kind::CheckFailed)
            return ctx.fail(store.error());
        verifier = AuditStore::keyVerifier(ctx.store);
        if (!verifier)
            return ctx.fail(store.error());
        ctx.err
            << tr("countersign-cli: the audit store refuses to open: %1").arg(store.error().message)
            << Qt::endl;
    }
    // The last checkpoint the store signed is also kept beside the database.
    held << AuditStore::sidecarNotes(ctx.store);
    AuditVerification v = AuditVerifier::run(ctx.store, verifier.value(), held, {}, nullptr);
    if (v.ok() && !store) {
        // Nothing more precise found: the refusal stands.
        v.problem = AuditVerification::Problem::RootMismatch;
        v.message = store.error().message;
    }
    if (ctx.json) {
        ctx.printJson(v.toJson());
    } else if (v.ok()) {
        ctx.out << tr("audit store verified: %1 records, %2 checkpoints, root %3")
                       .arg(v.recordsChecked)
                       .arg(v.checkpointsChecked)
                       .arg(QString::fromLatin1(v.rootHash.toBase64()))
                << Qt::endl;
    } else {
        ctx.err << tr("countersign-cli: audit store verification FAILED (%1): %2")
                       .arg(AuditVerification::problemName(v.problem), v.message)
                << Qt::endl;
    }
    if (v.ok())
        return Ok;
    return v.problem == AuditVerification::Problem::Cancelled ? Internal : CheckFailed;
}

}  // namespace countersign::cli

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <optional>

#include "AuditCli.h"
#include "AuditCommands.h"
#include "audit/AuditVerifier.h"
#include "common/SafeFile.h"
#include "signoff/WorkspaceWitnesses.h"
#include "workflow/NotEvidence.h"
#include "workspace/Workspace.h"

namespace countersign::cli {

QString AuditVerifyCommand::name() const {
    return QStringLiteral("audit verify");
}
QString AuditVerifyCommand::summary() const {
    return QStringLiteral("Verify the audit store (exit 1 on tampering)");
}

void AuditVerifyCommand::configure(QCommandLineParser& p) const {
    p.addOption({QStringLiteral("checkpoint"),
                 QStringLiteral(
                     "A checkpoint held outside the store (signed note), or a folder of them "
                     "(*.checkpoint); the store must extend each. Repeatable. The workspace's own "
                     "witnesses (the store's checkpoint file, operator anchors, the checkpoint "
                     "in every sign-off and release attestation under approvals/) are always "
                     "checked."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("vkey"),
                 QStringLiteral(
                     "The store's verifier key, by hand: the text `audit key` prints, or a file "
                     "holding it. The store must be signed by it, as by the key pinned in "
                     "config/ml/controls.json (audit.store_vkey) and by the operators' anchors."),
                 QStringLiteral("VKEY|FILE")});
}

namespace {

// The auditors' checkpoints given with --checkpoint, each a file or a folder of *.checkpoint
// files. A file that is not a checkpoint at all is bad input naming it (exit 2); one that is
// a checkpoint but not signed by the store's key is a witness the verification reports.
Result<QList<AuditWitnesses::Held>> heldFromOptions(const QStringList& paths) {
    QList<AuditWitnesses::Held> held;
    for (const QString& path : paths) {
        QStringList files;
        if (QFileInfo(path).isDir()) {
            for (const QFileInfo& f : QDir(path).entryInfoList({QStringLiteral("*.checkpoint")},
                                                               QDir::Files, QDir::Name))
                files << f.filePath();
            if (files.isEmpty())
                return Error::badInput(QStringLiteral("the folder holds no *.checkpoint file"),
                                       path);
        } else {
            files << path;
        }
        for (const QString& file : files) {
            auto bytes = SafeFile::read(file, 1 << 20);
            if (!bytes)
                return bytes.error();
            const QString note = QString::fromUtf8(bytes.value());
            if (auto cp = Checkpoint::parseUnverified(note); !cp)
                return Error::badInput(QStringLiteral("not a checkpoint (a C2SP signed note): %1")
                                           .arg(cp.error().message),
                                       file);
            held.append({QStringLiteral("the checkpoint file %1").arg(file), note, true});
        }
    }
    return held;
}

void printNotEvidence(Context& ctx, const Result<QList<NotEvidenceRecord>>& found) {
    if (!found || found->isEmpty())
        return;
    ctx.out << QStringLiteral(
                   "not evidence: %1 %2 the workflow reads but does not count (kept, "
                   "never counted; not a verification failure):")
                   .arg(found->size())
                   .arg(found->size() == 1 ? QStringLiteral("record") : QStringLiteral("records"))
            << Qt::endl;
    for (const NotEvidenceRecord& r : found.value())
        ctx.out << QStringLiteral("  #%1 %2 by %3 on %4: %5")
                       .arg(r.sequence)
                       .arg(r.action, r.actor, r.subject, r.reason)
                << Qt::endl;
}

// The records the workflow reads but does not count (NotEvidence), or why they were not
// listed (no workspace to judge them against). Only the workspace's own store is judged against
// its roster: a --store elsewhere (an auditor's copy, a benchmark) gets no list.
Result<QList<NotEvidenceRecord>> notEvidenceOf(const AuditStore& store, const QString& root) {
    if (QFileInfo(store.path()).canonicalFilePath() !=
        QFileInfo(AuditStore::defaultStorePath(root)).canonicalFilePath())
        return QList<NotEvidenceRecord>();
    auto workspace = Workspace::open(root);
    if (!workspace)
        return workspace.error();
    return NotEvidence::find(store, workspace.value());
}

// --vkey: a verifier key given as text, or a file holding one. Bad input naming the option
// (or the file) and the reason otherwise.
Result<std::optional<AuditWitnesses::PinnedKey>> pinFromOption(const QCommandLineParser& p) {
    const QString name = QStringLiteral("vkey");
    if (!p.isSet(name))
        return std::optional<AuditWitnesses::PinnedKey>();
    const QString value = p.value(name);
    auto asText = NoteVerifier::parse(value);
    if (asText)
        return std::optional<AuditWitnesses::PinnedKey>({QStringLiteral("--vkey"), asText.value()});
    if (!QFileInfo(value).isFile())
        return Error::badInput(QStringLiteral("--vkey is neither a verifier key nor a file: %1")
                                   .arg(asText.error().message));
    auto bytes = SafeFile::read(value, 64 << 10);
    if (!bytes)
        return bytes.error();
    auto inFile = NoteVerifier::parse(QString::fromUtf8(bytes.value()).trimmed());
    if (!inFile)
        return Error::badInput(QStringLiteral("--vkey: the file does not hold a verifier key: %1")
                                   .arg(inFile.error().message),
                               value);
    return std::optional<AuditWitnesses::PinnedKey>(
        {QStringLiteral("--vkey %1").arg(QDir::toNativeSeparators(value)), inFile.value()});
}

}  // namespace

int AuditVerifyCommand::run(const QCommandLineParser& p, Context& ctx) const {
    auto auditors = heldFromOptions(p.values(QStringLiteral("checkpoint")));
    if (!auditors)
        return ctx.fail(auditors.error());
    auto byHand = pinFromOption(p);
    if (!byHand)
        return ctx.fail(byHand.error());
    // No quick_check on open: the verification reads every record, tree node and checkpoint
    // and checks their content, which finds what quick_check would there, and more.
    auto store = AuditCli::openExistingStore(ctx, false);
    // A store that refuses to open on its content (it no longer extends its last checkpoint)
    // is verified all the same, with the store key, to name the first bad record or node.
    Result<NoteVerifier> verifier = store ? store.value()->verifier() : NoteVerifier();
    // An auditor's copy has no private store key beside it: the store is then verified with the
    // key pinned outside it (--vkey, else controls.json's audit.store_vkey), read-only.
    bool withPinOnly = false;
    if (!store && QFileInfo(ctx.store).isFile() &&
        !QFileInfo::exists(AuditStore::defaultKeyPath(ctx.store))) {
        auto pin = byHand.value() ? Result<std::optional<AuditWitnesses::PinnedKey>>(byHand.value())
                                  : WorkspaceWitnesses::pinnedByControls(ctx.workspace);
        if (!pin)
            return ctx.fail(pin.error());
        if (pin.value())
            verifier = pin.value()->key;
        withPinOnly = pin.value().has_value();
    }
    if (!store && !withPinOnly) {
        if (store.error().kind != Error::Kind::CheckFailed)
            return ctx.fail(store.error());
        verifier = AuditStore::keyVerifier(ctx.store);
        if (!verifier)
            return ctx.fail(store.error());
        ctx.err << QStringLiteral("countersign-cli: the audit store refuses to open: %1")
                       .arg(store.error().message)
                << Qt::endl;
    }
    // Every witness the workspace holds, and the auditors' checkpoints.
    AuditWitnesses extra;
    extra.held = auditors.value();
    if (byHand.value())
        extra.pinnedKeys.append(*byHand.value());
    auto verified = AuditCli::verifyWithWitnesses(ctx, verifier.value(), extra);
    if (!verified)
        return ctx.fail(verified.error());
    AuditVerification v = verified.value();
    if (v.ok() && !store && !withPinOnly) {
        // Nothing more precise found: the refusal stands.
        v.problem = AuditVerification::Problem::RootMismatch;
        v.message = store.error().message;
    }
    // Information, not a verification failure: records kept that count for nothing.
    Result<QList<NotEvidenceRecord>> notEvidence =
        store ? notEvidenceOf(*store.value(), ctx.workspace)
              : Result<QList<NotEvidenceRecord>>(store.error());
    if (!notEvidence && store)
        ctx.err << QStringLiteral("countersign-cli: warning: records not judged as evidence: %1")
                       .arg(notEvidence.error().toString())
                << Qt::endl;
    if (!ctx.json && v.keyPinnedBy.isEmpty())
        ctx.err << QStringLiteral(
                       "countersign-cli: warning: the store's key %1 is pinned nowhere outside the "
                       "store: a store replaced together with its key would pass. Pin it in "
                       "config/ml/controls.json (countersign-cli audit key --pin prints the line), "
                       "or give it with --vkey.")
                       .arg(v.storeKey)
                << Qt::endl;
    if (ctx.json) {
        QJsonObject out = v.toJson();
        if (notEvidence) {
            out.insert(QStringLiteral("not_evidence"), NotEvidence::toJson(notEvidence.value()));
            out.insert(QStringLiteral("not_evidence_count"), notEvidence->size());
        }
        ctx.printJson(out);
    } else if (v.ok()) {
        ctx.out << QStringLiteral(
                       "audit store verified: %1 records, %2 checkpoints, %3 witnesses from "
                       "outside the store, root %4")
                       .arg(v.recordsChecked)
                       .arg(v.checkpointsChecked)
                       .arg(v.witnessesChecked)
                       .arg(QString::fromLatin1(v.rootHash.toBase64()))
                << Qt::endl;
        if (!v.keyPinnedBy.isEmpty())
            ctx.out << QStringLiteral("store key %1, pinned by %2")
                           .arg(v.storeKey, v.keyPinnedBy.join(QStringLiteral("; ")))
                    << Qt::endl;
        printNotEvidence(ctx, notEvidence);
    } else {
        ctx.err << QStringLiteral("countersign-cli: audit store verification FAILED (%1): %2")
                       .arg(AuditVerification::problemName(v.problem), v.message)
                << Qt::endl;
        printNotEvidence(ctx, notEvidence);
    }
    if (v.ok())
        return Ok;
    return v.problem == AuditVerification::Problem::Cancelled ? Internal : CheckFailed;
}

}  // namespace countersign::cli

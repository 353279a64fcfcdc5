#include "signoff/WorkspaceWitnesses.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "audit/AuditStore.h"
#include "common/SafeFile.h"
#include "release/ReleaseAttestation.h"
#include "signoff/SignOffVerifier.h"
#include "workspace/Controls.h"
#include "workspace/Workspace.h"

namespace countersign {

namespace {

bool sameFile(const QString& a, const QString& b) {
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
}

}  // namespace

Result<std::optional<AuditWitnesses::PinnedKey>> WorkspaceWitnesses::pinnedByControls(
    const QString& workspaceRoot) {
    const QString controls = Workspace::controlsPath(workspaceRoot);
    if (!QFileInfo::exists(controls))
        return std::optional<AuditWitnesses::PinnedKey>();
    auto loaded = Controls::load(controls);
    if (!loaded)
        return loaded.error();
    if (!loaded->auditStoreVkey.isEmpty())
        if (auto key = NoteVerifier::parse(loaded->auditStoreVkey))
            return std::optional<AuditWitnesses::PinnedKey>(
                {QStringLiteral("config/ml/controls.json (/audit/store_vkey)"), key.value()});
    return std::optional<AuditWitnesses::PinnedKey>();
}

WorkspaceWitnesses WorkspaceWitnesses::gather(const QString& workspaceRoot, const QString& dbPath) {
    WorkspaceWitnesses out;
    out.witnesses = AuditStore::sidecarWitness(dbPath);
    if (!sameFile(dbPath, AuditStore::defaultStorePath(workspaceRoot)))
        return out;

    // The key pinned in the workspace's configuration.
    auto pinned = pinnedByControls(workspaceRoot);
    if (!pinned)
        out.configError = pinned.error();
    else if (pinned.value())
        out.witnesses.pinnedKeys.append(*pinned.value());

    const QDir operators(QDir(workspaceRoot).filePath(QStringLiteral(".countersign/operators")));
    for (const QFileInfo& anchor :
         operators.entryInfoList({QStringLiteral("*.checkpoint")}, QDir::Files, QDir::Name)) {
        auto bytes = SafeFile::read(anchor.absoluteFilePath(), 1 << 20);
        if (!bytes) {
            out.notRead << bytes.error().toString();
            continue;
        }
        out.witnesses.held.append(
            {QCoreApplication::translate("WorkspaceWitnesses", "operator %1's anchor %2")
                 .arg(anchor.completeBaseName(), anchor.filePath()),
             QString::fromUtf8(bytes.value()), true});
    }

    auto workspace = Workspace::open(workspaceRoot);
    if (!workspace) {
        out.notRead << QCoreApplication::translate("WorkspaceWitnesses",
                                                   "the sign-offs under approvals/ (%1)")
                           .arg(workspace.error().toString());
        return out;
    }
    const SignOffVerifier verifier(workspace->roster());
    const Result<NoteVerifier> storeKey = AuditStore::keyVerifier(dbPath);
    for (const BundleEntry& entry : workspace->bundles()) {
        if (!entry.bundle)
            continue;
        // The release attestation the console signed with the store's key holds the checkpoint
        // of the tree its dual approval was counted in.
        if (const QString attestation = ReleaseAttestation::pathIn(entry.bundle->dir);
            QFileInfo::exists(attestation)) {
            const QString name = QDir(workspaceRoot).relativeFilePath(attestation);
            auto read = storeKey ? ReleaseAttestation::readSigned(attestation, storeKey.value())
                                 : Result<ReleaseAttestation>(storeKey.error());
            if (!read)
                out.notRead << read.error().toString();
            else
                out.witnesses.seen.append(
                    {QCoreApplication::translate("WorkspaceWitnesses", "the release attestation %1")
                         .arg(name),
                     read->checkpoint.origin, read->checkpoint.size, read->checkpoint.rootHash});
        }
        for (const SignOffVerdict& verdict : verifier.verifyBundle(*entry.bundle)) {
            const bool genuine = verdict.status == SignOffVerdict::Status::Valid ||
                                 verdict.status == SignOffVerdict::Status::Void;
            if (!genuine || !verdict.statement)
                continue;
            const SignOffStatement& s = *verdict.statement;
            out.witnesses.seen.append(
                {QCoreApplication::translate("WorkspaceWitnesses", "%1's %2 sign-off %3")
                     .arg(s.operatorId, s.step, QDir(workspaceRoot).relativeFilePath(verdict.file)),
                 s.checkpoint.origin, s.checkpoint.size, s.checkpoint.rootHash,
                 /*recordedAfter=*/true});
        }
    }
    return out;
}

}  // namespace countersign

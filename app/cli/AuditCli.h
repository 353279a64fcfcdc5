#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <memory>
#include <vector>

#include "Command.h"
#include "audit/AuditStore.h"
#include "audit/AuditVerification.h"
#include "audit/AuditWitnesses.h"
#include "common/Clock.h"

namespace countersign::cli {

// What the `audit ...` commands share: opening the store of --store / --workspace, the
// filter options, and records as JSON.
class AuditCli {
public:
    // The store every command that records opens (created when missing). quickCheck false:
    // only for `audit verify`, whose verification runs the same check. The store stamps its
    // records with `clock` (the system clock; --now only in a training workspace, whose
    // records then carry the training mark).
    static Result<std::unique_ptr<AuditStore>> openStore(
        const Context& ctx, bool quickCheck = true, const Clock& clock = SystemClock::instance());
    // openStore() for the commands that put evidence into the workspace (a sign-off into a
    // bundle's approvals/, the pipeline's report into guardrails/, an acceptance): only the
    // workspace's own store, since a record kept elsewhere is a trail nobody verifies and a
    // checkpoint of another log inside approvals/ would fail every verification of the
    // workspace's store. Another --store is BadInput naming both.
    static Result<std::unique_ptr<AuditStore>> openWorkspaceStore(
        const Context& ctx, const Clock& clock = SystemClock::instance());
    // Only the check of openWorkspaceStore(), for a command that opens the store later.
    static Status requireWorkspaceStore(const Context& ctx);
    // For the commands that only look (verify, list, export, prove, consistency, key): never
    // creates a store; a missing store or a folder is BadInput naming the path.
    static Result<std::unique_ptr<AuditStore>> openExistingStore(const Context& ctx,
                                                                 bool quickCheck = true);
    // The store verified (AuditVerifier) against every witness the workspace holds
    // (WorkspaceWitnesses: the checkpoint file, operator anchors, sign-offs, attestations, the
    // pinned key) plus `extra` (auditors' checkpoints, --vkey); a witness that could not be read
    // is a warning on ctx.err. Fails only when the workspace's configuration cannot be read.
    static Result<AuditVerification> verifyWithWitnesses(const Context& ctx,
                                                         const NoteVerifier& verifier,
                                                         const AuditWitnesses& extra = {});
    static void addFilterOptions(QCommandLineParser& parser);
    static Result<AuditFilter> filterFrom(const QCommandLineParser& parser);
    static QJsonObject recordJson(const AuditRecord& r);
    // Parses a non-negative integer option; BadInput naming the option otherwise.
    static Result<qint64> integerOption(const QCommandLineParser& parser, const QString& name,
                                        qint64 fallback);
    // The audit commands, in --help order (one line in Commands.cpp adds them all).
    static void addCommands(std::vector<std::unique_ptr<Command>>& list);
};

}  // namespace countersign::cli

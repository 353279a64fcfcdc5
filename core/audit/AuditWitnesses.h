#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "audit/NoteVerifier.h"

namespace countersign {

// What was seen of the audit store outside its database: the checkpoints a verification
// proves the store still extends (DESIGN.md "The audit store").
struct AuditWitnesses {
    // A checkpoint the store signed, kept elsewhere (the sidecar file, an operator anchor, an
    // auditor's copy): a C2SP signed note, checked with the store's key.
    struct Held {
        QString who;  // for messages: "the checkpoint file /x/y", "operator ana's anchor"
        QString note;
        // Kept away from the store (an operator's anchor, an auditor's copy), so its signer's
        // key is pinned too: a store signed by another key fails, naming both keys. False for
        // the checkpoint file beside the database, which whoever replaces the store replaces.
        bool pinsKey = false;
    };
    // A tree head someone else signed that they saw (inside a sign-off envelope): the
    // signature is theirs, checked where it was read; here only origin, size and root count.
    struct Seen {
        QString who;  // "ana.ruiz's release sign-off approvals/release-ana.ruiz-....dsse.json"
        QString origin;
        qint64 size = 0;
        QByteArray rootHash;  // 32 bytes
        // The witness's own record was appended after the tree it saw (a sign-off embeds the
        // checkpoint taken just before it is recorded): a store of `size` records or fewer
        // lost it, and the records after it.
        bool recordedAfter = false;
    };

    // The store's key as pinned outside the store (config/ml/controls.json's
    // audit.store_vkey, `audit verify --vkey`): the store must be signed by exactly it.
    struct PinnedKey {
        QString who;  // "config/ml/controls.json (/audit/store_vkey)", "--vkey"
        NoteVerifier key;
    };

    QList<Held> held;
    QList<Seen> seen;
    QList<PinnedKey> pinnedKeys;

    bool isEmpty() const { return held.isEmpty() && seen.isEmpty() && pinnedKeys.isEmpty(); }
    // Held checkpoints from notes of unnamed origin (the sidecar's), each named `who`.
    static AuditWitnesses fromNotes(const QStringList& notes, const QString& who) {
        AuditWitnesses w;
        for (const QString& n : notes) w.held.append({who, n});
        return w;
    }
};

}  // namespace countersign

#include "audit/AuditVerifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <charconv>
#include <cstring>
#include <future>
#include <map>

#include "audit/AuditSql.h"
#include "audit/Checkpoint.h"
#include "audit/MerkleTree.h"
#include "common/CanonicalJson.h"

namespace countersign {
namespace {

// The bytes of a record are {"action":A,"actor":B,"payload":{...},"prev":"H","role":R,
// "seq":N,"subject":S,"time":T} (keys sorted, canonical). The columns and the expected
// chain link and sequence number pin down everything but the payload object, so they are
// checked by comparing the bytes around the payload in place, without parsing the JSON or
// building the expected text (a million records: no allocation per record here).
class ColumnMatcher {
public:
    bool matches(const AuditSql::Row& row, QByteArrayView prevHex) {
        const QByteArrayView b = row.bytes;
        qsizetype pos = 0;
        if (!literal(b, pos, "{\"action\":") || !string(b, pos, row.action) ||
            !literal(b, pos, ",\"actor\":") || !string(b, pos, row.actor) ||
            !literal(b, pos, ",\"payload\":"))
            return false;
        const qsizetype payloadStart = pos;
        char seqBuf[24];
        const auto [seqEnd, ec] = std::to_chars(seqBuf, seqBuf + sizeof seqBuf, row.seq);
        if (ec != std::errc())
            return false;
        const QByteArrayView seq(seqBuf, seqEnd - seqBuf);
        const qsizetype suffixLength = lengthOf(",\"prev\":\"") + prevHex.size() +
                                       lengthOf("\",\"role\":") + canonicalLength(row.role) +
                                       lengthOf(",\"seq\":") + seq.size() +
                                       lengthOf(",\"subject\":") + canonicalLength(row.subject) +
                                       lengthOf(",\"time\":") + canonicalLength(row.time) + 1;
        // The payload is an object: at least "{}" between the two fixed parts.
        if (b.size() - payloadStart < suffixLength + 2)
            return false;
        pos = b.size() - suffixLength;
        if (b.at(payloadStart) != '{' || b.at(pos - 1) != '}')
            return false;
        return literal(b, pos, ",\"prev\":\"") && literal(b, pos, prevHex) &&
               literal(b, pos, "\",\"role\":") && string(b, pos, row.role) &&
               literal(b, pos, ",\"seq\":") && literal(b, pos, seq) &&
               literal(b, pos, ",\"subject\":") && string(b, pos, row.subject) &&
               literal(b, pos, ",\"time\":") && string(b, pos, row.time) && literal(b, pos, "}") &&
               pos == b.size();
    }

private:
    template <qsizetype N>
    static constexpr qsizetype lengthOf(const char (&)[N]) {
        return N - 1;
    }
    template <qsizetype N>
    static bool literal(QByteArrayView b, qsizetype& pos, const char (&text)[N]) {
        return literal(b, pos, QByteArrayView(text, N - 1));
    }
    static bool literal(QByteArrayView b, qsizetype& pos, QByteArrayView text) {
        if (b.size() - pos < text.size() ||
            std::memcmp(b.data() + pos, text.data(), static_cast<size_t>(text.size())) != 0)
            return false;
        pos += text.size();
        return true;
    }
    // True when the canonical JSON string of `raw` is raw in quotes (nothing to escape), which
    // is what CanonicalJson writes for such bytes.
    static bool plain(QByteArrayView raw) {
        for (const char c : raw)
            if (static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\')
                return false;
        return true;
    }
    qsizetype canonicalLength(QByteArrayView raw) {
        if (plain(raw))
            return raw.size() + 2;
        m_scratch.clear();
        CanonicalJson::appendString(m_scratch, raw);
        return m_scratch.size();
    }
    bool string(QByteArrayView b, qsizetype& pos, QByteArrayView raw) {
        if (!plain(raw)) {
            m_scratch.clear();
            CanonicalJson::appendString(m_scratch, raw);
            return literal(b, pos, QByteArrayView(m_scratch));
        }
        if (b.size() - pos < raw.size() + 2 || b.at(pos) != '"' ||
            b.at(pos + 1 + raw.size()) != '"' ||
            std::memcmp(b.data() + pos + 1, raw.data(), static_cast<size_t>(raw.size())) != 0)
            return false;
        pos += raw.size() + 2;
        return true;
    }

    QByteArray m_scratch;
};

// Lowercase hex of a 32-byte hash into a fixed buffer.
void hex32(QByteArrayView hash, char (&out)[64]) {
    static constexpr char digits[] = "0123456789abcdef";
    for (int i = 0; i < 32; ++i) {
        const auto c = static_cast<unsigned char>(hash.at(i));
        out[2 * i] = digits[c >> 4];
        out[2 * i + 1] = digits[c & 15];
    }
}

}  // namespace

AuditVerification AuditVerifier::run(const QString& dbPath, const NoteVerifier& verifier,
                                     const QStringList& heldNotes, const Progress& progress,
                                     const std::atomic_bool* cancel) {
    AuditVerification v;
    auto fail = [&v](AuditVerification::Problem p, qint64 seq, const QString& message) {
        v.problem = p;
        v.firstBadSeq = seq;
        v.message = message;
        return v;
    };
    auto sqlOpen = AuditSql::open(dbPath);
    if (!sqlOpen)
        return fail(AuditVerification::Problem::Unreadable, -1, sqlOpen.error().message);
    AuditSql& sql = *sqlOpen.value();
    if (auto s = sql.ensureSchema(false); !s)
        return fail(AuditVerification::Problem::Unreadable, -1, s.error().message);
    // SQLite's own structural check (every page of every table, not only the records) runs
    // beside the scan on a second connection: random bytes in any page are reported even where
    // the record scan does not look. It cannot be cancelled; it is shorter than the scan.
    std::future<Status> integrity = std::async(std::launch::async, [dbPath]() -> Status {
        auto other = AuditSql::open(dbPath);
        if (!other)
            return other.error();
        return other.value()->ensureSchema(true);
    });
    const qint64 total = sql.size();
    if (total < 0)
        return fail(
            AuditVerification::Problem::Unreadable, -1,
            QCoreApplication::translate("AuditVerifier", "cannot read the number of records"));

    // Checkpoints: stored ones, then held ones; each must carry the store's signature.
    std::multimap<qint64, Checkpoint> bySize;
    auto notes = sql.checkpointNotes();
    if (!notes)
        return fail(AuditVerification::Problem::Unreadable, -1, notes.error().message);
    auto addCheckpoint = [&](const QString& note, const QString& where) -> bool {
        auto cp = Checkpoint::fromSignedNote(note, verifier);
        if (!cp) {
            fail(AuditVerification::Problem::WrongKey, -1,
                 QCoreApplication::translate("AuditVerifier",
                                             "%1 is not signed by the store's key %2: %3")
                     .arg(where, verifier.toString(), cp.error().message));
            return false;
        }
        if (cp->origin != verifier.name) {
            fail(AuditVerification::Problem::WrongKey, -1,
                 QCoreApplication::translate("AuditVerifier", "%1 is for another log (%2)")
                     .arg(where, cp->origin));
            return false;
        }
        bySize.emplace(cp->size, cp.value());
        ++v.checkpointsChecked;
        return true;
    };
    for (const QString& n : notes.value())
        if (!addCheckpoint(n, QCoreApplication::translate("AuditVerifier", "a stored checkpoint")))
            return v;
    std::map<qint64, QByteArray> storedRoots;
    for (const auto& [size, cp] : bySize) storedRoots.emplace(size, cp.rootHash);
    for (const QString& n : heldNotes) {
        if (!addCheckpoint(n, QCoreApplication::translate("AuditVerifier", "a held checkpoint")))
            return v;
        // Every checkpoint the store signed went into its checkpoints table first: one held
        // outside but missing inside means rows were lost (a damaged or replaced -wal file).
        auto held = Checkpoint::parseUnverified(n);
        const auto it = storedRoots.find(held->size);
        if (it != storedRoots.end() && it->second != held->rootHash)
            return fail(
                AuditVerification::Problem::RootMismatch, -1,
                QCoreApplication::translate(
                    "AuditVerifier",
                    "a held checkpoint of %1 records has another root than the store's: the "
                    "store was "
                    "rebuilt, or the two copies forked")
                    .arg(held->size));
        if (it == storedRoots.end())
            return fail(AuditVerification::Problem::Truncated, -1,
                        QCoreApplication::translate(
                            "AuditVerifier",
                            "a signed checkpoint of %1 records is missing from the store: its "
                            "records or checkpoints "
                            "were lost or replaced")
                            .arg(held->size));
    }
    auto cpIt = bySize.begin();

    CompactRange tree;
    char prevHexBuf[64];
    std::memset(prevHexBuf, '0', sizeof prevHexBuf);
    const QByteArrayView prevHex(prevHexBuf, sizeof prevHexBuf);
    ColumnMatcher columns;
    qint64 expected = 0;
    bool stopped = false;
    auto checkRootsAt = [&](qint64 size) -> bool {
        while (cpIt != bySize.end() && cpIt->first == size) {
            if (tree.root() != cpIt->second.rootHash) {
                fail(AuditVerification::Problem::RootMismatch, -1,
                     QCoreApplication::translate(
                         "AuditVerifier",
                         "the records do not match the signed checkpoint of %1 records: the store "
                         "was rewritten, "
                         "rebuilt or forked")
                         .arg(size));
                return false;
            }
            ++cpIt;
        }
        return true;
    };
    if (!checkRootsAt(0))
        return v;
    const Status scan = sql.forEachRow([&](const AuditSql::Row& row) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            fail(AuditVerification::Problem::Cancelled, -1,
                 QCoreApplication::translate("AuditVerifier", "verification cancelled"));
            stopped = true;
            return false;
        }
        if (row.seq != expected) {
            fail(AuditVerification::Problem::RowMissing, expected,
                 QCoreApplication::translate("AuditVerifier",
                                             "record %1 is missing (the next stored record is %2)")
                     .arg(expected)
                     .arg(row.seq));
            stopped = true;
            return false;
        }
        const QByteArray leaf = MerkleTree::leafHash(row.bytes);
        if (leaf != row.hash) {
            fail(AuditVerification::Problem::RecordChanged, row.seq,
                 QCoreApplication::translate(
                     "AuditVerifier", "record %1 was changed: its bytes no longer match its hash")
                     .arg(row.seq));
            stopped = true;
            return false;
        }
        if (!columns.matches(row, prevHex)) {
            // Slow path, only on failure: say what is wrong.
            const QByteArray bytes = row.bytes.toByteArray();
            const QJsonObject o = QJsonDocument::fromJson(bytes).object();
            const qint64 innerSeq =
                static_cast<qint64>(o.value(QStringLiteral("seq")).toDouble(-1));
            if (o.isEmpty()) {
                fail(AuditVerification::Problem::RecordChanged, row.seq,
                     QCoreApplication::translate("AuditVerifier", "record %1 is not a valid record")
                         .arg(row.seq));
            } else if (innerSeq != row.seq) {
                fail(AuditVerification::Problem::Reordered, row.seq,
                     QCoreApplication::translate(
                         "AuditVerifier",
                         "the row at position %1 holds record %2: rows were reordered or inserted")
                         .arg(row.seq)
                         .arg(innerSeq));
            } else if (o.value(QStringLiteral("prev")).toString().toLatin1() != prevHex) {
                // This record is intact but does not link to the one before: that one was
                // changed (and re-hashed), or a row was inserted or re-chained before this one.
                const qint64 bad = row.seq > 0 ? row.seq - 1 : row.seq;
                fail(AuditVerification::Problem::RecordChanged, bad,
                     QCoreApplication::translate(
                         "AuditVerifier",
                         "record %1 was changed or replaced: record %2 no longer links to it")
                         .arg(bad)
                         .arg(row.seq));
            } else if (CanonicalJson::serialize(o) != bytes) {
                fail(AuditVerification::Problem::RecordChanged, row.seq,
                     QCoreApplication::translate("AuditVerifier",
                                                 "record %1 is not in canonical form")
                         .arg(row.seq));
            } else {
                fail(AuditVerification::Problem::ColumnsChanged, row.seq,
                     QCoreApplication::translate(
                         "AuditVerifier",
                         "the browsing columns of record %1 were changed: they disagree with the "
                         "record")
                         .arg(row.seq));
            }
            stopped = true;
            return false;
        }
        tree.append(leaf);
        hex32(leaf, prevHexBuf);
        ++expected;
        if (!checkRootsAt(expected)) {
            stopped = true;
            return false;
        }
        if (progress && (expected & 0x3fff) == 0)
            progress(expected, total);
        return true;
    });
    if (!scan)
        return fail(AuditVerification::Problem::Unreadable, -1, scan.error().message);
    v.recordsChecked = expected;
    if (stopped)
        return v;
    if (const Status checked = integrity.get(); !checked)
        return fail(AuditVerification::Problem::Unreadable, -1, checked.error().message);
    v.size = expected;
    v.rootHash = tree.root();
    if (progress)
        progress(expected, total);
    if (cpIt != bySize.end())
        return fail(AuditVerification::Problem::Truncated, expected,
                    QCoreApplication::translate(
                        "AuditVerifier",
                        "the store has %1 records but a checkpoint of %2 records was signed: "
                        "records were removed "
                        "(or the -wal file was lost)")
                        .arg(expected)
                        .arg(cpIt->first));
    // The stored tree nodes (used for proofs and checkpoints) must agree with the records.
    auto stored = sql.rootHash(expected);
    if (!stored || stored.value() != v.rootHash)
        return fail(AuditVerification::Problem::NodesChanged, -1,
                    QCoreApplication::translate(
                        "AuditVerifier", "the stored Merkle tree nodes disagree with the records"));
    return v;
}

}  // namespace countersign

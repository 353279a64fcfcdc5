#include "audit/RecordColumns.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>
#include <charconv>
#include <cstring>

#include "audit/MerkleTree.h"
#include "common/CanonicalJson.h"

namespace countersign {

bool RecordColumns::matches(const AuditBackend::Row& row, QByteArrayView prevHex) {
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
    const qsizetype suffixLength =
        lengthOf(",\"prev\":\"") + prevHex.size() + lengthOf("\",\"role\":") +
        canonicalLength(row.role) + lengthOf(",\"seq\":") + seq.size() + lengthOf(",\"subject\":") +
        canonicalLength(row.subject) + lengthOf(",\"time\":") + canonicalLength(row.time) + 1;
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

// Two digits per table lookup.
void hex32(QByteArrayView hash, char (&out)[64]) {
    static const auto pairs = [] {
        std::array<std::array<char, 2>, 256> t{};
        constexpr char digits[] = "0123456789abcdef";
        for (int c = 0; c < 256; ++c) t[c] = {digits[c >> 4], digits[c & 15]};
        return t;
    }();
    for (int i = 0; i < 32; ++i)
        std::memcpy(out + 2 * i, pairs[static_cast<unsigned char>(hash[i])].data(), 2);
}

QString recordChangedMessage(qint64 seq) {
    return QCoreApplication::translate("AuditVerifier",
                                       "record %1 was changed: its bytes no longer match its hash")
        .arg(seq);
}

RecordProblem storedNodeProblem(int level, qint64 index, qint64 holder) {
    return {AuditVerification::Problem::NodesChanged, holder,
            QCoreApplication::translate("AuditVerifier",
                                        "the stored Merkle tree node (level %1, index %2) "
                                        "disagrees with the records")
                .arg(level)
                .arg(index)};
}

RecordProblem storedNodesMissing(qint64 seq, qsizetype bytes, int due) {
    return {AuditVerification::Problem::NodesChanged, seq,
            QCoreApplication::translate("AuditVerifier",
                                        "the stored Merkle tree nodes of record %1 are missing or "
                                        "extra: %2 bytes where %3 nodes of 32 bytes are due")
                .arg(seq)
                .arg(bytes)
                .arg(due)};
}

QString rootMismatchMessage(qint64 checkpointSize) {
    return QCoreApplication::translate(
               "AuditVerifier",
               "the records do not match the signed checkpoint of %1 records: the store was "
               "rewritten, rebuilt or forked")
        .arg(checkpointSize);
}

RecordProblem RecordColumns::explainMismatch(const AuditBackend::Row& row, QByteArrayView prevHex) {
    using Problem = AuditVerification::Problem;
    if (MerkleTree::leafHash(row.bytes) != row.hash)
        return {Problem::RecordChanged, row.seq, recordChangedMessage(row.seq)};
    const QByteArray bytes = row.bytes.toByteArray();
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    const qint64 innerSeq = o.value(QStringLiteral("seq")).toInteger(-1);
    if (o.isEmpty())
        return {Problem::RecordChanged, row.seq,
                QCoreApplication::translate("AuditVerifier", "record %1 is not a valid record")
                    .arg(row.seq)};
    if (innerSeq != row.seq)
        return {Problem::Reordered, row.seq,
                QCoreApplication::translate(
                    "AuditVerifier",
                    "the row at position %1 holds record %2: rows were reordered or inserted")
                    .arg(row.seq)
                    .arg(innerSeq)};
    if (o.value(QStringLiteral("prev")).toString().toLatin1() != prevHex) {
        // This record is intact but does not link to the one before: that one was changed
        // (and re-hashed), or a row was inserted or re-chained before this one.
        const qint64 bad = row.seq > 0 ? row.seq - 1 : row.seq;
        return {Problem::RecordChanged, bad,
                QCoreApplication::translate(
                    "AuditVerifier",
                    "record %1 was changed or replaced: record %2 no longer links to it")
                    .arg(bad)
                    .arg(row.seq)};
    }
    if (CanonicalJson::serialize(o) != bytes)
        return {Problem::RecordChanged, row.seq,
                QCoreApplication::translate("AuditVerifier", "record %1 is not in canonical form")
                    .arg(row.seq)};
    return {Problem::ColumnsChanged, row.seq,
            QCoreApplication::translate(
                "AuditVerifier",
                "the browsing columns of record %1 were changed: they disagree with the record")
                .arg(row.seq)};
}

}  // namespace countersign

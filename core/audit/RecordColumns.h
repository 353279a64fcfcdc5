#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <cstring>

#include "audit/AuditBackend.h"
#include "audit/AuditVerification.h"
#include "common/CanonicalJson.h"

namespace countersign {

// A problem with one record, found by a verification.
struct RecordProblem {
    AuditVerification::Problem problem = AuditVerification::Problem::None;
    qint64 seq = -1;  // the first bad record, -1 when not about one
    QString message;
};

// The bytes of a record are {"action":A,"actor":B,"payload":{...},"prev":"H","role":R,
// "seq":N,"subject":S,"time":T} (keys sorted, canonical). The columns and the expected
// chain link and sequence number pin down everything but the payload object, so they are
// checked by comparing the bytes around the payload in place, without parsing the JSON or
// building the expected text (a million records: no allocation per record here).
class RecordColumns {
public:
    bool matches(const AuditBackend::Row& row, QByteArrayView prevHex);
    // Slow path, only on failure: why the row's bytes disagree with its columns or chain.
    static RecordProblem explainMismatch(const AuditBackend::Row& row, QByteArrayView prevHex);

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
        // (memcmp with a null pointer is undefined even for 0 bytes: an empty view may be null)
        if (b.size() - pos < text.size() ||
            (!text.isEmpty() &&
             std::memcmp(b.data() + pos, text.data(), static_cast<size_t>(text.size())) != 0))
            return false;
        pos += text.size();
        return true;
    }
    // True when the canonical JSON string of `raw` is raw in quotes (nothing to escape), which
    // is what CanonicalJson writes for such bytes.
    // Eight bytes at a time (this runs for five columns of every record): a byte below 0x20,
    // a quote or a backslash sets the high bit of its lane (the usual "has less / has zero
    // byte" tricks, exact for these values).
    static bool plain(QByteArrayView raw) {
        constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        qsizetype i = 0;
        for (; i + 8 <= raw.size(); i += 8) {
            quint64 x;
            std::memcpy(&x, raw.data() + i, 8);
            const quint64 quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\');
            const quint64 below = (x - ones * 0x20) & ~x;
            const quint64 isQuote = (quote - ones) & ~quote;
            const quint64 isBackslash = (backslash - ones) & ~backslash;
            if ((below | isQuote | isBackslash) & highs)
                return false;
        }
        for (; i < raw.size(); ++i) {
            const auto c = static_cast<unsigned char>(raw[i]);
            if (c < 0x20 || c == '"' || c == '\\')
                return false;
        }
        return true;
    }
    qsizetype canonicalLength(QByteArrayView raw) {
        if (plain(raw)) [[likely]]
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
            (!raw.isEmpty() &&  // an empty column's view may be null (see literal)
             std::memcmp(b.data() + pos + 1, raw.data(), static_cast<size_t>(raw.size())) != 0))
            return false;
        pos += raw.size() + 2;
        return true;
    }

    QByteArray m_scratch;
};

// Lowercase hex of a 32-byte hash into a fixed buffer.
void hex32(QByteArrayView hash, char (&out)[64]);

QString recordChangedMessage(qint64 seq);
// A stored tree node (kept in the row of record `holder`) that disagrees with the records.
RecordProblem storedNodeProblem(int level, qint64 index, qint64 holder);
// Record `seq` holds `bytes` bytes of tree nodes where it completes `due` nodes (32 bytes each).
RecordProblem storedNodesMissing(qint64 seq, qsizetype bytes, int due);
QString rootMismatchMessage(qint64 checkpointSize);

}  // namespace countersign

#include "audit/StoreComparison.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <vector>

#include "audit/AuditBackend.h"

namespace countersign {

namespace {

constexpr qint64 kBlock = 4096;

struct Row {
    qint64 seq = 0;
    QByteArray bytes, hash;
    QByteArray columns;  // the browsing columns as stored, each followed by a NUL
};

Result<std::unique_ptr<AuditBackend>> openCopy(const QString& path) {
    const QFileInfo info(path);
    if (info.isDir())
        return Error::badInput(QCoreApplication::translate(
                                   "StoreComparison", "%1 is a folder, not an audit store file")
                                   .arg(path),
                               path);
    if (!info.exists())
        return Error::badInput(
            QCoreApplication::translate("StoreComparison", "there is no audit store at %1")
                .arg(path),
            path);
    return AuditBackend::openReadOnly(path);
}

// The rows from <= seq < to, in sequence order.
Result<std::vector<Row>> block(const AuditBackend& sql, qint64 from, qint64 to) {
    std::vector<Row> rows;
    auto st = sql.forEachRow(from, to, [&rows](const AuditBackend::Row& r) {
        QByteArray columns;
        for (QByteArrayView v : {r.time, r.actor, r.role, r.action, r.subject})
            columns.append(v).append('\0');
        rows.push_back({r.seq, r.bytes.toByteArray(), r.hash.toByteArray(), columns});
        return true;
    });
    if (!st)
        return st.error();
    return rows;
}

// The row of `rows` with sequence number seq, or none (a record missing from the copy).
const Row* rowAt(const std::vector<Row>& rows, qint64 seq) {
    const auto it = std::lower_bound(rows.begin(), rows.end(), seq,
                                     [](const Row& r, qint64 s) { return r.seq < s; });
    return it != rows.end() && it->seq == seq ? &*it : nullptr;
}

}  // namespace

Result<StoreComparison> StoreComparison::run(const QString& pathA, const QString& pathB) {
    auto sqlA = openCopy(pathA);
    if (!sqlA)
        return sqlA.error();
    auto sqlB = openCopy(pathB);
    if (!sqlB)
        return sqlB.error();
    StoreComparison c;
    c.a.path = pathA;
    c.b.path = pathB;
    for (auto [side, sql] : {std::pair{&c.a, sqlA->get()}, std::pair{&c.b, sqlB->get()}}) {
        auto origin = sql->meta(QStringLiteral("origin"));
        if (!origin)
            return origin.error();
        side->origin = origin.value();
        side->size = sql->size();
        if (side->size < 0)
            return Error::checkFailed(
                QCoreApplication::translate("StoreComparison", "cannot read the number of records"),
                side->path);
    }
    const qint64 common = std::min(c.a.size, c.b.size);
    for (qint64 from = 0; from < common; from += kBlock) {
        const qint64 to = std::min(common, from + kBlock);
        auto rowsA = block(*sqlA.value(), from, to);
        if (!rowsA)
            return rowsA.error();
        auto rowsB = block(*sqlB.value(), from, to);
        if (!rowsB)
            return rowsB.error();
        for (qint64 seq = from; seq < to; ++seq) {
            const Row* ra = rowAt(rowsA.value(), seq);
            const Row* rb = rowAt(rowsB.value(), seq);
            if (ra && rb && ra->bytes == rb->bytes && ra->hash == rb->hash &&
                ra->columns == rb->columns)
                continue;
            c.outcome = Outcome::Diverged;
            c.firstDifferentSeq = seq;
            c.difference =
                !ra   ? QCoreApplication::translate("StoreComparison", "A holds no record there")
                : !rb ? QCoreApplication::translate("StoreComparison", "B holds no record there")
                : ra->bytes != rb->bytes
                    ? QCoreApplication::translate("StoreComparison", "the record bytes")
                : ra->hash != rb->hash
                    ? QCoreApplication::translate("StoreComparison", "the stored hash")
                    : QCoreApplication::translate("StoreComparison", "the browsing columns");
            c.a.hashAtDifference = ra ? ra->hash : QByteArray();
            c.b.hashAtDifference = rb ? rb->hash : QByteArray();
            return c;
        }
    }
    if (c.a.size != c.b.size) {
        c.outcome = Outcome::Prefix;
        c.firstDifferentSeq = common;
    }
    return c;
}

QString StoreComparison::outcomeName(Outcome o) {
    switch (o) {
        case Outcome::Identical:
            return QStringLiteral("identical");
        case Outcome::Prefix:
            return QStringLiteral("prefix");
        case Outcome::Diverged:
            return QStringLiteral("diverged");
    }
    return {};
}

QJsonObject StoreComparison::toJson() const {
    auto side = [this](const Side& s) {
        QJsonObject o{{QStringLiteral("path"), s.path},
                      {QStringLiteral("origin"), s.origin},
                      {QStringLiteral("size"), s.size}};
        if (outcome == Outcome::Diverged)
            o.insert(QStringLiteral("hash_at_difference"),
                     s.hashAtDifference.isEmpty()
                         ? QJsonValue()
                         : QJsonValue(QString::fromLatin1(s.hashAtDifference.toHex())));
        return o;
    };
    QJsonObject o{{QStringLiteral("outcome"), outcomeName(outcome)},
                  {QStringLiteral("a"), side(a)},
                  {QStringLiteral("b"), side(b)},
                  {QStringLiteral("same_log"), a.origin == b.origin}};
    if (outcome == Outcome::Prefix)
        o.insert(QStringLiteral("prefix"), aIsPrefix() ? QStringLiteral("a") : QStringLiteral("b"));
    if (firstDifferentSeq >= 0)
        o.insert(QStringLiteral("first_different_seq"), firstDifferentSeq);
    if (!difference.isEmpty())
        o.insert(QStringLiteral("difference"), difference);
    return o;
}

}  // namespace countersign

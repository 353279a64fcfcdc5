#include "audit/AuditSql.h"

#include <sqlite3.h>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>
#include <atomic>
#include <map>
#include <optional>

#include "audit/SqliteStatement.h"
#include "common/CanonicalJson.h"
#include "common/WholeNumber.h"

namespace countersign {

namespace {

QString isoTime(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// SQLite's own words, with what we were doing, as an Error. Damage is a failed check.
Error sqlError(const QSqlError& e, const QString& what, const QString& path) {
    const QString text = e.text();
    // SQLITE_CORRUPT, SQLITE_NOTADB and SQLITE_FORMAT: the file's bytes, not our use of it.
    const bool damaged =
        text.contains(QLatin1String("malformed"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("not a database"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("corrupt"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("unsupported file format"), Qt::CaseInsensitive);
    const QString message =
        damaged ? QCoreApplication::translate("AuditStore", "the store file is damaged: %2 (%1)")
                      .arg(what, text)
                : QCoreApplication::translate("AuditStore", "audit store: %1 failed: %2")
                      .arg(what, text);
    return damaged ? Error::checkFailed(message, path) : Error::internal(message, path);
}

const char* const kSchema[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE records(seq INTEGER PRIMARY KEY, time TEXT NOT NULL, actor TEXT NOT NULL, role "
    "TEXT NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL, bytes BLOB NOT NULL, hash BLOB "
    "NOT NULL, nodes BLOB NOT NULL)",
    "CREATE TABLE checkpoints(size INTEGER PRIMARY KEY, root BLOB NOT NULL, note TEXT NOT NULL, "
    "time TEXT NOT NULL)",
};
const char* const kTables[] = {"meta", "records", "checkpoints"};

// The append-only guards: UPDATE and DELETE on every table abort.
QStringList triggerStatements() {
    QStringList out;
    for (const char* t : kTables)
        for (const char* op : {"UPDATE", "DELETE"})
            out << QStringLiteral(
                       "CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 BEGIN SELECT "
                       "RAISE(ABORT, 'the audit store is append-only'); END")
                       .arg(QLatin1String(t), QString(QLatin1String(op)).toLower(),
                            QLatin1String(op));
    return out;
}

// What sqlite_master holds for a store this class created: each table's and trigger's
// statement as written, and meta's primary-key index (which has no statement).
std::map<QString, QString> expectedSchemaObjects() {
    std::map<QString, QString> out;
    for (const char* sql : kSchema) {
        const QString statement = QLatin1String(sql);
        out.emplace(QStringLiteral("table ") +
                        statement.section(QLatin1Char(' '), 2, 2).section(QLatin1Char('('), 0, 0),
                    statement);
    }
    for (const QString& statement : triggerStatements())
        out.emplace(QStringLiteral("trigger ") + statement.section(QLatin1Char(' '), 2, 2),
                    statement);
    out.emplace(QStringLiteral("index sqlite_autoindex_meta_1"), QString());
    return out;
}

// Appends a leaf to the tree's right edge; returns the perfect subtrees it completes, levels
// 1, 2, ... concatenated, as the record's `nodes` column holds them.
QByteArray appendLeaf(CompactRange& tree, QByteArrayView leaf) {
    QByteArray nodes;
    tree.append(TreeHash::copy(leaf),
                [&nodes](int, qint64, const Hash32& hash) { nodes += TreeHash::view(hash); });
    return nodes;
}

void bindFilter(const AuditFilter& f, QString& where, QVariantList& values) {
    // A row outside the tree (a negative sequence number inserted by hand) is in no proof:
    // listings, exports and the workflow's readers never return it (verify reports it).
    QStringList c{QStringLiteral("seq >= 0")};
    if (!f.actor.isEmpty())
        c << QStringLiteral("actor = ?"), values << f.actor;
    if (!f.role.isEmpty())
        c << QStringLiteral("role = ?"), values << f.role;
    if (!f.actionPrefix.isEmpty()) {
        QString escaped = f.actionPrefix;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        c << QStringLiteral("(action = ? OR action LIKE ? ESCAPE '\\')");
        values << f.actionPrefix << QString(escaped + QStringLiteral(".%"));
    }
    if (!f.subject.isEmpty())
        c << QStringLiteral("subject = ?"), values << f.subject;
    if (f.from.isValid())
        c << QStringLiteral("time >= ?"), values << isoTime(f.from);
    if (f.to.isValid())
        c << QStringLiteral("time <= ?"), values << isoTime(f.to);
    if (f.afterSeq >= 0)
        c << QStringLiteral("seq > ?"), values << f.afterSeq;
    if (!f.text.isEmpty())
        c << QStringLiteral("instr(lower(CAST(bytes AS TEXT)), lower(?)) > 0"), values << f.text;
    where = QStringLiteral(" WHERE ") + c.join(QStringLiteral(" AND "));
}

QByteArray csvField(const QString& s) {
    QByteArray b = s.toUtf8();
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r')) {
        b.replace("\"", "\"\"");
        b = '"' + b + '"';
    }
    return b;
}

// The raw handle of Qt's QSQLITE driver: the scans of a million rows and the appends then
// cost no QVariant or UTF-16 conversions.
sqlite3* rawHandle(const QSqlDatabase& connection) {
    const QVariant handle = connection.driver()->handle();
    if (handle.isValid() && QByteArrayView(handle.typeName()) == QByteArrayView("sqlite3*"))
        return *static_cast<sqlite3* const*>(handle.constData());
    return nullptr;
}

}  // namespace

struct AuditSql::Impl {
    QString path;
    QString name;
    std::optional<QSqlQuery> nodeQuery;
    // Kept between appends (a durable append is one short transaction; parsing its SQL and
    // reading the tree's right edge again each time cost more than its own work).
    SqliteStatement beginAppend, tip, insertRecord, commitAppend;
    // The right edge of the tree after this connection's last append, valid while the tip
    // is still that append's last record (no other writer came in between).
    std::optional<CompactRange> edge;
    QByteArray edgeTip;
    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {},
                           bool forwardOnly = true) const {
        QSqlQuery q(db());
        q.setForwardOnly(forwardOnly);
        if (!q.prepare(sql))
            return sqlError(q.lastError(), sql.section(QLatin1Char(' '), 0, 2), path);
        for (const QVariant& v : values) q.addBindValue(v);
        if (!q.exec())
            return sqlError(q.lastError(), sql.section(QLatin1Char(' '), 0, 2), path);
        return q;
    }
    Status execPlain(const char* sql) const {
        QSqlQuery q(db());
        if (!q.exec(QLatin1String(sql)))
            return sqlError(q.lastError(), QLatin1String(sql), path);
        return ok();
    }
    void rollback() const { QSqlQuery(db()).exec(QStringLiteral("ROLLBACK")); }
    // The connection's own SQLite handle, or why there is none.
    Result<sqlite3*> handle() const {
        if (sqlite3* h = rawHandle(db()))
            return h;
        return Error::internal(
            QCoreApplication::translate("AuditStore", "the SQLite driver gives no database handle"),
            path);
    }
};

// SQLite's last message on the handle, as an Error about `what` (in the file `about`).
static Error sqliteError(sqlite3* db, const QString& what, const QString& about) {
    return sqlError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db))), what, about);
}

AuditSql::AuditSql() : d(std::make_unique<Impl>()) {}

AuditSql::~AuditSql() {
    d->nodeQuery.reset();
    for (SqliteStatement* st : {&d->beginAppend, &d->tip, &d->insertRecord, &d->commitAppend})
        st->finalize();
    const QString name = d->name;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<AuditSql>> AuditSql::open(const QString& path) {
    static std::atomic<quint64> counter{0};
    std::unique_ptr<AuditSql> s(new AuditSql);
    s->d->path = path;
    s->d->name = QStringLiteral("countersign-audit-%1").arg(counter.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), s->d->name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
        if (!db.open())
            return sqlError(db.lastError(), QCoreApplication::translate("AuditStore", "opening"),
                            path);
    }
    auto mode = s->d->exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode)
        return mode.error();
    if (!mode->next() ||
        mode->value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error::internal(QCoreApplication::translate(
                                   "AuditStore", "the audit store could not switch to WAL mode"),
                               path);
    // synchronous does not persist: set on every connection.
    if (auto st = s->d->execPlain("PRAGMA synchronous=FULL"); !st)
        return st.error();
    return s;
}

Result<std::unique_ptr<AuditSql>> AuditSql::openReadOnly(const QString& path) {
    static std::atomic<quint64> counter{0};
    std::unique_ptr<AuditSql> s(new AuditSql);
    s->d->path = path;
    s->d->name = QStringLiteral("countersign-audit-ro-%1").arg(counter.fetch_add(1));
    const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), s->d->name);
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
            (hasWal ? QStringLiteral("?mode=ro") : QStringLiteral("?immutable=1")));
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=15000"));
        if (!db.open())
            return sqlError(db.lastError(), QCoreApplication::translate("AuditStore", "opening"),
                            path);
    }
    auto tables = s->d->exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return tables.error();
    if (!tables->next() || tables->value(0).toLongLong() == 0)
        return Error::badInput(
            QCoreApplication::translate("AuditStore", "%1 is not an audit store").arg(path), path);
    if (auto st = s->ensureSchema(false); !st)
        return st.error();
    return s;
}

Status AuditSql::ensureSchema(bool quickCheck) {
    auto tables = d->exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return tables.error();
    tables->next();
    if (tables->value(0).toLongLong() == 0) {
        if (auto s = d->execPlain("BEGIN IMMEDIATE"); !s)
            return s;
        auto again = d->exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!again)
            return d->rollback(), again.error();
        again->next();
        if (again->value(0).toLongLong() == 0) {
            for (const char* sql : kSchema)
                if (auto s = d->execPlain(sql); !s)
                    return d->rollback(), s;
            for (const QString& sql : triggerStatements())
                if (auto q = d->exec(sql); !q)
                    return d->rollback(), q.error();
            for (const QString& pragma :
                 {QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId),
                  QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion)})
                if (auto q = d->exec(pragma); !q)
                    return d->rollback(), q.error();
        }
        if (auto s = d->execPlain("COMMIT"); !s)
            return d->rollback(), s;
    }
    auto app = d->exec(QStringLiteral("PRAGMA application_id"));
    if (!app)
        return app.error();
    app->next();
    // A header field changed is damage to the store file (exit 1): the application_id and
    // user_version live in the file's first 100 bytes, beside SQLite's own fields.
    if (app->value(0).toInt() != kApplicationId)
        return Error::checkFailed(
            QCoreApplication::translate("AuditStore",
                                        "the store file is damaged: its header's application_id "
                                        "is %1, not %2 (\"CSAT\"): not a Countersign audit store, "
                                        "or its header was overwritten")
                .arg(app->value(0).toInt())
                .arg(kApplicationId),
            d->path);
    auto version = schemaVersion();
    if (!version)
        return version.error();
    if (version.value() != kSchemaVersion) {
        // Exactly this schema's tables, triggers and indexes under another number: the header
        // field was changed, not the store written by another Countersign.
        auto changes = schemaChanges();
        if (changes && changes->isEmpty())
            return Error::checkFailed(
                QCoreApplication::translate("AuditStore",
                                            "the store file is damaged: its header's user_version "
                                            "(the schema) is %1, but it holds exactly the tables "
                                            "of schema %2")
                    .arg(version.value())
                    .arg(kSchemaVersion),
                d->path);
    }
    if (version.value() == 1)
        return Error::badInput(
            QCoreApplication::translate(
                "AuditStore",
                "the audit store was written by an earlier Countersign (schema 1); convert it "
                "with: countersign-cli --store %1 audit migrate (records, hashes and signed "
                "checkpoints stay the same)")
                .arg(d->path),
            d->path);
    if (version.value() <= 0 || version.value() > kSchemaVersion + 1000)
        return Error::checkFailed(
            QCoreApplication::translate("AuditStore",
                                        "the store file is damaged: its header's user_version "
                                        "(the schema) is %1, which no Countersign writes")
                .arg(version.value()),
            d->path);
    if (version.value() != kSchemaVersion)
        return Error::badInput(
            QCoreApplication::translate("AuditStore",
                                        "the audit store has schema %1, which this Countersign "
                                        "does not know (it reads schema %2)")
                .arg(version.value())
                .arg(kSchemaVersion),
            d->path);
    return quickCheck ? this->quickCheck() : ok();
}

Status AuditSql::quickCheck() const {
    auto check = d->exec(QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return check.error();
    QStringList problems;
    while (check->next()) problems << check->value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")})
        return Error::checkFailed(
            QCoreApplication::translate("AuditStore", "the store file is damaged: %1")
                .arg(problems.join(QStringLiteral("; "))),
            d->path);
    return ok();
}

Result<int> AuditSql::schemaVersion() const {
    auto version = d->exec(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    version->next();
    if (const int v = version->value(0).toInt(); v != 0)
        return v;
    auto legacy = d->exec(QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'nodes'"));
    if (!legacy)
        return legacy.error();
    legacy->next();
    return legacy->value(0).toLongLong() > 0 ? 1 : 0;
}

Status AuditSql::takeExclusive() {
    const Error inUse = Error::badInput(
        QCoreApplication::translate("AuditStore",
                                    "the audit store is open in another process: close the "
                                    "console (and any countersign-cli using it) and try again"),
        d->path);
    for (const char* sql : {"PRAGMA busy_timeout=2000", "PRAGMA locking_mode=EXCLUSIVE"})
        if (auto s = d->execPlain(sql); !s)
            return s;
    // Leaving WAL mode needs the only connection: it fails while another one is open.
    {
        auto mode = d->exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
        if (!mode || !mode->next() ||
            mode->value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
            return inUse;
    }  // the statement done: a COMMIT is refused while one is in progress
    if (auto s = d->execPlain("BEGIN EXCLUSIVE"); !s)
        return inUse;
    return d->execPlain("COMMIT");
}

Status AuditSql::copySchema1Into(const QString& targetPath) {
    auto handle = d->handle();
    if (!handle)
        return handle.error();
    sqlite3* db = handle.value();
    const QString copying = QCoreApplication::translate("AuditStore", "copying the store");
    auto copyError = [&] { return sqliteError(db, copying, targetPath); };
    // ATTACH is refused inside a transaction: attach, copy in one transaction, detach.
    {
        SqliteStatement attach;
        sqlite3_stmt* st = attach.get(db, "ATTACH DATABASE ? AS fresh");
        if (!st || SqliteStatement::bindText(st, 1, targetPath.toUtf8()) != SQLITE_OK ||
            sqlite3_step(st) != SQLITE_DONE)
            return copyError();
    }
    auto copy = [&]() -> Status {
        for (const char* sql :
             {"BEGIN IMMEDIATE", "INSERT INTO fresh.meta SELECT key, value FROM main.meta",
              "INSERT INTO fresh.checkpoints SELECT size, root, note, time FROM main.checkpoints"})
            if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
                return copyError();
        SqliteStatement select, insert;
        sqlite3_stmt* from = select.get(db,
                                        "SELECT seq, time, actor, role, action, subject, bytes, "
                                        "hash FROM main.records ORDER BY seq");
        sqlite3_stmt* into =
            insert.get(db,
                       "INSERT INTO fresh.records(seq, time, actor, role, action, subject, "
                       "bytes, hash, nodes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!from || !into)
            return copyError();
        CompactRange tree;
        int rc = SQLITE_ROW;
        for (qint64 expected = 0; (rc = sqlite3_step(from)) == SQLITE_ROW; ++expected) {
            const qint64 seq = sqlite3_column_int64(from, 0);
            if (seq != expected)
                return Error::checkFailed(
                    QCoreApplication::translate("AuditStore", "record %1 is missing").arg(expected),
                    d->path);
            const QByteArray hash(static_cast<const char*>(sqlite3_column_blob(from, 7)),
                                  sqlite3_column_bytes(from, 7));
            const QByteArray nodes = appendLeaf(tree, hash);
            sqlite3_reset(into);
            // Each value as stored: its type and bytes, never re-encoded.
            for (int i = 0; i < 8; ++i)
                if (sqlite3_bind_value(into, i + 1, sqlite3_column_value(from, i)) != SQLITE_OK)
                    return copyError();
            if (SqliteStatement::bindBlob(into, 9, nodes) != SQLITE_OK ||
                sqlite3_step(into) != SQLITE_DONE)
                return copyError();
        }
        if (rc != SQLITE_DONE)
            return sqliteError(db, QCoreApplication::translate("AuditStore", "reading the records"),
                               d->path);
        select.finalize();
        insert.finalize();
        if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            return copyError();
        return ok();
    };
    const Status copied = copy();
    if (!copied)
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_exec(db, "DETACH DATABASE fresh", nullptr, nullptr, nullptr);
    return copied;
}

Result<QString> AuditSql::meta(const QString& key) const {
    auto q = d->exec(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Status AuditSql::initMeta(const QString& origin, const QString& vkey) {
    for (const auto& [k, v] :
         {std::pair{QStringLiteral("origin"), origin}, std::pair{QStringLiteral("vkey"), vkey},
          std::pair{QStringLiteral("schema"), QStringLiteral("countersign.audit/v1")}})
        if (auto q = d->exec(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)"),
                             {k, v});
            !q)
            return q.error();
    return ok();
}

// CanonicalJson::serialize of the object {action, actor, payload, prev, role, seq, subject,
// time}, written in its (sorted) key order without building the object: an append's hot path.
// TestAuditStore checks the two agree.
QByteArray AuditSql::recordBytes(qint64 seq, const QString& time, const AuditEntry& e,
                                 const QByteArray& prevHash) {
    QByteArray out;
    out.reserve(256);
    out += "{\"action\":";
    CanonicalJson::appendString(out, e.action.toUtf8());
    out += ",\"actor\":";
    CanonicalJson::appendString(out, e.actor.toUtf8());
    out += ",\"payload\":";
    out += CanonicalJson::serialize(e.payload);
    out += ",\"prev\":\"";
    out += prevHash.toHex();
    out += "\",\"role\":";
    CanonicalJson::appendString(out, e.role.toUtf8());
    out += ",\"seq\":";
    out += QByteArray::number(seq);
    out += ",\"subject\":";
    CanonicalJson::appendString(out, e.subject.toUtf8());
    out += ",\"time\":";
    CanonicalJson::appendString(out, time.toUtf8());
    out += '}';
    return out;
}

Result<AuditRecord> AuditSql::parseRecord(const QByteArray& bytes, const QByteArray& hash) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error::checkFailed(QCoreApplication::translate(
            "AuditStore", "a stored audit record is not a JSON object"));
    const QJsonObject o = doc.object();
    AuditRecord r;
    r.seq = wholeNumber(o.value(QStringLiteral("seq")).toDouble(-1)).value_or(-1);
    r.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    r.actor = o.value(QStringLiteral("actor")).toString();
    r.role = o.value(QStringLiteral("role")).toString();
    r.action = o.value(QStringLiteral("action")).toString();
    r.subject = o.value(QStringLiteral("subject")).toString();
    r.payload = o.value(QStringLiteral("payload")).toObject();
    r.prevHash = QByteArray::fromHex(o.value(QStringLiteral("prev")).toString().toLatin1());
    r.hash = hash;
    r.bytes = bytes;
    return r;
}

Result<qint64> AuditSql::appendBatch(const std::function<bool(AuditEntry&)>& next,
                                     const Clock& clock, AuditRecord* last) {
    auto handle = d->handle();
    if (!handle)
        return handle.error();
    sqlite3* db = handle.value();
    auto appendError = [&](const QString& what) { return sqliteError(db, what, d->path); };
    sqlite3_stmt* begin = d->beginAppend.get(db, "BEGIN IMMEDIATE");
    if (!begin || sqlite3_step(begin) != SQLITE_DONE)
        return appendError(QCoreApplication::translate("AuditStore", "starting an append"));
    auto fail = [this](const Error& e) -> Result<qint64> {
        d->edge.reset();
        d->rollback();
        return e;
    };
    // The tip, read inside the write transaction.
    // The latest checkpoint's time too: a record is never stamped before the checkpoint that
    // precedes it, so verification can bound every checkpoint's time by its records'.
    sqlite3_stmt* tip = d->tip.get(
        db,
        "SELECT seq, hash, max(time, coalesce((SELECT time FROM checkpoints ORDER BY size DESC "
        "LIMIT 1), '')) FROM records ORDER BY seq DESC LIMIT 1");
    const int tipStep = tip ? sqlite3_step(tip) : SQLITE_ERROR;
    if (tipStep != SQLITE_ROW && tipStep != SQLITE_DONE)
        return fail(
            appendError(QCoreApplication::translate("AuditStore", "reading the last record")));
    qint64 n = 0;
    QByteArray prev(32, '\0');
    QDateTime lastTime;  // the last record's: time never goes backwards
    if (tipStep == SQLITE_ROW) {
        n = sqlite3_column_int64(tip, 0) + 1;
        prev = QByteArray(static_cast<const char*>(sqlite3_column_blob(tip, 1)),
                          sqlite3_column_bytes(tip, 1));
        lastTime = QDateTime::fromString(
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(tip, 2)),
                              sqlite3_column_bytes(tip, 2)),
            Qt::ISODateWithMs);
    }
    d->tip.reset();
    // The right edge of the tree of n leaves: its perfect subtrees, largest first.
    CompactRange tree;
    if (d->edge && d->edge->size() == n && prev == d->edgeTip) {
        tree = *d->edge;
    } else {
        for (int level = 62; level >= 0; --level) {
            if (!(n & (qint64(1) << level)))
                continue;
            auto h = storedNode(level, tree.size() >> level);
            if (!h)
                return fail(h.error());
            tree.appendSubtree(level, TreeHash::copy(h.value()));
        }
    }
    qint64 appended = 0;
    AuditEntry e, lastEntry;
    QDateTime time;
    QByteArray bytes, leaf, prevOfLast;
    while (next(e)) {
        time = clock.now().toUTC();
        const QString timeText = isoTime(time);
        if (lastTime.isValid() && time < lastTime)
            return fail(Error::checkFailed(
                QCoreApplication::translate(
                    "AuditStore",
                    "the clock went back: %1 is earlier than %2, the time of the last record "
                    "(%3) or of the checkpoint signed after it; the audit store's times never go "
                    "backwards")
                    .arg(timeText, isoTime(lastTime))
                    .arg(n - 1),
                d->path));
        lastTime = time;
        bytes = recordBytes(n, timeText, e, prev);
        leaf = MerkleTree::leafHash(bytes);
        const QByteArray nodes = appendLeaf(tree, leaf);
        sqlite3_stmt* ins = d->insertRecord.get(
            db,
            "INSERT INTO records(seq, time, actor, role, action, subject, bytes, hash, nodes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!ins || sqlite3_bind_int64(ins, 1, n) != SQLITE_OK ||
            SqliteStatement::bindText(ins, 2, timeText.toUtf8()) != SQLITE_OK ||
            SqliteStatement::bindText(ins, 3, e.actor.toUtf8()) != SQLITE_OK ||
            SqliteStatement::bindText(ins, 4, e.role.toUtf8()) != SQLITE_OK ||
            SqliteStatement::bindText(ins, 5, e.action.toUtf8()) != SQLITE_OK ||
            SqliteStatement::bindText(ins, 6, e.subject.toUtf8()) != SQLITE_OK ||
            SqliteStatement::bindBlob(ins, 7, bytes) != SQLITE_OK ||
            SqliteStatement::bindBlob(ins, 8, leaf) != SQLITE_OK ||
            SqliteStatement::bindBlob(ins, 9, nodes) != SQLITE_OK ||
            sqlite3_step(ins) != SQLITE_DONE)
            return fail(
                appendError(QCoreApplication::translate("AuditStore", "appending a record")));
        if (last)
            lastEntry = e;
        prevOfLast = prev;
        prev = leaf;
        ++n;
        ++appended;
    }
    sqlite3_stmt* commit = d->commitAppend.get(db, "COMMIT");
    if (!commit || sqlite3_step(commit) != SQLITE_DONE)
        return fail(appendError(QCoreApplication::translate("AuditStore", "committing an append")));
    d->edge = tree;
    d->edgeTip = prev;
    if (last && appended > 0)  // the record as parseRecord() would read it back
        *last = AuditRecord{n - 1,
                            time,
                            lastEntry.actor,
                            lastEntry.role,
                            lastEntry.action,
                            lastEntry.subject,
                            lastEntry.payload,
                            prevOfLast,
                            leaf,
                            bytes};
    return appended;
}

qint64 AuditSql::size() const {
    auto q = d->exec(QStringLiteral("SELECT max(seq) FROM records"));
    if (!q || !q->next())
        return -1;
    return q->value(0).isNull() ? 0 : q->value(0).toLongLong() + 1;
}

Result<QStringList> AuditSql::schemaChanges() const {
    auto q = d->exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master"));
    if (!q)
        return q.error();
    std::map<QString, QString> expected = expectedSchemaObjects();
    QStringList changes;
    while (q->next()) {
        const QString object = q->value(0).toString() + QLatin1Char(' ') + q->value(1).toString();
        const auto it = expected.find(object);
        if (it == expected.end())
            changes << QCoreApplication::translate("AuditStore", "%1 was added").arg(object);
        else if (it->second != q->value(2).toString())
            changes << QCoreApplication::translate("AuditStore", "%1 was changed").arg(object);
        if (it != expected.end())
            expected.erase(it);
    }
    for (const auto& [object, statement] : expected)
        changes << QCoreApplication::translate("AuditStore", "%1 was removed").arg(object);
    return changes;
}

Result<AuditSql::RowShape> AuditSql::rowShape(qint64 treeSize) const {
    RowShape shape;
    auto records = d->exec(QStringLiteral("SELECT count(*) FROM records"));
    if (!records || !records->next())
        return records ? Error::internal(QStringLiteral("count(*) gave no row"), d->path)
                       : records.error();
    shape.recordRows = records->value(0).toLongLong();
    auto stray = d->exec(
        QStringLiteral("SELECT seq FROM records WHERE seq < 0 OR seq >= ? ORDER BY seq LIMIT 1"),
        {treeSize});
    if (!stray)
        return stray.error();
    if (stray->next())
        shape.firstStraySeq = stray->value(0).toLongLong();
    auto meta = d->exec(QStringLiteral("SELECT key FROM meta ORDER BY key"));
    if (!meta)
        return meta.error();
    while (meta->next()) shape.metaKeys << meta->value(0).toString();
    return shape;
}

qint64 AuditSql::dataVersion() const {
    auto q = d->exec(QStringLiteral("PRAGMA data_version"));
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

Result<AuditRecord> AuditSql::record(qint64 seq) const {
    auto q = d->exec(QStringLiteral("SELECT bytes, hash FROM records WHERE seq = ?"), {seq});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::badInput(
            QCoreApplication::translate("AuditStore", "there is no audit record %1").arg(seq),
            d->path);
    return parseRecord(q->value(0).toByteArray(), q->value(1).toByteArray());
}

Result<QList<AuditRecord>> AuditSql::records(const AuditFilter& filter, qint64 offset,
                                             qint64 limit) const {
    QString where;
    QVariantList values;
    bindFilter(filter, where, values);
    values << (limit < 0 ? qint64(-1) : limit) << qMax<qint64>(0, offset);
    auto q =
        d->exec(QStringLiteral("SELECT bytes, hash FROM records%1 ORDER BY seq LIMIT ? OFFSET ?")
                    .arg(where),
                values);
    if (!q)
        return q.error();
    QList<AuditRecord> out;
    while (q->next()) {
        auto r = parseRecord(q->value(0).toByteArray(), q->value(1).toByteArray());
        if (!r)
            return r.error();
        out.append(std::move(r).value());
    }
    return out;
}

Result<qint64> AuditSql::count(const AuditFilter& filter) const {
    QString where;
    QVariantList values;
    bindFilter(filter, where, values);
    auto q = d->exec(QStringLiteral("SELECT count(*) FROM records%1").arg(where), values);
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<qint64> AuditSql::exportRecords(const AuditFilter& filter, bool csv, QIODevice& out) const {
    QString where;
    QVariantList values;
    bindFilter(filter, where, values);
    auto q = d->exec(QStringLiteral("SELECT bytes, hash FROM records%1 ORDER BY seq").arg(where),
                     values);
    if (!q)
        return q.error();
    if (csv)
        out.write("seq,time,actor,role,action,subject,hash,payload\n");
    qint64 n = 0;
    while (q->next()) {
        const QByteArray bytes = q->value(0).toByteArray();
        if (!csv) {
            out.write(bytes);
            out.write("\n");
        } else {
            auto r = parseRecord(bytes, q->value(1).toByteArray());
            if (!r)
                return r.error();
            QByteArray line =
                QByteArray::number(r->seq) + ',' + csvField(isoTime(r->time)) + ',' +
                csvField(r->actor) + ',' + csvField(r->role) + ',' + csvField(r->action) + ',' +
                csvField(r->subject) + ',' + r->hash.toHex() + ',' +
                csvField(QString::fromUtf8(CanonicalJson::serialize(r->payload))) + '\n';
            out.write(line);
        }
        ++n;
    }
    return n;
}

Result<QString> AuditSql::latestCheckpointNote() const {
    auto q = d->exec(QStringLiteral("SELECT note FROM checkpoints ORDER BY size DESC LIMIT 1"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<QList<AuditSql::CheckpointRow>> AuditSql::checkpointRows() const {
    auto q =
        d->exec(QStringLiteral("SELECT size, root, note, time FROM checkpoints ORDER BY size"));
    if (!q)
        return q.error();
    QList<CheckpointRow> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toByteArray(), q->value(2).toString(),
                    q->value(3).toString()});
    return out;
}

Result<QString> AuditSql::recordTime(qint64 seq) const {
    auto q = d->exec(QStringLiteral("SELECT time FROM records WHERE seq = ?"), {seq});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<Checkpoint> AuditSql::signCheckpoint(
    const QString& origin, const NoteVerifier& verifier,
    const std::function<Result<QString>(const QString&)>& sign, const Clock& clock) {
    if (auto s = d->execPlain("BEGIN IMMEDIATE"); !s)
        return s.error();
    const QDateTime now = clock.now().toUTC();
    auto fail = [this](const Error& e) -> Result<Checkpoint> {
        d->rollback();
        return e;
    };
    const qint64 n = size();
    if (n < 0)
        return fail(Error::internal(
            QCoreApplication::translate("AuditStore", "cannot read the audit store's size"),
            d->path));
    if (n > 0) {
        auto lastTime = recordTime(n - 1);
        if (!lastTime)
            return fail(lastTime.error());
        if (isoTime(now) < lastTime.value())
            return fail(Error::checkFailed(
                QCoreApplication::translate(
                    "AuditStore",
                    "refusing to sign: the clock went back: %1 is earlier than %2, the time of "
                    "the last record (%3); the audit store's times never go backwards")
                    .arg(isoTime(now), lastTime.value())
                    .arg(n - 1),
                d->path));
    }
    auto prevNote = latestCheckpointNote();
    if (!prevNote)
        return fail(prevNote.error());
    auto root = rootHash(n);
    if (!root)
        return fail(root.error());
    if (!prevNote->isEmpty()) {
        auto prev = Checkpoint::fromSignedNote(prevNote.value(), verifier);
        if (!prev)
            return fail(Error::checkFailed(
                QCoreApplication::translate(
                    "AuditStore", "refusing to sign: the previous checkpoint does not verify: %1")
                    .arg(prev.error().message),
                d->path));
        if (prev->size == n) {
            d->rollback();
            return prev;
        }
        if (prev->size > n)
            return fail(Error::checkFailed(
                QCoreApplication::translate("AuditStore",
                                            "refusing to sign: the store has %1 records, fewer "
                                            "than its last checkpoint (%2)")
                    .arg(n)
                    .arg(prev->size),
                d->path));
        auto proof = MerkleTree::consistencyProof(prev->size, n, hashSource());
        if (!proof)
            return fail(proof.error());
        if (!MerkleTree::verifyConsistency(prev->size, n, prev->rootHash, root.value(),
                                           proof.value()))
            return fail(Error::checkFailed(
                QCoreApplication::translate("AuditStore",
                                            "refusing to sign: the tree is not consistent with the "
                                            "checkpoint of %1 records")
                    .arg(prev->size),
                d->path));
    }
    Checkpoint cp;
    cp.origin = origin;
    cp.size = n;
    cp.rootHash = root.value();
    auto note = sign(cp.body());
    if (!note)
        return fail(note.error());
    cp.signedNote = note.value();
    auto ins = d->exec(
        QStringLiteral("INSERT INTO checkpoints(size, root, note, time) VALUES (?, ?, ?, ?)"),
        {n, cp.rootHash, cp.signedNote, isoTime(now)});
    if (!ins)
        return fail(ins.error());
    if (auto s = d->execPlain("COMMIT"); !s)
        return fail(s.error());
    return cp;
}

Result<QByteArray> AuditSql::storedNode(int level, qint64 index) const {
    auto missing = [&] {
        return Error::checkFailed(
            QCoreApplication::translate("AuditStore",
                                        "Merkle tree node (level %1, index %2) is missing")
                .arg(level)
                .arg(index),
            d->path);
    };
    // Kept with the last leaf under it (level 0: the record's own hash).
    if (level < 0 || level > 62 || index < 0 || index >= (qint64(1) << (62 - level)))
        return missing();
    const qint64 holder = ((index + 1) << level) - 1;
    if (!d->nodeQuery) {
        d->nodeQuery.emplace(d->db());
        d->nodeQuery->prepare(QStringLiteral("SELECT hash, nodes FROM records WHERE seq = ?"));
    }
    QSqlQuery& q = *d->nodeQuery;
    q.addBindValue(holder);
    if (!q.exec())
        return sqlError(q.lastError(),
                        QCoreApplication::translate("AuditStore", "reading the Merkle tree"),
                        d->path);
    QByteArray h;
    if (q.next())
        h = level == 0 ? q.value(0).toByteArray()
                       : q.value(1).toByteArray().mid((level - 1) * 32, 32);
    q.finish();
    if (h.size() != 32)
        return missing();
    return h;
}

MerkleTree::HashSource AuditSql::hashSource() const {
    return [this](int level, qint64 index) {
        auto h = storedNode(level, index);
        return h ? h.value() : QByteArray();
    };
}

Result<QByteArray> AuditSql::rootHash(qint64 treeSize) const {
    return MerkleTree::rootHash(treeSize, hashSource());
}

Status AuditSql::forEachRow(qint64 from, qint64 to,
                            const std::function<bool(const Row&)>& rowFn) const {
    auto handle = d->handle();
    if (!handle)
        return handle.error();
    sqlite3* db = handle.value();
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT seq, time, actor, role, action, subject, bytes, hash, nodes "
                           "FROM records WHERE seq >= ? AND seq < ? ORDER BY seq",
                           -1, &st, nullptr) != SQLITE_OK ||
        sqlite3_bind_int64(st, 1, from) != SQLITE_OK ||
        sqlite3_bind_int64(st, 2, to) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(st);
        return sqlError(QSqlError(QString(), message),
                        QCoreApplication::translate("AuditStore", "reading the records"), d->path);
    }
    // One column call per value (sqlite3_column_blob and _bytes each take the connection's
    // mutex; the value functions do not): nine columns of a million rows.
    auto column = [st](int i) {
        sqlite3_value* v = sqlite3_column_value(st, i);
        const auto* p = static_cast<const char*>(sqlite3_value_blob(v));
        return QByteArrayView(p, sqlite3_value_bytes(v));
    };
    Row row;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        row.seq = sqlite3_column_int64(st, 0);
        row.time = column(1);
        row.actor = column(2);
        row.role = column(3);
        row.action = column(4);
        row.subject = column(5);
        row.bytes = column(6);
        row.hash = column(7);
        row.nodes = column(8);
        if (!rowFn(row)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return sqlError(QSqlError(QString(), message),
                        QCoreApplication::translate("AuditStore", "reading the records"), d->path);
    return ok();
}

}  // namespace countersign

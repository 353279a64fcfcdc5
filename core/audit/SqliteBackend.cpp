#include "audit/SqliteBackend.h"

#include <sqlite3.h>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <map>
#include <optional>
#include <variant>

#include "audit/SqliteStatement.h"
#include "common/CanonicalJson.h"

namespace countersign {

namespace {

QString isoTime(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// SQLite's last error on the connection, with what we were doing, as an Error. The result code
// decides the kind: damage to the file's bytes is a failed check, the rest our own failure.
Error sqliteError(sqlite3* db, const QString& what, const QString& path) {
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_NOMEM;
    const QString text = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    const int primary = code & 0xff;
    const bool damaged =
        primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_FORMAT;
    const QString message =
        damaged ? QCoreApplication::translate("AuditStore", "the store file is damaged: %2 (%1)")
                      .arg(what, text)
                : QCoreApplication::translate("AuditStore", "audit store: %1 failed: %2")
                      .arg(what, text);
    return damaged ? Error::checkFailed(message, path) : Error::internal(message, path);
}

// A value bound to a statement's parameter: an integer, UTF-8 text or a blob.
using SqlValue = std::variant<qint64, QString, QByteArray>;

int bindValue(sqlite3_stmt* st, int index, const SqlValue& value) {
    if (const auto* i = std::get_if<qint64>(&value))
        return sqlite3_bind_int64(st, index, *i);
    if (const auto* s = std::get_if<QString>(&value))
        return SqliteStatement::bindText(st, index, s->toUtf8());
    return SqliteStatement::bindBlob(st, index, std::get<QByteArray>(value));
}

// A column's value (the pointer asked for before the size, as SQLite requires).
QByteArray columnBlob(sqlite3_stmt* st, int i) {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(st, i));
    return QByteArray(p, sqlite3_column_bytes(st, i));
}
QString columnText(sqlite3_stmt* st, int i) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
    return QString::fromUtf8(p, sqlite3_column_bytes(st, i));
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

void bindFilter(const AuditFilter& f, QString& where, QList<SqlValue>& values) {
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
        c << QStringLiteral("seq > ?"), values << SqlValue(f.afterSeq);
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
}  // namespace

struct SqliteBackend::Impl {
    QString path;
    sqlite3* db = nullptr;
    // Kept between appends (a durable append is one short transaction; parsing its SQL and
    // reading the tree's right edge again each time cost more than its own work).
    SqliteStatement beginAppend, tip, insertRecord, commitAppend;
    SqliteStatement node;  // a proof reads a few dozen nodes, each by its own lookup
    // The right edge of the tree after this connection's last append, valid while the tip
    // is still that append's last record (no other writer came in between).
    std::optional<CompactRange> edge;
    QByteArray edgeTip;

    ~Impl() {
        for (SqliteStatement* st : {&beginAppend, &tip, &insertRecord, &commitAppend, &node})
            st->finalize();
        sqlite3_close_v2(db);
    }
    Error error(const QString& what) const { return sqliteError(db, what, path); }
    Status connect(const QByteArray& name, int flags) {
        if (sqlite3_open_v2(name.constData(), &db, flags, nullptr) != SQLITE_OK)
            return error(QCoreApplication::translate("AuditStore", "opening"));
        sqlite3_extended_result_codes(db, 1);
        sqlite3_busy_timeout(db, 15000);
        return ok();
    }
    // Runs one statement with `values` bound to its parameters; `row` sees each result row.
    Status query(QByteArrayView sql, const QList<SqlValue>& values = {},
                 const std::function<void(sqlite3_stmt*)>& row = {}) const {
        const QString what = QString::fromUtf8(sql).section(QLatin1Char(' '), 0, 2);
        sqlite3_stmt* raw = nullptr;
        const int prepared =
            sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
        std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> st(raw, &sqlite3_finalize);
        if (prepared != SQLITE_OK)
            return error(what);
        for (int i = 0; i < values.size(); ++i)
            if (bindValue(st.get(), i + 1, values[i]) != SQLITE_OK)
                return error(what);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st.get())) == SQLITE_ROW)
            if (row)
                row(st.get());
        if (rc != SQLITE_DONE)
            return error(what);
        return ok();
    }
    // The single integer a statement answers (count, max, a pragma); `fallback` when no row
    // or NULL.
    Result<qint64> integer(QByteArrayView sql, const QList<SqlValue>& values = {},
                           qint64 fallback = 0) const {
        qint64 value = fallback;
        const Status s = query(sql, values, [&value](sqlite3_stmt* st) {
            if (sqlite3_column_type(st, 0) != SQLITE_NULL)
                value = sqlite3_column_int64(st, 0);
        });
        if (!s)
            return s.error();
        return value;
    }
    Result<QString> text(QByteArrayView sql, const QList<SqlValue>& values = {}) const {
        QString value;
        const Status s = query(sql, values, [&value](sqlite3_stmt* st) {
            if (value.isNull())
                value = columnText(st, 0);
        });
        if (!s)
            return s.error();
        return value;
    }
    Status execPlain(const char* sql) const {
        if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            return error(QLatin1String(sql));
        return ok();
    }
    void rollback() const { sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr); }
};

SqliteBackend::SqliteBackend() : d(std::make_unique<Impl>()) {}

SqliteBackend::~SqliteBackend() = default;

Result<std::unique_ptr<SqliteBackend>> SqliteBackend::open(const QString& path) {
    std::unique_ptr<SqliteBackend> s(new SqliteBackend);
    s->d->path = path;
    if (auto c = s->d->connect(QFile::encodeName(path), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        !c)
        return c.error();
    auto mode = s->d->text("PRAGMA journal_mode=WAL");
    if (!mode)
        return mode.error();
    if (mode->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error::internal(QCoreApplication::translate(
                                   "AuditStore", "the audit store could not switch to WAL mode"),
                               path);
    // synchronous does not persist: set on every connection.
    if (auto st = s->d->execPlain("PRAGMA synchronous=FULL"); !st)
        return st.error();
    return s;
}

Result<std::unique_ptr<SqliteBackend>> SqliteBackend::openReadOnly(const QString& path) {
    std::unique_ptr<SqliteBackend> s(new SqliteBackend);
    s->d->path = path;
    const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    const QByteArray uri =
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() +
        (hasWal ? QByteArrayLiteral("?mode=ro") : QByteArrayLiteral("?immutable=1"));
    if (auto c = s->d->connect(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI); !c)
        return c.error();
    auto tables = s->d->integer("SELECT count(*) FROM sqlite_master");
    if (!tables)
        return tables.error();
    if (tables.value() == 0)
        return Error::badInput(
            QCoreApplication::translate("AuditStore", "%1 is not an audit store").arg(path), path);
    if (auto st = s->ensureSchema(false); !st)
        return st.error();
    return s;
}

Status SqliteBackend::ensureSchema(bool integrityCheck) {
    auto tables = d->integer("SELECT count(*) FROM sqlite_master");
    if (!tables)
        return tables.error();
    if (tables.value() == 0) {
        if (auto s = d->execPlain("BEGIN IMMEDIATE"); !s)
            return s;
        auto again = d->integer("SELECT count(*) FROM sqlite_master");
        if (!again)
            return d->rollback(), again.error();
        if (again.value() == 0) {
            for (const char* sql : kSchema)
                if (auto s = d->execPlain(sql); !s)
                    return d->rollback(), s;
            QStringList statements = triggerStatements();
            statements << QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)
                       << QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion);
            for (const QString& sql : statements)
                if (auto s = d->query(sql.toUtf8()); !s)
                    return d->rollback(), s;
        }
        if (auto s = d->execPlain("COMMIT"); !s)
            return d->rollback(), s;
    }
    auto app = d->integer("PRAGMA application_id");
    if (!app)
        return app.error();
    // A header field changed is damage to the store file (exit 1): the application_id and
    // user_version live in the file's first 100 bytes, beside SQLite's own fields.
    if (app.value() != kApplicationId)
        return Error::checkFailed(
            QCoreApplication::translate("AuditStore",
                                        "the store file is damaged: its header's application_id "
                                        "is %1, not %2 (\"CSAT\"): not a Countersign audit store, "
                                        "or its header was overwritten")
                .arg(static_cast<qint32>(app.value()))
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
    return integrityCheck ? this->integrityCheck() : ok();
}

Status SqliteBackend::integrityCheck() const {
    QStringList problems;
    if (auto s = d->query("PRAGMA quick_check", {},
                          [&problems](sqlite3_stmt* st) { problems << columnText(st, 0); });
        !s)
        return s;
    if (problems != QStringList{QStringLiteral("ok")})
        return Error::checkFailed(
            QCoreApplication::translate("AuditStore", "the store file is damaged: %1")
                .arg(problems.join(QStringLiteral("; "))),
            d->path);
    return ok();
}

Result<int> SqliteBackend::schemaVersion() const {
    auto version = d->integer("PRAGMA user_version");
    if (!version)
        return version.error();
    if (version.value() != 0)
        return static_cast<int>(version.value());
    auto legacy =
        d->integer("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'nodes'");
    if (!legacy)
        return legacy.error();
    return legacy.value() > 0 ? 1 : 0;
}

Status SqliteBackend::takeExclusive() {
    const Error inUse = Error::badInput(
        QCoreApplication::translate("AuditStore",
                                    "the audit store is open in another process: close the "
                                    "console (and any countersign-cli using it) and try again"),
        d->path);
    for (const char* sql : {"PRAGMA busy_timeout=2000", "PRAGMA locking_mode=EXCLUSIVE"})
        if (auto s = d->execPlain(sql); !s)
            return s;
    // Leaving WAL mode needs the only connection: it fails while another one is open.
    auto mode = d->text("PRAGMA journal_mode=DELETE");
    if (!mode || mode->compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return inUse;
    if (auto s = d->execPlain("BEGIN EXCLUSIVE"); !s)
        return inUse;
    return d->execPlain("COMMIT");
}

Status SqliteBackend::copySchema1Into(const QString& targetPath) {
    sqlite3* db = d->db;
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

Result<QString> SqliteBackend::meta(const QString& key) const {
    return d->text("SELECT value FROM meta WHERE key = ?", {key});
}

Status SqliteBackend::initMeta(const QString& origin, const QString& vkey) {
    for (const auto& [k, v] :
         {std::pair{QStringLiteral("origin"), origin}, std::pair{QStringLiteral("vkey"), vkey},
          std::pair{QStringLiteral("schema"), QStringLiteral("countersign.audit/v1")}})
        if (auto s = d->query("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", {k, v}); !s)
            return s;
    return ok();
}

Result<qint64> SqliteBackend::appendBatch(const std::function<bool(AuditEntry&)>& next,
                                          const Clock& clock, AuditRecord* last) {
    sqlite3* db = d->db;
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

qint64 SqliteBackend::size() const {
    auto last = d->integer("SELECT max(seq) FROM records", {}, -1);
    return last ? last.value() + 1 : -1;
}

Result<QStringList> SqliteBackend::schemaChanges() const {
    std::map<QString, QString> expected = expectedSchemaObjects();
    QStringList changes;
    const Status read =
        d->query("SELECT type, name, sql FROM sqlite_master", {}, [&](sqlite3_stmt* st) {
            const QString object = columnText(st, 0) + QLatin1Char(' ') + columnText(st, 1);
            const auto it = expected.find(object);
            if (it == expected.end())
                changes << QCoreApplication::translate("AuditStore", "%1 was added").arg(object);
            else if (it->second != columnText(st, 2))
                changes << QCoreApplication::translate("AuditStore", "%1 was changed").arg(object);
            if (it != expected.end())
                expected.erase(it);
        });
    if (!read)
        return read.error();
    for (const auto& [object, statement] : expected)
        changes << QCoreApplication::translate("AuditStore", "%1 was removed").arg(object);
    return changes;
}

Result<SqliteBackend::RowShape> SqliteBackend::rowShape(qint64 treeSize) const {
    RowShape shape;
    auto rows = d->integer("SELECT count(*) FROM records");
    if (!rows)
        return rows.error();
    shape.recordRows = rows.value();
    if (auto s = d->query(
            "SELECT seq FROM records WHERE seq < 0 OR seq >= ? ORDER BY seq LIMIT 1", {treeSize},
            [&shape](sqlite3_stmt* st) { shape.firstStraySeq = sqlite3_column_int64(st, 0); });
        !s)
        return s.error();
    if (auto s = d->query("SELECT key FROM meta ORDER BY key", {},
                          [&shape](sqlite3_stmt* st) { shape.metaKeys << columnText(st, 0); });
        !s)
        return s.error();
    return shape;
}

qint64 SqliteBackend::dataVersion() const {
    auto version = d->integer("PRAGMA data_version", {}, -1);
    return version ? version.value() : -1;
}

Result<AuditRecord> SqliteBackend::record(qint64 seq) const {
    QByteArray bytes, hash;
    bool found = false;
    if (auto s = d->query("SELECT bytes, hash FROM records WHERE seq = ?", {seq},
                          [&](sqlite3_stmt* st) {
                              bytes = columnBlob(st, 0);
                              hash = columnBlob(st, 1);
                              found = true;
                          });
        !s)
        return s.error();
    if (!found)
        return Error::badInput(
            QCoreApplication::translate("AuditStore", "there is no audit record %1").arg(seq),
            d->path);
    return parseRecord(bytes, hash);
}

Result<QList<AuditRecord>> SqliteBackend::records(const AuditFilter& filter, qint64 offset,
                                                  qint64 limit) const {
    QString where;
    QList<SqlValue> values;
    bindFilter(filter, where, values);
    values << SqlValue(limit < 0 ? qint64(-1) : limit) << SqlValue(qMax<qint64>(0, offset));
    QList<AuditRecord> out;
    std::optional<Error> bad;
    const Status s =
        d->query(QStringLiteral("SELECT bytes, hash FROM records%1 ORDER BY seq LIMIT ? OFFSET ?")
                     .arg(where)
                     .toUtf8(),
                 values, [&](sqlite3_stmt* st) {
                     if (bad)
                         return;
                     auto r = parseRecord(columnBlob(st, 0), columnBlob(st, 1));
                     if (r)
                         out.append(std::move(r).value());
                     else
                         bad = r.error();
                 });
    if (!s)
        return s.error();
    if (bad)
        return *bad;
    return out;
}

Result<qint64> SqliteBackend::count(const AuditFilter& filter) const {
    QString where;
    QList<SqlValue> values;
    bindFilter(filter, where, values);
    return d->integer(QStringLiteral("SELECT count(*) FROM records%1").arg(where).toUtf8(), values);
}

Result<qint64> SqliteBackend::exportRecords(const AuditFilter& filter, bool csv,
                                            QIODevice& out) const {
    QString where;
    QList<SqlValue> values;
    bindFilter(filter, where, values);
    if (csv)
        out.write("seq,time,actor,role,action,subject,hash,payload\n");
    qint64 n = 0;
    std::optional<Error> bad;
    const Status s = d->query(
        QStringLiteral("SELECT bytes, hash FROM records%1 ORDER BY seq").arg(where).toUtf8(),
        values, [&](sqlite3_stmt* st) {
            if (bad)
                return;
            const QByteArray bytes = columnBlob(st, 0);
            if (!csv) {
                out.write(bytes);
                out.write("\n");
                ++n;
                return;
            }
            auto r = parseRecord(bytes, columnBlob(st, 1));
            if (!r) {
                bad = r.error();
                return;
            }
            out.write(QByteArray::number(r->seq) + ',' + csvField(isoTime(r->time)) + ',' +
                      csvField(r->actor) + ',' + csvField(r->role) + ',' + csvField(r->action) +
                      ',' + csvField(r->subject) + ',' + r->hash.toHex() + ',' +
                      csvField(QString::fromUtf8(CanonicalJson::serialize(r->payload))) + '\n');
            ++n;
        });
    if (!s)
        return s.error();
    if (bad)
        return *bad;
    return n;
}

Result<QString> SqliteBackend::latestCheckpointNote() const {
    return d->text("SELECT note FROM checkpoints ORDER BY size DESC LIMIT 1");
}

Result<QList<SqliteBackend::CheckpointRow>> SqliteBackend::checkpointRows() const {
    QList<CheckpointRow> out;
    if (auto s = d->query("SELECT size, root, note, time FROM checkpoints ORDER BY size", {},
                          [&out](sqlite3_stmt* st) {
                              out.append({sqlite3_column_int64(st, 0), columnBlob(st, 1),
                                          columnText(st, 2), columnText(st, 3)});
                          });
        !s)
        return s.error();
    return out;
}

Result<QString> SqliteBackend::recordTime(qint64 seq) const {
    return d->text("SELECT time FROM records WHERE seq = ?", {seq});
}

Result<Checkpoint> SqliteBackend::signCheckpoint(
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
    if (auto ins = d->query("INSERT INTO checkpoints(size, root, note, time) VALUES (?, ?, ?, ?)",
                            {n, cp.rootHash, cp.signedNote, isoTime(now)});
        !ins)
        return fail(ins.error());
    if (auto s = d->execPlain("COMMIT"); !s)
        return fail(s.error());
    return cp;
}

Result<QByteArray> SqliteBackend::storedNode(int level, qint64 index) const {
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
    sqlite3_stmt* st = d->node.get(d->db, "SELECT hash, nodes FROM records WHERE seq = ?");
    if (!st || sqlite3_bind_int64(st, 1, holder) != SQLITE_OK)
        return d->error(QCoreApplication::translate("AuditStore", "reading the Merkle tree"));
    const int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        const Error e =
            d->error(QCoreApplication::translate("AuditStore", "reading the Merkle tree"));
        d->node.reset();
        return e;
    }
    QByteArray h;
    if (rc == SQLITE_ROW)
        h = level == 0 ? columnBlob(st, 0) : columnBlob(st, 1).mid((level - 1) * 32, 32);
    d->node.reset();  // ends the statement's read transaction
    if (h.size() != 32)
        return missing();
    return h;
}

Status SqliteBackend::forEachRow(qint64 from, qint64 to,
                                 const std::function<bool(const Row&)>& rowFn) const {
    sqlite3* db = d->db;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT seq, time, actor, role, action, subject, bytes, hash, nodes "
                           "FROM records WHERE seq >= ? AND seq < ? ORDER BY seq",
                           -1, &st, nullptr) != SQLITE_OK ||
        sqlite3_bind_int64(st, 1, from) != SQLITE_OK ||
        sqlite3_bind_int64(st, 2, to) != SQLITE_OK) {
        const Error e = d->error(QCoreApplication::translate("AuditStore", "reading the records"));
        sqlite3_finalize(st);
        return e;
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
    const Error e = d->error(QCoreApplication::translate("AuditStore", "reading the records"));
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return e;
    return ok();
}

}  // namespace countersign

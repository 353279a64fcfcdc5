#pragma once

#include <QByteArray>
#include <QByteArrayView>

struct sqlite3;
struct sqlite3_stmt;

namespace countersign {

// A statement of a SQLite connection, prepared on first use and reused: for the append path
// (a durable append is one short transaction, where parsing BEGIN, the insert and COMMIT again
// each time would cost more than SQLite's own work) and the node lookups of proofs.
class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // The statement, reset with its bindings cleared; nullptr when it does not prepare
    // (sqlite3_errmsg(db) says why).
    sqlite3_stmt* get(sqlite3* db, const char* sql);
    // Ends what the last step left open (a read transaction of a SELECT).
    void reset();
    void finalize();

    // UTF-8 text and blobs, copied by SQLite; an empty value is stored empty, not NULL.
    // Return SQLite's result code.
    static int bindText(sqlite3_stmt* st, int index, const QByteArray& utf8);
    static int bindBlob(sqlite3_stmt* st, int index, QByteArrayView bytes);

private:
    sqlite3_stmt* m_statement = nullptr;
};

}  // namespace countersign

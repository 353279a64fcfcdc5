#include "audit/SqliteStatement.h"

#include <sqlite3.h>

namespace countersign {

SqliteStatement::~SqliteStatement() {
    finalize();
}

sqlite3_stmt* SqliteStatement::get(sqlite3* db, const char* sql) {
    if (!m_statement) {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) !=
            SQLITE_OK) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
        return m_statement;
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return m_statement;
}

void SqliteStatement::reset() {
    if (m_statement)
        sqlite3_reset(m_statement);
}

void SqliteStatement::finalize() {
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

int SqliteStatement::bindText(sqlite3_stmt* st, int index, const QByteArray& utf8) {
    return sqlite3_bind_text(st, index, utf8.isNull() ? "" : utf8.constData(),
                             static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

int SqliteStatement::bindBlob(sqlite3_stmt* st, int index, QByteArrayView bytes) {
    // A null pointer would bind NULL: the columns are NOT NULL.
    if (bytes.isEmpty())
        return sqlite3_bind_zeroblob(st, index, 0);
    return sqlite3_bind_blob(st, index, bytes.data(), static_cast<int>(bytes.size()),
                             SQLITE_TRANSIENT);
}

}  // namespace countersign

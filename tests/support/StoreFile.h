#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace countersign::test {

// An audit store's database file reached past the store, as someone with write access to the
// file would: for the tampering tests.

// Runs the statements after dropping the store's append-only triggers, then puts the
// triggers back exactly as they were (an attacker who cleans up). Returns the first
// statement that failed with SQLite's words, or an empty string.
QString tamperStore(const QString& dbPath, const QStringList& statements);
// Drops one trigger and leaves it dropped. The error, or an empty string.
QString dropTrigger(const QString& dbPath, const QString& trigger);
// The first column of every row `select` returns, as bytes (text and blobs alike).
QList<QByteArray> queryStore(const QString& dbPath, const QString& select);

}  // namespace countersign::test

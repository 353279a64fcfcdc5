#include "StoreFile.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <functional>

namespace countersign::test {
namespace {

// `work` on a connection of its own to the file, closed and removed afterwards.
void withConnection(const QString& dbPath, const std::function<void(QSqlDatabase&)>& work) {
    const QString name = QStringLiteral("test-store-file");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        if (db.open())
            work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

}  // namespace

QString tamperStore(const QString& dbPath, const QStringList& statements) {
    QString error = QStringLiteral("cannot open ") + dbPath;
    withConnection(dbPath, [&](QSqlDatabase& db) {
        error.clear();
        QSqlQuery q(db);
        // The attacker cleans up: the triggers go back exactly as they were.
        QStringList triggers;
        q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"));
        QStringList names;
        while (q.next()) names << q.value(0).toString(), triggers << q.value(1).toString();
        for (const QString& name : names) q.exec(QStringLiteral("DROP TRIGGER ") + name);
        for (const QString& s : statements)
            if (error.isEmpty() && !q.exec(s))
                error = s + QStringLiteral(": ") + q.lastError().text();
        for (const QString& trigger : triggers)
            if (error.isEmpty() && !q.exec(trigger))
                error = trigger + QStringLiteral(": ") + q.lastError().text();
    });
    return error;
}

QString dropTrigger(const QString& dbPath, const QString& trigger) {
    QString error = QStringLiteral("cannot open ") + dbPath;
    withConnection(dbPath, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        error =
            q.exec(QStringLiteral("DROP TRIGGER ") + trigger) ? QString() : q.lastError().text();
    });
    return error;
}

QList<QByteArray> queryStore(const QString& dbPath, const QString& select) {
    QList<QByteArray> out;
    withConnection(dbPath, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.exec(select);
        while (q.next()) out << q.value(0).toByteArray();
    });
    return out;
}

}  // namespace countersign::test

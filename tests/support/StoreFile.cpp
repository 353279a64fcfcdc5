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
        for (const char* table : {"records", "checkpoints", "meta"})
            for (const char* op : {"update", "delete"})
                q.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1_no_%2")
                           .arg(QLatin1String(table), QLatin1String(op)));
        for (const QString& s : statements)
            if (error.isEmpty() && !q.exec(s))
                error = s + QStringLiteral(": ") + q.lastError().text();
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

#include "audit/AuditMigration.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "audit/AuditSql.h"
#include "audit/AuditVerifier.h"
#include "audit/NoteVerifier.h"

namespace countersign {
namespace {

void removeDatabaseFiles(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// The schema 1 store's verifier key, or why it cannot be migrated. Its connection is closed
// on return: the last connection to close folds the -wal file into the database.
Result<NoteVerifier> legacyVerifier(const QString& path, bool& current) {
    auto sql = AuditSql::open(path);
    if (!sql)
        return sql.error();
    auto version = sql.value()->schemaVersion();
    if (!version)
        return version.error();
    current = version.value() == AuditSql::kSchemaVersion;
    if (current)
        return NoteVerifier();
    if (version.value() != 1)
        return Error::badInput(
            QCoreApplication::translate("AuditMigration",
                                        "the audit store has schema %1: only schema 1 is migrated")
                .arg(version.value()),
            path);
    auto vkey = sql.value()->meta(QStringLiteral("vkey"));
    if (!vkey)
        return vkey.error();
    auto verifier = NoteVerifier::parse(vkey.value());
    if (!verifier)
        return Error::checkFailed(
            QCoreApplication::translate("AuditMigration",
                                        "the store's verifier key is unreadable: %1")
                .arg(verifier.error().message),
            path);
    return verifier;
}

}  // namespace

Result<AuditMigration::Outcome> AuditMigration::migrate(const QString& dbPathIn) {
    const QString path = QFileInfo(dbPathIn).absoluteFilePath();
    if (!QFileInfo::exists(path))
        return Error::badInput(
            QCoreApplication::translate("AuditMigration", "there is no audit store at %1")
                .arg(path),
            path);
    Outcome out;
    bool current = false;
    auto verifier = legacyVerifier(path, current);
    if (!verifier)
        return verifier.error();
    if (current)
        return out;
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return Error::badInput(QCoreApplication::translate(
                                   "AuditMigration",
                                   "the audit store is open in another process (its -wal file is "
                                   "still there): close the console and try again"),
                               path);

    const QString target = path + QStringLiteral(".migrating");
    removeDatabaseFiles(target);
    {
        auto sql = AuditSql::open(target);
        if (!sql)
            return sql.error();
        Status copied = sql.value()->ensureSchema(false);
        if (copied)
            copied = sql.value()->copyFromSchema1(path);
        if (!copied) {
            sql.value().reset();
            removeDatabaseFiles(target);
            return copied.error();
        }
    }
    // The copy must be the same log: every record, every stored checkpoint's root and the
    // checkpoint kept beside the database.
    QStringList held;
    QFile sidecar(path + QStringLiteral(".checkpoint"));
    if (sidecar.open(QIODevice::ReadOnly))
        held << QString::fromUtf8(sidecar.read(1 << 20));
    const AuditVerification v = AuditVerifier::run(target, verifier.value(), held, {}, nullptr);
    if (!v.ok()) {
        removeDatabaseFiles(target);
        return Error::checkFailed(
            QCoreApplication::translate("AuditMigration",
                                        "the schema 1 store does not verify, so it was left as it "
                                        "is (%1): %2")
                .arg(AuditVerification::problemName(v.problem), v.message),
            path);
    }
    out.records = v.recordsChecked;
    out.checkpoints = v.checkpointsChecked;

    out.backupPath = path + QStringLiteral(".schema1.bak");
    for (int i = 2; QFileInfo::exists(out.backupPath); ++i)
        out.backupPath = path + QStringLiteral(".schema1-%1.bak").arg(i);
    if (!QFile::rename(path, out.backupPath)) {
        removeDatabaseFiles(target);
        return Error::internal(
            QCoreApplication::translate("AuditMigration", "cannot move the schema 1 store aside"),
            path);
    }
    QFile::remove(path + QStringLiteral("-shm"));
    if (!QFile::rename(target, path)) {
        QFile::rename(out.backupPath, path);
        removeDatabaseFiles(target);
        return Error::internal(QCoreApplication::translate(
                                   "AuditMigration", "cannot move the migrated store into place"),
                               path);
    }
    out.migrated = true;
    return out;
}

}  // namespace countersign

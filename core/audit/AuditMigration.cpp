#include "audit/AuditMigration.h"

#include <fcntl.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <filesystem>

#include "audit/AuditStore.h"
#include "audit/AuditVerifier.h"
#include "audit/NoteVerifier.h"
#include "audit/SqliteBackend.h"

namespace countersign {
namespace {

void removeDatabaseFiles(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// The store's verifier key from its key file, which must be the key the store names.
Result<NoteVerifier> storeVerifier(const SqliteBackend& sql, const QString& dbPath) {
    auto vkey = sql.meta(QStringLiteral("vkey"));
    if (!vkey)
        return vkey.error();
    auto verifier = AuditStore::keyVerifier(dbPath);
    if (!verifier)
        return verifier.error();
    if (verifier->toString() != vkey.value())
        return Error::checkFailed(
            QCoreApplication::translate(
                "AuditStore", "the key %1 does not belong to this audit store (its key is %2)")
                .arg(AuditStore::defaultKeyPath(dbPath), vkey.value()),
            dbPath);
    return verifier;
}

// Makes the renames in `dir` durable.
void syncDirectory(const QString& dir) {
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// The old file kept under `backup` and the new one put in its place in one atomic rename:
// at every moment `path` names a whole store.
Status swapIn(const QString& path, const QString& target, const QString& backup) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_hard_link(QFile::encodeName(path).toStdString(),
                         QFile::encodeName(backup).toStdString(), ec);
    if (ec && !QFile::copy(path, backup))
        return Error::internal(
            QCoreApplication::translate("AuditMigration", "cannot keep the schema 1 store as %1")
                .arg(backup),
            path);
    fs::rename(QFile::encodeName(target).toStdString(), QFile::encodeName(path).toStdString(), ec);
    if (ec) {
        QFile::remove(backup);
        return Error::internal(
            QCoreApplication::translate("AuditMigration",
                                        "cannot move the migrated store into place: %1")
                .arg(QString::fromStdString(ec.message())),
            path);
    }
    syncDirectory(QFileInfo(path).absolutePath());
    return ok();
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
    auto opened = SqliteBackend::open(path);
    if (!opened)
        return opened.error();
    SqliteBackend& legacy = *opened.value();
    auto version = legacy.schemaVersion();
    if (!version)
        return version.error();
    if (version.value() == SqliteBackend::kSchemaVersion)
        return out;
    if (version.value() != 1)
        return Error::badInput(
            QCoreApplication::translate("AuditMigration",
                                        "the audit store has schema %1: only schema 1 is migrated")
                .arg(version.value()),
            path);
    auto verifier = storeVerifier(legacy, path);
    if (!verifier)
        return verifier.error();
    // From here until the old connection closes, no other process reads or writes the store.
    if (auto s = legacy.takeExclusive(); !s)
        return s.error();

    const QString target = path + QStringLiteral(".migrating");
    removeDatabaseFiles(target);
    auto failWith = [&](const Error& e) -> Result<Outcome> {
        removeDatabaseFiles(target);
        return e;
    };
    {
        auto fresh = SqliteBackend::open(target);
        if (!fresh)
            return failWith(fresh.error());
        if (auto s = fresh.value()->ensureSchema(false); !s)
            return failWith(s.error());
    }  // closed: its -wal folded into the file
    QFile::setPermissions(target, QFile::permissions(path));
    if (auto s = legacy.copySchema1Into(target); !s)
        return failWith(s.error());
    if (QFileInfo::exists(target + QStringLiteral("-wal")))
        return failWith(Error::internal(
            QCoreApplication::translate("AuditMigration",
                                        "the migrated store was not folded into its file"),
            target));

    // The copy must be the same log: every record, every stored checkpoint's root and the
    // checkpoint kept beside the database.
    const AuditVerification v =
        AuditVerifier::run(target, verifier.value(), AuditStore::sidecarWitness(path), {}, nullptr);
    if (!v.ok())
        return failWith(Error::checkFailed(
            QCoreApplication::translate("AuditMigration",
                                        "the schema 1 store does not verify, so it was left as it "
                                        "is (%1): %2")
                .arg(AuditVerification::problemName(v.problem), v.message),
            path));
    if (v.recordsChecked != legacy.size())
        return failWith(
            Error::internal(QCoreApplication::translate(
                                "AuditMigration", "the copy has %1 records, the schema 1 store %2")
                                .arg(v.recordsChecked)
                                .arg(legacy.size()),
                            path));
    out.records = v.recordsChecked;
    out.checkpoints = v.checkpointsChecked + v.witnessesChecked;  // stored and the sidecar

    out.backupPath = path + QStringLiteral(".schema1.bak");
    for (int i = 2; QFileInfo::exists(out.backupPath); ++i)
        out.backupPath = path + QStringLiteral(".schema1-%1.bak").arg(i);
    if (auto s = swapIn(path, target, out.backupPath); !s)
        return failWith(s.error());
    out.migrated = true;
    return out;
}

}  // namespace countersign

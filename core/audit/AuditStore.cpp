#include "audit/AuditStore.h"

#include <fcntl.h>
#include <openssl/rand.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QVariant>
#include <cerrno>
#include <cstring>
#include <optional>

#include "audit/AuditBackend.h"
#include "audit/AuditVerifier.h"
#include "audit/MerkleTree.h"
#include "audit/SignedNote.h"
#include "audit/TrainingMark.h"
#include "common/CanonicalJson.h"
#include "common/SafeFile.h"

namespace countersign {

namespace {

constexpr qint64 kCheckpointEvery = 1000;

QString randomHex(int bytes) {
    QByteArray b(bytes, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char*>(b.data()), bytes);
    return QString::fromLatin1(b.toHex());
}

// Writes the new store key to a temporary file in its folder and links it into place only if
// no key is there yet (link(2) never replaces a file): two processes creating a store at once
// can never overwrite each other's key. The temporary file is removed either way.
Status writeKeyFileOnce(const QString& path, const QByteArray& text) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temp = target + ".tmp-" + QByteArray::number(::getpid());
    const auto fail = [&](const char* what) {
        const QString reason = QString::fromLocal8Bit(strerror(errno));
        ::unlink(temp.constData());
        return Error::internal(
            QCoreApplication::translate("AuditStore", "cannot write the store key (%1): %2")
                .arg(QLatin1String(what), reason),
            path);
    };
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail("open");
    const QByteArray line = text + '\n';
    const bool written = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 &&
                         ::write(fd, line.constData(), size_t(line.size())) == line.size() &&
                         ::fsync(fd) == 0;
    ::close(fd);
    if (!written)
        return fail("write");
    if (::link(temp.constData(), target.constData()) != 0 && errno != EEXIST)
        return fail("link");
    ::unlink(temp.constData());
    return ok();
}

// An exclusive lock on the store's folder, held while a store and its key are created: the
// first process creates both, the others wait and then open what it created. flock(2) on the
// folder, not on the database file: closing any descriptor of the database would drop
// SQLite's own POSIX locks in this process.
class CreationLock {
public:
    explicit CreationLock(const QString& folder)
        : m_fd(::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
        if (m_fd >= 0) {
            while (::flock(m_fd, LOCK_EX) != 0 && errno == EINTR) {
            }
        }
    }
    ~CreationLock() {
        if (m_fd >= 0)
            ::close(m_fd);  // releases the lock
    }
    CreationLock(const CreationLock&) = delete;
    CreationLock& operator=(const CreationLock&) = delete;
    bool held() const { return m_fd >= 0; }

private:
    int m_fd;
};

// A new database file made owner-only (0600, whatever the umask) before SQLite opens it:
// SQLite gives the -wal and -shm files the database file's mode.
Status createOwnerOnly(const QString& path) {
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno == EEXIST ? ok()
                               : Error::badInput(QCoreApplication::translate(
                                                     "AuditStore", "cannot create the store: %1")
                                                     .arg(QString::fromLocal8Bit(strerror(errno))),
                                                 path);
    const bool modeSet = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    ::close(fd);
    if (!modeSet)
        return Error::internal(
            QCoreApplication::translate("AuditStore", "cannot make the store owner-only"), path);
    return ok();
}

// Temporary files of a checkpoint or key write that a kill interrupted (QSaveFile's
// "<file>.XXXXXX", writeKeyFileOnce's "<key>.tmp-<pid>"). Only those older than a minute go:
// a younger one may be another process's write in progress.
void removeStaleTemporaries(const QString& sidecarPath, const QString& keyPath) {
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    for (const auto& [file, pattern] : {std::pair{sidecarPath, QStringLiteral("%1.??????")},
                                        std::pair{keyPath, QStringLiteral("%1.tmp-*")}}) {
        const QFileInfo info(file);
        const QDir dir = info.absoluteDir();
        for (const QFileInfo& temp :
             dir.entryInfoList({pattern.arg(info.fileName())}, QDir::Files | QDir::Hidden))
            if (temp.lastModified().toUTC() < before)
                QFile::remove(temp.absoluteFilePath());
    }
}

Error folderIsNotAStore(const QString& path) {
    return Error::badInput(
        QCoreApplication::translate("AuditStore",
                                    "%1 is a folder, not an audit store file (give the path of "
                                    "its audit.sqlite)")
            .arg(path),
        path);
}

}  // namespace

struct AuditStore::Impl {
    QString path;
    QString keyPath;
    const Clock* clock = nullptr;
    std::unique_ptr<AuditBackend> sql;
    QString origin;
    Ed25519Key key;
    NoteVerifier verifier;
    qint64 lastCheckpointSize = -1;  // as far as this process knows
    bool reader = false;             // openReader(): reads only
    bool training = false;           // markTraining(): every appended record carries the mark
    bool signOnClose = true;         // false for openExisting(): looking never writes

    Result<Checkpoint> signCheckpoint();
    // Signs a checkpoint when the entry asks for one, on the store's first record and every
    // kCheckpointEvery records; newSize counts the record just committed.
    Status maybeCheckpoint(bool wanted, qint64 newSize);
    // The error for records committed without the checkpoint after them: why's file and
    // place (the store's path when it names none), the message saying what is stored.
    Error checkpointFailed(const Error& why, const QString& message) const;
};

AuditStore::AuditStore(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}

AuditStore::~AuditStore() {
    if (d && d->sql && !d->reader && d->signOnClose) {
        const qint64 n = d->sql->size();
        if (n > 0 && n != d->lastCheckpointSize)
            (void)d->signCheckpoint();
    }
}

QString AuditStore::defaultKeyPath(const QString& dbPath) {
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("store.key"));
}

QString AuditStore::defaultStorePath(const QString& workspace) {
    return QDir(workspace).filePath(QStringLiteral(".countersign/audit.sqlite"));
}

QString AuditStore::path() const {
    return d->path;
}
QString AuditStore::origin() const {
    return d->origin;
}
NoteVerifier AuditStore::verifier() const {
    return d->verifier;
}

Result<QByteArray> AuditStore::signWithStoreKey(const QByteArray& message) const {
    return d->key.sign(message);
}

QString AuditStore::sidecarCheckpointPath() const {
    return sidecarCheckpointPath(d->path);
}

QString AuditStore::sidecarCheckpointPath(const QString& dbPath) {
    return dbPath + QStringLiteral(".checkpoint");
}

AuditWitnesses AuditStore::sidecarWitness(const QString& dbPath) {
    const QString path = sidecarCheckpointPath(dbPath);
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return {};
    // Something that is not a plain file in its place (a FIFO, a link) is held as a note that
    // verifies with no key: verification reports it, and never blocks on it.
    auto bytes = SafeFile::read(path, 1 << 20);
    return AuditWitnesses::fromNotes(
        {bytes ? QString::fromUtf8(bytes.value()) : QString()},
        bytes
            ? QCoreApplication::translate("AuditStore", "the store's checkpoint file %1").arg(path)
            : QCoreApplication::translate("AuditStore", "the store's checkpoint file %1 (%2)")
                  .arg(path, bytes.error().message));
}

namespace {

Result<SignedNote::PrivateKey> readKeyFile(const QString& keyPath) {
    auto bytes = SafeFile::read(keyPath, 4096);  // a file that is a file: no FIFO, no device
    if (!bytes)
        return Error::badInput(
            QCoreApplication::translate("AuditStore", "cannot read the store key: %1")
                .arg(bytes.error().message),
            keyPath);
    return SignedNote::decodePrivateKey(bytes.value(), keyPath);
}

}  // namespace

Result<NoteVerifier> AuditStore::keyVerifier(const QString& dbPath, const QString& keyPathIn) {
    auto key = readKeyFile(keyPathIn.isEmpty() ? defaultKeyPath(dbPath) : keyPathIn);
    if (!key)
        return key.error();
    return NoteVerifier::make(key->name, key->key.publicKey());
}

Result<std::unique_ptr<AuditStore>> AuditStore::open(const QString& dbPath, const QString& keyPath,
                                                     const Clock& clock, bool quickCheck) {
    return openStore(dbPath, keyPath, clock, quickCheck, true);
}

Result<std::unique_ptr<AuditStore>> AuditStore::openExisting(const QString& dbPath,
                                                             const QString& keyPath,
                                                             const Clock& clock, bool quickCheck) {
    return openStore(dbPath, keyPath, clock, quickCheck, false);
}

Result<std::unique_ptr<AuditStore>> AuditStore::openStore(const QString& dbPathIn,
                                                          const QString& keyPathIn,
                                                          const Clock& clock, bool quickCheck,
                                                          bool create) {
    auto impl = std::make_unique<Impl>();
    impl->path = QFileInfo(dbPathIn).absoluteFilePath();
    impl->keyPath = keyPathIn.isEmpty() ? defaultKeyPath(impl->path) : keyPathIn;
    impl->clock = &clock;
    impl->signOnClose = create;
    const QFileInfo dbInfo(impl->path);
    if (dbInfo.isDir())
        return folderIsNotAStore(impl->path);
    // A device, FIFO or socket is no store either (SQLite would answer with its own words, or
    // wait): named, bad input.
    if (struct stat st{};
        ::stat(QFile::encodeName(impl->path).constData(), &st) == 0 && !S_ISREG(st.st_mode))
        return Error::badInput(
            QCoreApplication::translate("AuditStore", "%1 is %2, not an audit store file")
                .arg(impl->path, SafeFile::kindOf(st.st_mode)),
            impl->path);
    if (!dbInfo.exists() && !create)
        return Error::badInput(
            QCoreApplication::translate("AuditStore", "there is no audit store at %1")
                .arg(impl->path),
            impl->path);
    // Creating (a store or its key) happens under the folder's lock, and everything below is
    // decided again under it: whoever waited finds the store its predecessor created.
    std::optional<CreationLock> creating;
    if (create) {  // always: a store another process is creating may already exist, keyless
        QDir().mkpath(dbInfo.absolutePath());
        creating.emplace(dbInfo.absolutePath());
        if (!creating->held())
            return Error::badInput(
                QCoreApplication::translate("AuditStore", "cannot lock the folder %1: %2")
                    .arg(dbInfo.absolutePath(), QString::fromLocal8Bit(strerror(errno))),
                impl->path);
    }
    if (!QFileInfo::exists(impl->path)) {
        if (auto s = createOwnerOnly(impl->path); !s)
            return s.error();
    }

    auto sql = AuditBackend::open(impl->path);
    if (!sql)
        return sql.error();
    impl->sql = std::move(sql.value());
    if (auto s = impl->sql->ensureSchema(quickCheck); !s)
        return s.error();
    auto meta = impl->sql->meta(QStringLiteral("origin"));
    if (!meta)
        return meta.error();
    const bool fresh = meta->isEmpty();
    if (fresh && !create)
        return Error::badInput(
            QCoreApplication::translate("AuditStore", "%1 is not an audit store").arg(impl->path),
            impl->path);

    // The key: generated with a new store, required for an existing one.
    if (QFileInfo::exists(impl->keyPath)) {
        auto pk = readKeyFile(impl->keyPath);
        if (!pk)
            return pk.error();
        impl->origin = pk->name;
        impl->key = pk->key;
    } else if (fresh) {
        auto key = Ed25519Key::generate();
        if (!key)
            return key.error();
        impl->origin = QStringLiteral("countersign.local/audit/%1").arg(randomHex(8));
        impl->key = key.value();
        if (auto s = writeKeyFileOnce(impl->keyPath,
                                      SignedNote::encodePrivateKey(impl->origin, impl->key));
            !s)
            return s.error();
        // Another Countersign that does not take the lock (an older one) may have won the link.
        auto written = readKeyFile(impl->keyPath);
        if (!written)
            return written.error();
        impl->origin = written->name;
        impl->key = written->key;
    } else {
        return Error::badInput(
            QCoreApplication::translate("AuditStore",
                                        "the audit store's key is missing (expected at %1)")
                .arg(impl->keyPath),
            impl->path);
    }
    impl->verifier = NoteVerifier::make(impl->origin, impl->key.publicKey());

    if (fresh) {
        if (auto s = impl->sql->initMeta(impl->origin, impl->verifier.toString()); !s)
            return s.error();
    } else {
        auto vkey = impl->sql->meta(QStringLiteral("vkey"));
        if (!vkey)
            return vkey.error();
        if (vkey.value() != impl->verifier.toString())
            return Error::checkFailed(
                QCoreApplication::translate(
                    "AuditStore", "the key %1 does not belong to this audit store (its key is %2)")
                    .arg(impl->keyPath, vkey.value()),
                impl->path);
    }

    auto latest = impl->sql->latestCheckpointNote();
    if (!latest)
        return latest.error();
    if (!latest->isEmpty()) {
        auto cp = Checkpoint::parseUnverified(latest.value());
        if (cp)
            impl->lastCheckpointSize = cp->size;
    }

    if (create)
        removeStaleTemporaries(sidecarCheckpointPath(impl->path), impl->keyPath);
    std::unique_ptr<AuditStore> store(new AuditStore(std::move(impl)));
    // The last checkpoint signed is also kept beside the database: a store that lost its
    // -wal file (or was cut short otherwise) is shorter than it, and must not be appended to.
    const QString sidecar = store->sidecarCheckpointPath();
    if (QFileInfo::exists(sidecar)) {
        auto held = Checkpoint::load(sidecar, store->verifier());
        if (!held)
            return held.error();
        if (auto c = store->checkConsistencyWith(held.value()); !c)
            return c.error();
    }
    return store;
}

Status AuditStore::checkFile(const QString& dbPath) {
    auto sql = AuditBackend::openReadOnly(dbPath);
    if (!sql)
        return sql.error();
    return sql.value()->integrityCheck();
}

Result<std::unique_ptr<AuditStore>> AuditStore::openReader(const QString& dbPath) {
    auto impl = std::make_unique<Impl>();
    impl->path = QFileInfo(dbPath).absoluteFilePath();
    impl->clock = &SystemClock::instance();
    impl->reader = true;
    if (QFileInfo(impl->path).isDir())
        return folderIsNotAStore(impl->path);
    if (!QFileInfo::exists(impl->path))
        return Error::badInput(
            QCoreApplication::translate("AuditStore", "there is no audit store at %1")
                .arg(impl->path),
            impl->path);
    auto sql = AuditBackend::open(impl->path);
    if (!sql)
        return sql.error();
    impl->sql = std::move(sql.value());
    auto origin = impl->sql->meta(QStringLiteral("origin"));
    if (!origin)
        return origin.error();
    if (origin->isEmpty())
        return Error::badInput(
            QCoreApplication::translate("AuditStore", "%1 is not an audit store").arg(impl->path),
            impl->path);
    impl->origin = origin.value();
    return std::unique_ptr<AuditStore>(new AuditStore(std::move(impl)));
}

Result<AuditRecord> AuditStore::append(const AuditEntry& entry, AuditRecord* stored) {
    if (d->reader)
        return Error::internal(QCoreApplication::translate(
                                   "AuditStore", "the audit store was opened for reading only"),
                               d->path);
    AuditRecord out;
    const AuditEntry* pending = &entry;
    auto r = d->sql->appendBatch(
        [&](AuditEntry& e) {
            if (!pending)
                return false;
            e = *pending;
            pending = nullptr;
            if (d->training)
                e.payload = TrainingMark::marked(e.payload);
            return true;
        },
        *d->clock, &out);
    if (!r)
        return r.error();
    if (stored)
        *stored = out;
    if (auto cp = d->maybeCheckpoint(entry.checkpoint, out.seq + 1); !cp)
        return cp.error();
    return out;
}

void AuditStore::markTraining(bool training) {
    d->training = training;
}

Result<qint64> AuditStore::appendBatch(const std::function<bool(AuditEntry&)>& next) {
    if (d->reader)
        return Error::internal(QCoreApplication::translate(
                                   "AuditStore", "the audit store was opened for reading only"),
                               d->path);
    const auto markedNext = [&](AuditEntry& e) {
        if (!next(e))
            return false;
        if (d->training)
            e.payload = TrainingMark::marked(e.payload);
        return true;
    };
    auto r = d->sql->appendBatch(markedNext, *d->clock, nullptr);
    if (!r)
        return r;
    if (r.value() > 0)
        if (auto cp = d->signCheckpoint(); !cp)
            return d->checkpointFailed(
                cp.error(), QCoreApplication::translate("AuditStore",
                                                        "the %1 records are stored, but the "
                                                        "checkpoint after them could not be "
                                                        "signed and saved: %2")
                                .arg(r.value())
                                .arg(cp.error().message));
    return r;
}

Status AuditStore::Impl::maybeCheckpoint(bool wanted, qint64 newSize) {
    if (!wanted && lastCheckpointSize >= 0 && newSize - lastCheckpointSize < kCheckpointEvery)
        return ok();
    if (auto cp = signCheckpoint(); !cp)
        return checkpointFailed(
            cp.error(), QCoreApplication::translate("AuditStore",
                                                    "record %1 is stored, but the checkpoint "
                                                    "after it could not be signed and saved: %2")
                            .arg(newSize - 1)
                            .arg(cp.error().message));
    return ok();
}

Error AuditStore::Impl::checkpointFailed(const Error& why, const QString& message) const {
    Error e = why;
    e.kind = Error::Kind::Internal;
    e.message = message;
    if (e.file.isEmpty())
        e.file = path;
    return e;
}

Result<Checkpoint> AuditStore::Impl::signCheckpoint() {
    auto cp = sql->signCheckpoint(
        origin, verifier,
        [this](const QString& body) { return SignedNote::sign(body, origin, key); }, *clock);
    if (!cp)
        return cp;
    lastCheckpointSize = cp->size;
    // Keep the sidecar at the largest checkpoint (another process may have signed a later one).
    const QString sidecar = sidecarCheckpointPath(path);
    auto existing = Checkpoint::load(sidecar, verifier);
    if (!existing || existing->size <= cp->size)
        if (auto s = cp->save(sidecar); !s)
            return s.error();
    return cp;
}

Result<Checkpoint> AuditStore::checkpoint() {
    if (d->reader)
        return Error::internal(QCoreApplication::translate(
                                   "AuditStore", "the audit store was opened for reading only"),
                               d->path);
    return d->signCheckpoint();
}

qint64 AuditStore::size() const {
    return d->sql->size();
}

qint64 AuditStore::changeStamp() const {
    return d->sql->dataVersion();
}

Result<AuditRecord> AuditStore::record(qint64 seq) const {
    return d->sql->record(seq);
}

Result<QList<AuditRecord>> AuditStore::records(const AuditFilter& filter, qint64 offset,
                                               qint64 limit) const {
    return d->sql->records(filter, offset, limit);
}

Result<qint64> AuditStore::count(const AuditFilter& filter) const {
    return d->sql->count(filter);
}

Result<Checkpoint> AuditStore::latestCheckpoint() const {
    auto note = d->sql->latestCheckpointNote();
    if (!note)
        return note.error();
    if (note->isEmpty())
        return Checkpoint{};
    return Checkpoint::fromSignedNote(note.value(), d->verifier);
}

Result<QList<Checkpoint>> AuditStore::checkpoints() const {
    auto rows = d->sql->checkpointRows();
    if (!rows)
        return rows.error();
    QList<Checkpoint> out;
    for (const AuditBackend::CheckpointRow& row : rows.value()) {
        auto cp = Checkpoint::fromSignedNote(row.note, d->verifier);
        if (!cp)
            return cp.error();
        out.append(cp.value());
    }
    return out;
}

Result<QByteArray> AuditStore::rootHash(qint64 treeSize) const {
    return d->sql->rootHash(treeSize);
}

Result<InclusionProof> AuditStore::inclusionProof(qint64 index, qint64 treeSize) const {
    const qint64 n = size();
    if (treeSize < 0)
        treeSize = n;
    if (treeSize > n)
        return Error::badInput(
            QCoreApplication::translate("AuditStore", "the store has %1 records, not %2")
                .arg(n)
                .arg(treeSize));
    if (index < 0 || index >= treeSize)
        return Error::badInput(
            QCoreApplication::translate("AuditStore", "record %1 is not in a tree of %2 records")
                .arg(index)
                .arg(treeSize));
    InclusionProof p;
    p.leafIndex = index;
    p.treeSize = treeSize;
    auto rec = d->sql->record(index);
    if (!rec)
        return rec.error();
    p.leafHash = rec->hash;
    auto root = d->sql->rootHash(treeSize);
    if (!root)
        return root.error();
    p.rootHash = root.value();
    auto path = MerkleTree::inclusionProof(index, treeSize, d->sql->hashSource());
    if (!path)
        return path.error();
    p.hashes = path.value();
    return p;
}

Result<ConsistencyProof> AuditStore::consistencyProof(qint64 fromSize, qint64 toSize) const {
    const qint64 n = size();
    if (toSize < 0)
        toSize = n;
    if (toSize > n)
        return Error::badInput(
            QCoreApplication::translate("AuditStore", "the store has %1 records, not %2")
                .arg(n)
                .arg(toSize));
    if (fromSize < 0 || fromSize > toSize)
        return Error::badInput(
            QCoreApplication::translate("AuditStore", "no consistency proof from %1 to %2 records")
                .arg(fromSize)
                .arg(toSize));
    ConsistencyProof p;
    p.fromSize = fromSize;
    p.toSize = toSize;
    auto a = d->sql->rootHash(fromSize);
    if (!a)
        return a.error();
    auto b = d->sql->rootHash(toSize);
    if (!b)
        return b.error();
    p.fromRoot = a.value();
    p.toRoot = b.value();
    auto path = MerkleTree::consistencyProof(fromSize, toSize, d->sql->hashSource());
    if (!path)
        return path.error();
    p.hashes = path.value();
    return p;
}

Result<ConsistencyProof> AuditStore::checkConsistencyWith(const Checkpoint& held) const {
    auto verified = Checkpoint::fromSignedNote(held.signedNote, d->verifier);
    if (!verified) {
        Error e = verified.error();
        e.message = QCoreApplication::translate("AuditStore", "held checkpoint rejected: %1")
                        .arg(e.message);
        e.kind = Error::Kind::CheckFailed;
        return e;
    }
    if (verified->origin != d->origin)
        return Error::checkFailed(
            QCoreApplication::translate("AuditStore", "the held checkpoint is for another log (%1)")
                .arg(verified->origin));
    const qint64 n = size();
    if (n < 0)
        return Error::internal(
            QCoreApplication::translate("AuditStore", "cannot read the audit store's size"),
            d->path);
    if (verified->size > n)
        return Error::checkFailed(
            QCoreApplication::translate(
                "AuditStore",
                "the audit store was truncated: it has %1 records but a checkpoint of %2 records "
                "was signed (records lost, or the -wal file deleted)")
                .arg(n)
                .arg(verified->size),
            d->path);
    auto proof = consistencyProof(verified->size, n);
    if (!proof)
        return proof.error();
    if (proof->fromRoot != verified->rootHash || !proof->verify())
        return Error::checkFailed(
            QCoreApplication::translate(
                "AuditStore",
                "the audit store does not extend the held checkpoint of %1 records: its records "
                "were rewritten, or it is a fork")
                .arg(verified->size),
            d->path);
    return proof;
}

Result<qint64> AuditStore::exportRecords(const AuditFilter& filter, ExportFormat format,
                                         QIODevice& out) const {
    return d->sql->exportRecords(filter, format == ExportFormat::Csv, out);
}

AuditVerification AuditStore::verify(const AuditWitnesses& witnesses, const Progress& progress,
                                     const std::atomic_bool* cancel) const {
    return AuditVerifier::run(d->path, d->verifier, witnesses, progress, cancel);
}

}  // namespace countersign

#include "audit/OperatorAnchor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace countersign {

QString OperatorAnchor::path(const QString& workspace, const QString& operatorId) {
    QString safe = operatorId;
    for (QChar& c : safe)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') ||
              c == QLatin1Char('_')))
            c = QLatin1Char('_');
    return QDir(workspace).filePath(
        QStringLiteral(".countersign/operators/%1.checkpoint").arg(safe));
}

Result<OperatorAnchor::Outcome> OperatorAnchor::checkAndAdvance(AuditStore& store,
                                                                const QString& workspace,
                                                                const QString& operatorId) {
    Outcome out;
    const QString file = path(workspace, operatorId);
    if (QFileInfo::exists(file)) {
        auto held = Checkpoint::load(file, store.verifier());
        if (!held) {
            Error e = held.error();
            e.kind = Error::Kind::CheckFailed;
            e.message = QCoreApplication::translate(
                            "OperatorAnchor",
                            "the checkpoint %1 last saw is not signed by this store's key: %2")
                            .arg(operatorId, e.message);
            return e;
        }
        auto proof = store.checkConsistencyWith(held.value());
        if (!proof) {
            // Name both trees, so the operator (and whoever they call) can compare them.
            Error e = proof.error();
            const qint64 now = store.size();
            QString nowRoot = QCoreApplication::translate("OperatorAnchor", "(unreadable)");
            if (now >= 0)
                if (auto root = store.rootHash(now))
                    nowRoot = QString::fromLatin1(root->toBase64());
            e.message = QCoreApplication::translate(
                            "OperatorAnchor",
                            "the audit store is not consistent with the checkpoint %1 last saw.\n"
                            "Held by %1: %2 records, root %3.\nStore now: %4 records, root %5.\n%6")
                            .arg(operatorId, QString::number(held->size),
                                 QString::fromLatin1(held->rootHash.toBase64()),
                                 QString::number(now), nowRoot, e.message);
            return e;
        }
        out.hadAnchor = true;
        out.anchoredSize = held->size;
    }
    auto latest = store.checkpoint();
    if (!latest)
        return latest.error();
    // Looking never writes: an anchor that already holds the latest checkpoint stays as it is.
    if (!out.hadAnchor || out.anchoredSize != latest->size)
        if (auto s = latest->save(file); !s)
            return s.error();
    out.latest = latest.value();
    return out;
}

}  // namespace countersign

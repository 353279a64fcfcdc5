#include "audit/OperatorAnchor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace countersign {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("OperatorAnchor", s);
}
}  // namespace

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
            e.message = tr("the checkpoint %1 last saw is not signed by this store's key: %2")
                            .arg(operatorId, e.message);
            return e;
        }
        auto proof = store.checkConsistencyWith(held.value());
        if (!proof)
            return proof.error();
        out.hadAnchor = true;
        out.anchoredSize = held->size;
    }
    auto latest = store.checkpoint();
    if (!latest)
        return latest.error();
    if (auto s = latest->save(file); !s)
        return s.error();
    out.latest = latest.value();
    return out;
}

}  // namespace countersign

#include "audit/StoredNodeChecker.h"

#include <QCoreApplication>

namespace countersign {

StoredNodeChecker::~StoredNodeChecker() = default;

std::optional<Error> StoredNodeChecker::check(int level, qint64 index, const Hash32& computed) {
    if (m_levels.size() < static_cast<size_t>(level))
        m_levels.resize(static_cast<size_t>(level));
    auto& reader = m_levels[static_cast<size_t>(level - 1)];
    if (!reader) {
        auto opened = m_sql.nodeLevelReader(level, m_firstLeaf >> level);
        if (!opened)
            return opened.error();
        reader = std::move(opened.value());
    }
    auto stored = reader->next(index);
    if (!stored)
        return stored.error();
    if (stored.value() != TreeHash::view(computed))
        return Error::checkFailed(QCoreApplication::translate("AuditVerifier",
                                                              "the stored Merkle tree node (level "
                                                              "%1, index %2) disagrees with the "
                                                              "records")
                                      .arg(level)
                                      .arg(index));
    return std::nullopt;
}

}  // namespace countersign

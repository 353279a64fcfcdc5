#pragma once

#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "audit/AuditSql.h"
#include "audit/TreeHash.h"
#include "common/Error.h"

namespace countersign {

// Compares recomputed perfect subtrees with the nodes stored for proofs, one sequential
// cursor per level on the caller's connection (a lookup per node would cost more than the
// scan of the records). The nodes of each level must come in index order, the first one of
// level L at index firstLeaf >> L.
class StoredNodeChecker {
public:
    StoredNodeChecker(const AuditSql& sql, qint64 firstLeaf) : m_sql(sql), m_firstLeaf(firstLeaf) {}
    ~StoredNodeChecker();

    // Empty when the stored node is the computed one, else what is wrong (CheckFailed: a
    // wrong or missing node; another kind: the store could not be read).
    std::optional<Error> check(int level, qint64 index, const Hash32& computed);

private:
    const AuditSql& m_sql;
    qint64 m_firstLeaf;
    std::vector<std::unique_ptr<AuditSql::NodeLevelReader>> m_levels;  // [level - 1]
};

}  // namespace countersign

#pragma once

#include <QDateTime>
#include <QString>

namespace countersign {

// Which records to list. Empty fields do not filter.
struct AuditFilter {
    QString actor;         // exact
    QString role;          // exact
    QString actionPrefix;  // "signoff" matches "signoff" and "signoff.recorded"
    QString subject;       // exact
    QDateTime from, to;    // inclusive range on the record time
    QString text;          // case-insensitive substring of the record's JSON (payload search)
    qint64 afterSeq = -1;  // only records with seq > afterSeq (keyset paging)

    bool isEmpty() const {
        return actor.isEmpty() && role.isEmpty() && actionPrefix.isEmpty() && subject.isEmpty() &&
               !from.isValid() && !to.isValid() && text.isEmpty() && afterSeq < 0;
    }
};

}  // namespace countersign

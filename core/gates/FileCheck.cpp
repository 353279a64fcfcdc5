#include "gates/FileCheck.h"

namespace countersign {

QJsonObject FileCheck::toJson() const {
    QJsonObject o{{QStringLiteral("path"), path},
                  {QStringLiteral("verdict"), fileVerdictId(verdict)}};
    if (!expectedSha256.isEmpty())
        o.insert(QStringLiteral("expected_sha256"), expectedSha256);
    if (!actualSha256.isEmpty())
        o.insert(QStringLiteral("actual_sha256"), actualSha256);
    if (expectedSize >= 0)
        o.insert(QStringLiteral("expected_size"), expectedSize);
    if (actualSize >= 0)
        o.insert(QStringLiteral("actual_size"), actualSize);
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

}  // namespace countersign

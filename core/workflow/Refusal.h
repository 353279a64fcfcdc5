#pragma once

#include <QList>
#include <QString>

namespace countersign {

// Why an attempt was refused or what still blocks a change request: a stable code for
// tests and records, and the condition named for a person.
struct Refusal {
    QString code;     // "gate.bias.failed", "sod.owner", "window.closed", ...
    QString message;  // translated: "the bias gate failed for this bundle: ..."

    bool operator==(const Refusal& other) const = default;
};

using Refusals = QList<Refusal>;

inline bool hasCode(const Refusals& list, const QString& code) {
    for (const Refusal& r : list)
        if (r.code == code)
            return true;
    return false;
}

}  // namespace countersign

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

#include "gates/Verdict.h"

namespace countersign {

// Confusion counts of one group of one protected attribute.
struct BiasGroup {
    QString value;
    qint64 tp = 0, fp = 0, tn = 0, fn = 0;
    bool flagged = false;  // fewer rows than the minimum support

    qint64 count() const { return tp + fp + tn + fn; }
    qint64 positives() const { return tp + fn; }
    // Undefined (nullopt) when the denominator is zero: never reported as 0.
    std::optional<double> tpr() const;
    std::optional<double> fpr() const;
    std::optional<double> fnr() const;
    std::optional<double> selectionRate() const;
};

struct BiasAttribute {
    QString name;
    QList<BiasGroup> groups;    // sorted by value
    std::optional<double> gap;  // max TPR - min TPR over groups with a defined TPR
    std::optional<std::pair<double, double>> gapCi;  // 95 % interval of the gap
    QString maxGroup, minGroup;                      // the groups at the ends of the gap
    Verdict status = Verdict::Undefined;
};

struct BiasBadRow {
    qint64 line = 0;
    QString reason;
};

// Everything the bias gate measured; toJson() is the CLI's `bias --json` document.
struct BiasReport {
    Verdict status = Verdict::Undefined;
    double maxGap = 0.02;
    QList<BiasAttribute> attributes;
    qint64 rows = 0;  // data rows read (good and bad)
    qint64 badRowCount = 0;
    QList<BiasBadRow> badRows;  // the first few, with line numbers
    double maxBadRowShare = 0;
    QString summary;
    // A classifier that predicts a single class over the good rows: "none" (nothing predicted
    // positive) or "all" (everything predicted positive); empty otherwise. The gate warns.
    QString singleClass;
    QString inputSha256;  // with BiasConfig::hashInput

    double badRowShare() const { return rows > 0 ? double(badRowCount) / double(rows) : 0.0; }
    QJsonObject toJson() const;
};

}  // namespace countersign

#include "gates/BiasReport.h"

#include <QJsonArray>

namespace countersign {

namespace {
std::optional<double> ratio(qint64 num, qint64 den) {
    if (den <= 0)
        return std::nullopt;
    return double(num) / double(den);
}
QJsonValue orNull(const std::optional<double>& v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
}  // namespace

std::optional<double> BiasGroup::tpr() const {
    return ratio(tp, tp + fn);
}
std::optional<double> BiasGroup::fpr() const {
    return ratio(fp, fp + tn);
}
std::optional<double> BiasGroup::fnr() const {
    return ratio(fn, tp + fn);
}
std::optional<double> BiasGroup::selectionRate() const {
    return ratio(tp + fp, count());
}

QJsonObject BiasReport::toJson() const {
    QJsonArray attrs;
    for (const BiasAttribute& a : attributes) {
        QJsonArray groups;
        for (const BiasGroup& g : a.groups) {
            groups.append(QJsonObject{
                {QStringLiteral("value"), g.value},
                {QStringLiteral("count"), g.count()},
                {QStringLiteral("tp"), g.tp},
                {QStringLiteral("fp"), g.fp},
                {QStringLiteral("tn"), g.tn},
                {QStringLiteral("fn"), g.fn},
                {QStringLiteral("tpr"), orNull(g.tpr())},
                {QStringLiteral("fpr"), orNull(g.fpr())},
                {QStringLiteral("fnr"), orNull(g.fnr())},
                {QStringLiteral("selection_rate"), orNull(g.selectionRate())},
                {QStringLiteral("flagged"), g.flagged},
            });
        }
        QJsonValue ci = QJsonValue::Null;
        if (a.gapCi)
            ci = QJsonArray{a.gapCi->first, a.gapCi->second};
        attrs.append(QJsonObject{
            {QStringLiteral("name"), a.name},
            {QStringLiteral("gap"), orNull(a.gap)},
            {QStringLiteral("gap_ci"), ci},
            {QStringLiteral("status"), verdictId(a.status)},
            {QStringLiteral("groups"), groups},
        });
    }
    QJsonArray bad;
    for (const BiasBadRow& b : badRows)
        bad.append(
            QJsonObject{{QStringLiteral("line"), b.line}, {QStringLiteral("reason"), b.reason}});
    QJsonObject out{
        {QStringLiteral("status"), verdictId(status)},
        {QStringLiteral("max_gap"), maxGap},
        {QStringLiteral("attributes"), attrs},
        {QStringLiteral("bad_rows"), QJsonObject{{QStringLiteral("count"), badRowCount},
                                                 {QStringLiteral("rows"), rows},
                                                 {QStringLiteral("max_share"), maxBadRowShare},
                                                 {QStringLiteral("first"), bad}}},
    };
    if (!singleClass.isEmpty())
        out.insert(QStringLiteral("single_class"), singleClass);
    return out;
}

}  // namespace countersign

#include "gates/DriftReport.h"

#include <QJsonArray>

namespace countersign {

namespace {
QJsonValue orNull(const std::optional<double>& v) {
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
}  // namespace

QList<const FeatureDrift*> DriftReport::breached() const {
    QList<const FeatureDrift*> out;
    for (const FeatureDrift& f : features)
        if (f.psi && *f.psi > breach)
            out.append(&f);
    return out;
}

const FeatureDrift* DriftReport::feature(const QString& name) const {
    for (const FeatureDrift& f : features)
        if (f.name == name)
            return &f;
    return nullptr;
}

QJsonObject DriftReport::toJson() const {
    QJsonArray feats;
    QJsonArray breachedNames;
    for (const FeatureDrift& f : features) {
        QJsonArray bins;
        for (const DriftBin& b : f.bins) {
            QJsonObject o{{QStringLiteral("label"), b.label},
                          {QStringLiteral("baseline"), b.baseline},
                          {QStringLiteral("current"), b.current},
                          {QStringLiteral("baseline_count"), b.baselineCount},
                          {QStringLiteral("current_count"), b.currentCount}};
            if (f.kind == QLatin1String("numeric")) {
                o.insert(QStringLiteral("lower"), orNull(b.lower));
                o.insert(QStringLiteral("upper"), orNull(b.upper));
            }
            bins.append(o);
        }
        QJsonObject o{{QStringLiteral("name"), f.name},
                      {QStringLiteral("kind"), f.kind},
                      {QStringLiteral("psi"), orNull(f.psi)},
                      {QStringLiteral("status"), verdictId(f.status)},
                      {QStringLiteral("bins"), bins},
                      {QStringLiteral("baseline_count"), f.baselineCount},
                      {QStringLiteral("current_count"), f.currentCount},
                      {QStringLiteral("baseline_missing"), f.baselineMissing},
                      {QStringLiteral("current_missing"), f.currentMissing}};
        if (!f.problem.isEmpty())
            o.insert(QStringLiteral("error"), f.problem);
        feats.append(o);
        if (f.psi && *f.psi > breach)
            breachedNames.append(f.name);
    }
    return QJsonObject{
        {QStringLiteral("status"), verdictId(status)},
        {QStringLiteral("psi_breach"), breach},
        {QStringLiteral("psi_warning"), warning},
        {QStringLiteral("features"), feats},
        {QStringLiteral("breached"), breachedNames},
        {QStringLiteral("rows"), QJsonObject{{QStringLiteral("baseline"), baselineRows},
                                             {QStringLiteral("current"), currentRows}}},
        {QStringLiteral("bad_rows"),
         QJsonObject{{QStringLiteral("count"), badRowCount},
                     {QStringLiteral("first"), QJsonArray::fromStringList(badRows)}}},
    };
}

}  // namespace countersign

#include "demo/DemoPredictions.h"

#include <QJsonArray>
#include <QVarLengthArray>
#include <cmath>
#include <vector>

#include "demo/DemoTextWriter.h"

namespace countersign {

namespace {
const QList<double> kGenderWeights{0.48, 0.49, 0.03};
const QList<double> kAgeWeights{0.18, 0.37, 0.30, 0.15};

struct Row {
    quint8 gender, age, label, positive;
};

double rate(qint64 num, qint64 den) {
    return den > 0 ? static_cast<double>(num) / static_cast<double>(den) : 0;
}
}  // namespace

QStringList DemoPredictions::genders() {
    return {QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("non_binary")};
}

QStringList DemoPredictions::ageBands() {
    return {QStringLiteral("18-25"), QStringLiteral("26-40"), QStringLiteral("41-60"),
            QStringLiteral("60+")};
}

Result<DemoPredictions::Summary> DemoPredictions::write(const QString& path, const Spec& spec,
                                                        DemoRandom& random) {
    const int nG = static_cast<int>(genders().size()), nA = static_cast<int>(ageBands().size());
    std::vector<Row> rows(static_cast<size_t>(spec.rows));
    std::vector<qint64> positives(static_cast<size_t>(nG * nA), 0);
    for (Row& r : rows) {
        r.gender = static_cast<quint8>(random.pick(kGenderWeights));
        r.age = static_cast<quint8>(random.pick(kAgeWeights));
        r.label = random.chance(spec.prevalence) ? 1 : 0;
        if (r.label)
            ++positives[static_cast<size_t>(r.gender * nA + r.age)];
    }
    // Hits per cell: cumulative rounding within each gender keeps the gender's TPR exact to
    // half a row, and every cell within one row of its share.
    std::vector<qint64> hitsLeft(positives.size(), 0), positivesLeft = positives;
    for (int g = 0; g < nG; ++g) {
        double cumulative = 0;
        qint64 assigned = 0;
        for (int a = 0; a < nA; ++a) {
            cumulative += static_cast<double>(positives[static_cast<size_t>(g * nA + a)]) *
                          spec.genderTpr.at(g);
            const qint64 upTo = std::llround(cumulative);
            hitsLeft[static_cast<size_t>(g * nA + a)] = upTo - assigned;
            assigned = upTo;
        }
    }
    // Selection sampling: each positive is a hit with probability (hits left)/(positives left).
    for (Row& r : rows) {
        if (r.label) {
            const size_t cell = static_cast<size_t>(r.gender * nA + r.age);
            r.positive = random.below(static_cast<std::uint64_t>(positivesLeft[cell])) <
                                 static_cast<std::uint64_t>(hitsLeft[cell])
                             ? 1
                             : 0;
            hitsLeft[cell] -= r.positive;
            --positivesLeft[cell];
        } else {
            r.positive = random.chance(spec.fpr) ? 1 : 0;
        }
    }

    DemoTextWriter out(path);
    if (auto s = out.open(); !s)
        return s.error();
    out.text(spec.predictionColumn ? "id,label,prediction,gender,age_band\n"
                                   : "id,label,score,gender,age_band\n");
    QList<QByteArray> g8, a8;
    for (const QString& g : genders()) g8 << g.toUtf8();
    for (const QString& a : ageBands()) a8 << a.toUtf8();
    Summary s;
    s.rows = spec.rows;
    std::vector<qint64> groupPos(static_cast<size_t>(nG + nA), 0),
        groupHits(static_cast<size_t>(nG + nA), 0);
    const int thr = spec.threshold;
    qint64 id = 0;
    for (const Row& r : rows) {
        out.integer(++id).ch(',').ch(r.label ? '1' : '0').ch(',');
        if (spec.predictionColumn) {
            out.ch(r.positive ? '1' : '0');
        } else {
            const double u = random.uniform();
            qint64 score;
            if (r.label && r.positive)
                score = thr + static_cast<qint64>((9999 - thr) * std::sqrt(u));
            else if (r.label)
                score = static_cast<qint64>(thr * (0.35 + 0.65 * u));
            else if (r.positive)
                score = thr + static_cast<qint64>((9999 - thr) * 0.6 * u);
            else
                score = static_cast<qint64>(thr * u * u);
            score = std::clamp<qint64>(score, r.positive ? thr : 0, r.positive ? 9999 : thr - 1);
            out.scaled(score, 4);
        }
        out.ch(',').text(g8.at(r.gender)).ch(',').text(a8.at(r.age)).ch('\n');
        if (r.label) {
            (r.positive ? s.tp : s.fn)++;
            ++groupPos[r.gender];
            ++groupPos[static_cast<size_t>(nG + r.age)];
            groupHits[r.gender] += r.positive;
            groupHits[static_cast<size_t>(nG + r.age)] += r.positive;
        } else {
            (r.positive ? s.fp : s.tn)++;
        }
    }
    if (auto c = out.close(); !c)
        return c.error();

    auto groupTprs = [&](const QStringList& names, int offset, const QString& attribute) {
        QJsonObject tprs;
        double lo = 1, hi = 0;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const double t = rate(groupHits[static_cast<size_t>(offset + i)],
                                  groupPos[static_cast<size_t>(offset + i)]);
            tprs.insert(names.at(i), t);
            lo = std::min(lo, t);
            hi = std::max(hi, t);
        }
        s.tprByGroup.insert(attribute, tprs);
        s.gaps.insert(attribute, hi - lo);
    };
    groupTprs(genders(), 0, QStringLiteral("gender"));
    groupTprs(ageBands(), nG, QStringLiteral("age_band"));
    return s;
}

}  // namespace countersign

#include "demo/DemoDriftSamples.h"

#include <QList>
#include <cmath>

#include "demo/DemoTextWriter.h"

namespace countersign {

namespace {
enum class Kind { LogNormal, Count, Normal, Hour, Categorical };

struct Feature {
    const char* name;
    Kind kind;
    double mu, sigma;  // of the underlying normal
    int decimals;
    QList<const char*> values;  // categorical
    QList<double> weights;      // categorical
};

QList<Feature> features(int count) {
    QList<Feature> f{
        {"amount", Kind::LogNormal, 4.2, 1.1, 2, {}, {}},
        {"balance", Kind::LogNormal, 7.5, 1.4, 2, {}, {}},
        {"account_age_days", Kind::Count, 6.0, 1.0, 0, {}, {}},
        {"txn_count_7d", Kind::Count, 1.8, 0.7, 0, {}, {}},
        {"txn_count_30d", Kind::Count, 3.1, 0.6, 0, {}, {}},
        {"avg_amount_30d", Kind::LogNormal, 4.0, 0.8, 2, {}, {}},
        {"distance_km", Kind::LogNormal, 2.0, 1.5, 1, {}, {}},
        {"hour_of_day", Kind::Hour, 0, 0, 0, {}, {}},
        {"device_age_days", Kind::Count, 5.0, 1.2, 0, {}, {}},
        {"risk_score_prev", Kind::Normal, 0.3, 0.12, 4, {}, {}},
        {"channel",
         Kind::Categorical,
         0,
         0,
         0,
         {"web", "mobile", "branch", "api"},
         {0.35, 0.45, 0.08, 0.12}},
        {"country",
         Kind::Categorical,
         0,
         0,
         0,
         {"AU", "NZ", "SG", "GB", "US", "PH", "IN"},
         {0.52, 0.10, 0.08, 0.09, 0.08, 0.07, 0.06}},
        {"merchant_category",
         Kind::Categorical,
         0,
         0,
         0,
         {"grocery", "travel", "electronics", "gaming", "transfer"},
         {0.34, 0.14, 0.16, 0.11, 0.25}},
        {"device_os",
         Kind::Categorical,
         0,
         0,
         0,
         {"ios", "android", "windows", "macos", "linux"},
         {0.38, 0.37, 0.15, 0.08, 0.02}},
    };
    static const char* const extras[] = {"velocity_1h",       "velocity_24h",   "chargebacks_90d",
                                         "login_count_7d",    "session_length", "income_ratio",
                                         "merchant_age_days", "basket_size"};
    for (int i = 14; i < count; ++i)
        f.append({extras[(i - 14) % 8], Kind::LogNormal, 1.0 + 0.1 * (i - 14), 0.9, 2, {}, {}});
    return f;
}

Status writeSample(const QString& path, const QList<Feature>& fs, qint64 rows, bool current,
                   const DemoDriftSamples::Spec& spec, DemoRandom& random) {
    DemoTextWriter out(path);
    if (auto s = out.open(); !s)
        return s;
    out.text("id");
    for (const Feature& f : fs) out.ch(',').text(f.name);
    out.ch('\n');
    for (qint64 id = 1; id <= rows; ++id) {
        out.integer(id);
        for (qsizetype i = 0; i < fs.size(); ++i) {
            const Feature& f = fs.at(i);
            out.ch(',');
            const double shift = !current ? 0.0 : (i == 0 ? spec.amountShift : spec.mildShift);
            switch (f.kind) {
                case Kind::LogNormal:
                    out.fixed(std::exp(f.mu + f.sigma * (random.normal() + shift)), f.decimals);
                    break;
                case Kind::Count:
                    out.integer(static_cast<qint64>(
                        std::floor(std::exp(f.mu + f.sigma * (random.normal() + shift)))));
                    break;
                case Kind::Normal:
                    out.fixed(f.mu + f.sigma * (random.normal() + shift), f.decimals);
                    break;
                case Kind::Hour: {
                    // Busier in the day: a mixture peaking mid-afternoon.
                    const double h =
                        random.chance(0.8) ? 14.0 + 4.0 * random.normal() : 24.0 * random.uniform();
                    out.integer(static_cast<qint64>(std::fmod(std::floor(h) + 24.0, 24.0)));
                    break;
                }
                case Kind::Categorical: {
                    QList<double> w = f.weights;
                    if (current)
                        w[0] += spec.mildShift * 0.1;  // a hair more of the first value
                    out.text(f.values.at(random.pick(w)));
                    break;
                }
            }
        }
        out.ch('\n');
    }
    return out.close();
}
}  // namespace

QStringList DemoDriftSamples::categoricalFeatures() {
    return {QStringLiteral("channel"), QStringLiteral("country"),
            QStringLiteral("merchant_category"), QStringLiteral("device_os")};
}

QStringList DemoDriftSamples::featureNames(int count) {
    QStringList out;
    for (const Feature& f : features(count)) out << QString::fromLatin1(f.name);
    return out;
}

Status DemoDriftSamples::write(const QString& baselinePath, const QString& currentPath,
                               const Spec& spec, DemoRandom& random) {
    const QList<Feature> fs = features(std::max(spec.features, 14));
    if (auto s = writeSample(baselinePath, fs, spec.rows, false, spec, random); !s)
        return s;
    return writeSample(currentPath, fs, spec.rows, true, spec, random);
}

}  // namespace countersign

#include "gates/DriftGate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "metrics/CsvReader.h"
#include "metrics/NumberParse.h"
#include "metrics/Psi.h"

namespace countersign {

namespace {

struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using StringCounts = std::unordered_map<std::string, qint64, StringHash, std::equal_to<>>;

void countString(StringCounts& counts, QByteArrayView v) {
    const std::string_view key(v.data(), size_t(v.size()));
    const auto it = counts.find(key);
    if (it != counts.end())
        ++it->second;
    else
        counts.emplace(std::string(key), 1);
}

enum class Kind { Undecided, Numeric, Discrete, Categorical };

constexpr int kMaxDiscrete = 20;

struct Feature {
    QString name;
    qsizetype baseCol = -1, curCol = -1;
    Kind kind = Kind::Undecided;
    std::vector<double> values;  // baseline numeric values until binned
    double distinct[kMaxDiscrete] = {};
    qint64 distinctCounts[kMaxDiscrete] = {};
    int distinctCount = 0;
    bool manyDistinct = false;
    StringCounts baseCats, curCats;
    std::vector<std::pair<double, qint64>> baseDiscrete;
    std::unordered_map<double, qint64> curDiscrete;
    std::vector<double> edges;
    std::vector<qint64> baseBins, curBins;
    qint64 baseMissing = 0, curMissing = 0;
    QString problem;

    void trackDistinct(double x) {
        if (manyDistinct)
            return;
        for (int i = 0; i < distinctCount; ++i) {
            if (distinct[i] == x) {
                ++distinctCounts[i];
                return;
            }
        }
        if (distinctCount == kMaxDiscrete) {
            manyDistinct = true;
            return;
        }
        distinct[distinctCount] = x;
        distinctCounts[distinctCount] = 1;
        ++distinctCount;
    }
};

// The baseline's numeric values are kept until binned. Growing 20 vectors of a million values
// one doubling at a time copied them ~twice and faulted fresh pages for each copy (a tenth of
// the run); once a few thousand rows tell the mean line length, the file's size tells how many
// values to expect. The reservation is capped (256 MiB in all), since a file whose first rows
// are short says little about the rest; past the cap the vectors grow as before.
constexpr qint64 kRowsBeforeReserving = 4096;
constexpr double kMaxReservedValues = 32.0 * 1024 * 1024;

void reserveForTheRest(std::vector<Feature>& features, const CsvReader& csv) {
    const qint64 consumed = csv.bytesConsumed();
    if (consumed <= 0 || csv.totalBytes() <= consumed)
        return;
    const auto numeric = std::count_if(features.begin(), features.end(),
                                       [](const Feature& f) { return f.kind == Kind::Numeric; });
    if (numeric == 0)
        return;
    const double rowsPerByte = double(kRowsBeforeReserving) / double(consumed);
    const double expected = double(csv.totalBytes()) * rowsPerByte * 1.05 + 1024;
    const auto each = size_t(std::min(expected, kMaxReservedValues / double(numeric)));
    for (Feature& f : features)
        if (f.kind == Kind::Numeric)
            f.values.reserve(each);
}

QString numberLabel(double x) {
    return QString::number(x, 'g', QLocale::FloatingPointShortest);
}

QString shortValue(QByteArrayView v) {
    return QString::fromUtf8(v.first(qMin<qsizetype>(v.size(), 40)));
}

}  // namespace

bool DriftGate::isMissing(QByteArrayView v) {
    switch (v.size()) {
        case 0:
            return true;
        case 2:
            return v == "NA";
        case 3:
            return v == "N/A" || v == "NaN" || v == "nan";
        case 4:
            return v == "null" || v == "NULL" || v == "None";
        default:
            return false;
    }
}

Result<DriftReport> DriftGate::evaluate(const QString& baselineCsv, const QString& currentCsv,
                                        const DriftOptions& options,
                                        const ProgressCallback& progress) {
    CsvReader base, cur;
    if (Status s = base.open(baselineCsv); !s)
        return s.error();
    if (Status s = cur.open(currentCsv); !s)
        return s.error();
    return evaluate(base, cur, options, progress);
}

Result<DriftReport> DriftGate::evaluate(CsvReader& base, CsvReader& cur,
                                        const DriftOptions& options,
                                        const ProgressCallback& progress) {
    const QString baselineCsv = base.fileName();
    const QString currentCsv = cur.fileName();
    base.setComputeSha256(options.hashInputs);
    cur.setComputeSha256(options.hashInputs);
    const qint64 totalBytes = base.totalBytes() + cur.totalBytes();

    if (!base.next()) {
        if (base.error())
            return *base.error();
        return Error::badInput(
            QCoreApplication::translate("DriftGate", "the file is empty (no header line)"),
            baselineCsv, QStringLiteral("line 1"));
    }
    if (!cur.next()) {
        if (cur.error())
            return *cur.error();
        return Error::badInput(
            QCoreApplication::translate("DriftGate", "the file is empty (no header line)"),
            currentCsv, QStringLiteral("line 1"));
    }
    const Result<QStringList> baseNames = base.header();
    if (!baseNames)
        return baseNames.error();
    const Result<QStringList> curNames = cur.header();
    if (!curNames)
        return curNames.error();
    const QStringList baseHeader = *baseNames;
    const QStringList curHeader = *curNames;
    QStringList names = options.features;
    if (names.isEmpty()) {
        for (const QString& c : baseHeader)
            if (!options.ignore.contains(c))
                names << c;
    }
    if (names.isEmpty())
        return Error::badInput(QCoreApplication::translate("DriftGate", "no features to compare"),
                               baselineCsv, QStringLiteral("line 1"));
    std::vector<Feature> features(size_t(names.size()));
    for (qsizetype i = 0; i < names.size(); ++i) {
        Feature& f = features[size_t(i)];
        f.name = names.at(i);
        f.baseCol = baseHeader.indexOf(f.name);
        f.curCol = curHeader.indexOf(f.name);
        if (f.baseCol < 0)
            return Error::badInput(
                QCoreApplication::translate("DriftGate", "no column \"%1\" in the header")
                    .arg(f.name),
                baselineCsv, QStringLiteral("line 1"));
        if (f.curCol < 0)
            return Error::badInput(
                QCoreApplication::translate("DriftGate", "no column \"%1\" in the header")
                    .arg(f.name),
                currentCsv, QStringLiteral("line 1"));
        if (options.categorical.contains(f.name))
            f.kind = Kind::Categorical;
        else if (!options.detectCategorical)
            f.kind = Kind::Numeric;
    }

    DriftReport report;
    report.breach = options.breach;
    report.warning = options.warning;
    auto bad = [&](const CsvReader& csv, qsizetype width) {
        ++report.badRowCount;
        if (report.badRows.size() < options.keptBadRows)
            report.badRows << QCoreApplication::translate(
                                  "DriftGate", "%1 line %2: expected %3 fields, found %4")
                                  .arg(csv.fileName())
                                  .arg(csv.line())
                                  .arg(width)
                                  .arg(csv.fieldCount());
    };
    auto invalid = [](Feature& f, const CsvReader& csv, QByteArrayView v) {
        if (f.problem.isEmpty())
            f.problem = QCoreApplication::translate(
                            "DriftGate",
                            "%1 line %2: \"%3\" is not a number (list the feature as categorical?)")
                            .arg(csv.fileName())
                            .arg(csv.line())
                            .arg(shortValue(v));
    };

    // Pass 1: the baseline.
    qint64 since = 0;
    const qsizetype baseWidth = baseHeader.size();
    while (base.next()) {
        ++report.baselineRows;
        if (report.baselineRows == kRowsBeforeReserving)
            reserveForTheRest(features, base);
        if (progress && ++since >= 65536) {
            since = 0;
            if (!progress(base.bytesConsumed(), totalBytes))
                return Error::internal(QCoreApplication::translate("DriftGate", "cancelled"),
                                       baselineCsv);
        }
        if (base.fieldCount() != baseWidth) {
            bad(base, baseWidth);
            continue;
        }
        for (Feature& f : features) {
            const QByteArrayView v = base.field(f.baseCol);
            if (isMissing(v)) {
                ++f.baseMissing;
                continue;
            }
            if (f.kind == Kind::Categorical) {
                countString(f.baseCats, v);
                continue;
            }
            const std::optional<double> x = parseFiniteDouble(v);
            if (f.kind == Kind::Undecided)
                f.kind = x ? Kind::Numeric : Kind::Categorical;
            if (f.kind == Kind::Categorical) {
                countString(f.baseCats, v);
            } else if (!x) {
                invalid(f, base, v);
            } else {
                f.values.push_back(*x);
                f.trackDistinct(*x);
            }
        }
    }
    if (base.error())
        return *base.error();
    report.baselineSha256 = base.sha256Hex();

    // Binning from the baseline: features are independent, so they are binned in parallel
    // (the decile selection is the costliest step after parsing). A pool of its own: the gate
    // itself often runs on a global-pool thread, and waiting there for global-pool work can
    // deadlock when the pool is full.
    QThreadPool pool;
    QtConcurrent::blockingMap(&pool, features, [](Feature& f) {
        if (f.kind == Kind::Undecided)
            f.kind = Kind::Numeric;  // no values at all
        if (f.kind != Kind::Numeric)
            return;
        if (!f.manyDistinct) {
            f.kind = Kind::Discrete;
            for (int i = 0; i < f.distinctCount; ++i)
                f.baseDiscrete.emplace_back(f.distinct[i], f.distinctCounts[i]);
        } else {
            f.edges = Psi::decileEdges(f.values, 10);
            f.baseBins.assign(f.edges.size() + 1, 0);
            for (double x : f.values) ++f.baseBins[size_t(Psi::binOf(f.edges, x))];
            f.curBins.assign(f.edges.size() + 1, 0);
        }
        std::vector<double>().swap(f.values);
    });

    // Pass 2: the current sample, binned as it streams.
    const qsizetype curWidth = curHeader.size();
    while (cur.next()) {
        ++report.currentRows;
        if (progress && ++since >= 65536) {
            since = 0;
            if (!progress(base.totalBytes() + cur.bytesConsumed(), totalBytes))
                return Error::internal(QCoreApplication::translate("DriftGate", "cancelled"),
                                       currentCsv);
        }
        if (cur.fieldCount() != curWidth) {
            bad(cur, curWidth);
            continue;
        }
        for (Feature& f : features) {
            const QByteArrayView v = cur.field(f.curCol);
            if (isMissing(v)) {
                ++f.curMissing;
                continue;
            }
            if (f.kind == Kind::Categorical) {
                countString(f.curCats, v);
                continue;
            }
            const std::optional<double> x = parseFiniteDouble(v);
            if (!x) {
                invalid(f, cur, v);
            } else if (f.kind == Kind::Numeric) {
                ++f.curBins[size_t(Psi::binOf(f.edges, *x))];
            } else {
                ++f.curDiscrete[*x];
            }
        }
    }
    if (cur.error())
        return *cur.error();
    report.currentSha256 = cur.sha256Hex();
    if (progress && !progress(totalBytes, totalBytes))
        return Error::internal(QCoreApplication::translate("DriftGate", "cancelled"), currentCsv);

    // Bins, proportions, PSI, verdicts.
    Verdict overall = Verdict::Pass;
    QStringList breachedNames, errorNames, warnNames;
    for (Feature& f : features) {
        FeatureDrift out;
        out.name = f.name;
        out.baselineMissing = f.baseMissing;
        out.currentMissing = f.curMissing;
        std::vector<qint64> bc, cc;
        if (f.kind == Kind::Numeric) {
            out.kind = QStringLiteral("numeric");
            for (size_t i = 0; i < f.baseBins.size(); ++i) {
                DriftBin b;
                if (i > 0)
                    b.lower = f.edges[i - 1];
                if (i < f.edges.size())
                    b.upper = f.edges[i];
                b.label = QStringLiteral("(%1, %2%3")
                              .arg(b.lower ? numberLabel(*b.lower) : QStringLiteral("-inf"),
                                   b.upper ? numberLabel(*b.upper) : QStringLiteral("+inf"),
                                   b.upper ? QStringLiteral("]") : QStringLiteral(")"));
                b.baselineCount = f.baseBins[i];
                b.currentCount = f.curBins[i];
                out.bins.append(b);
            }
        } else if (f.kind == Kind::Discrete) {
            out.kind = QStringLiteral("discrete");
            std::unordered_map<double, qint64> all;
            for (const auto& [x, n] : f.baseDiscrete) all[x] += 0;
            for (const auto& [x, n] : f.curDiscrete) all[x] += 0;
            std::vector<double> keys;
            for (const auto& kv : all) keys.push_back(kv.first);
            std::sort(keys.begin(), keys.end());
            for (double x : keys) {
                DriftBin b;
                b.label = numberLabel(x);
                for (const auto& [bx, n] : f.baseDiscrete)
                    if (bx == x)
                        b.baselineCount = n;
                const auto it = f.curDiscrete.find(x);
                if (it != f.curDiscrete.end())
                    b.currentCount = it->second;
                out.bins.append(b);
            }
        } else {
            out.kind = QStringLiteral("categorical");
            std::vector<std::string> keys;
            for (const auto& kv : f.baseCats) keys.push_back(kv.first);
            for (const auto& kv : f.curCats)
                if (!f.baseCats.count(kv.first))
                    keys.push_back(kv.first);
            std::sort(keys.begin(), keys.end());
            for (const std::string& k : keys) {
                DriftBin b;
                b.label = QString::fromUtf8(k.data(), qsizetype(k.size()));
                const auto bi = f.baseCats.find(k);
                if (bi != f.baseCats.end())
                    b.baselineCount = bi->second;
                const auto ci = f.curCats.find(k);
                if (ci != f.curCats.end())
                    b.currentCount = ci->second;
                out.bins.append(b);
            }
        }
        for (const DriftBin& b : out.bins) {
            out.baselineCount += b.baselineCount;
            out.currentCount += b.currentCount;
        }
        std::vector<double> pb, pc;
        for (DriftBin& b : out.bins) {
            b.baseline =
                out.baselineCount > 0 ? double(b.baselineCount) / double(out.baselineCount) : 0.0;
            b.current =
                out.currentCount > 0 ? double(b.currentCount) / double(out.currentCount) : 0.0;
            pb.push_back(b.baseline);
            pc.push_back(b.current);
        }
        out.problem = f.problem;
        if (out.problem.isEmpty() && out.baselineCount == 0)
            out.problem =
                QCoreApplication::translate("DriftGate", "no baseline values (%1 missing)")
                    .arg(out.baselineMissing);
        if (out.problem.isEmpty() && out.currentCount == 0)
            out.problem = QCoreApplication::translate("DriftGate", "no current values (%1 missing)")
                              .arg(out.currentMissing);
        for (const auto& [side, count] :
             {std::pair{QCoreApplication::translate("DriftGate", "baseline"), out.baselineCount},
              std::pair{QCoreApplication::translate("DriftGate", "current"), out.currentCount}})
            if (out.problem.isEmpty() && count < options.minSample)
                out.problem = QCoreApplication::translate(
                                  "DriftGate",
                                  "insufficient %1 sample: %2 values, fewer than the %3 a PSI "
                                  "needs (drift_min_sample)")
                                  .arg(side)
                                  .arg(count)
                                  .arg(options.minSample);
        if (!out.problem.isEmpty()) {
            out.status = Verdict::Error;
            errorNames << out.name;
        } else {
            out.psi = Psi::fromProportions(pb, pc);
            if (*out.psi > options.breach) {
                out.status = Verdict::Fail;
                breachedNames << QStringLiteral("%1 (PSI %2)")
                                     .arg(out.name, QString::number(*out.psi, 'f', 3));
            } else if (*out.psi >= options.warning) {
                out.status = Verdict::Warning;
                warnNames << out.name;
            } else {
                out.status = Verdict::Pass;
            }
        }
        overall = worse(overall, out.status);
        report.features.append(out);
    }
    const qint64 rows = report.baselineRows + report.currentRows;
    if (report.badRowCount > 0 &&
        double(report.badRowCount) > options.maxBadRowShare * double(rows)) {
        overall = Verdict::Error;
        errorNames.prepend(
            QCoreApplication::translate("DriftGate", "%1 bad rows").arg(report.badRowCount));
    }
    report.status = overall;
    QStringList parts;
    if (!errorNames.isEmpty())
        parts << QCoreApplication::translate("DriftGate", "error: %1")
                     .arg(errorNames.join(QStringLiteral(", ")));
    if (!breachedNames.isEmpty())
        parts << QCoreApplication::translate("DriftGate", "PSI > %1 on %2")
                     .arg(QString::number(options.breach),
                          breachedNames.join(QStringLiteral(", ")));
    if (!warnNames.isEmpty())
        parts << QCoreApplication::translate("DriftGate", "warning on %1")
                     .arg(warnNames.join(QStringLiteral(", ")));
    if (parts.isEmpty())
        parts << QCoreApplication::translate("DriftGate", "%1 features, all PSI < %2")
                     .arg(report.features.size())
                     .arg(options.warning);
    report.summary = parts.join(QStringLiteral("; "));
    return report;
}

QJsonObject DriftGate::thresholdsJson(const DriftOptions& options) {
    return QJsonObject{{QStringLiteral("drift_psi_breach"), options.breach},
                       {QStringLiteral("drift_psi_warning"), options.warning},
                       {QStringLiteral("drift_min_sample"), options.minSample}};
}

GateResult DriftGate::toGateResult(const DriftReport& report, const DriftOptions& options,
                                   const QList<Evidence>& evidence, const QDateTime& at) {
    return GateResult::of(QStringLiteral("drift"), report.status, report.summary, report.toJson(),
                          thresholdsJson(options), evidence, at);
}

GateResult DriftGate::errorResult(const Error& error, const DriftOptions& options,
                                  const QList<Evidence>& evidence, const QDateTime& at) {
    return GateResult::unevaluated(QStringLiteral("drift"), error, thresholdsJson(options),
                                   evidence, at);
}

}  // namespace countersign

#include "gates/BiasGate.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "metrics/CsvReader.h"
#include "metrics/GapInterval.h"
#include "metrics/NumberParse.h"

namespace countersign {

namespace {

// Short values (labels, group names) dominate: an inline loop beats a call to memcmp.
inline bool equalBytes(const char* a, const char* b, size_t n) {
    if (n > 16)
        return std::memcmp(a, b, n) == 0;
    for (size_t i = 0; i < n; ++i)
        if (a[i] != b[i])
            return false;
    return true;
}

bool sameBytes(QByteArrayView a, const QByteArray& b) {
    return a.size() == b.size() && equalBytes(a.data(), b.constData(), size_t(a.size()));
}

inline bool sameKey(const std::string& k, std::string_view v) {
    return k.size() == v.size() && equalBytes(k.data(), v.data(), v.size());
}

// Groups of one attribute: a short list scanned linearly (the common case of a handful of
// groups), switching to a hash map when an attribute has many distinct values.
class GroupTable {
public:
    std::array<qint64, 4>& find(QByteArrayView value) {
        const std::string_view key(value.data(), size_t(value.size()));
        if (m_index.empty()) {
            // Open addressing on the first 8 bytes and the length: one probe in the common case.
            std::uint64_t word = 0;
            std::memcpy(&word, key.data(), std::min<size_t>(key.size(), 8));
            const std::uint64_t h =
                (word ^ (std::uint64_t(key.size()) << 56)) * 0x9E3779B97F4A7C15ull;
            for (size_t slot = size_t(h >> 58);; slot = (slot + 1) & (kSlots - 1)) {
                Slot& s = m_slots[slot];
                if (s.index < 0) {
                    s = {word, std::uint32_t(key.size()), std::int32_t(m_keys.size())};
                    break;  // new key, added below
                }
                if (s.word == word && s.size == key.size() &&
                    (key.size() <= 8 || sameKey(m_keys[size_t(s.index)], key)))
                    return m_counts[size_t(s.index)];
            }
        } else {
            const auto it = m_index.find(key);
            if (it != m_index.end())
                return m_counts[it->second];
        }
        m_keys.emplace_back(key);
        m_counts.push_back({0, 0, 0, 0});
        if (!m_index.empty() || m_keys.size() > kLinear) {
            if (m_index.empty())
                for (size_t i = 0; i < m_keys.size(); ++i) m_index.emplace(m_keys[i], i);
            else
                m_index.emplace(m_keys.back(), m_keys.size() - 1);
        }
        return m_counts.back();
    }
    const std::vector<std::string>& keys() const { return m_keys; }
    const std::vector<std::array<qint64, 4>>& counts() const { return m_counts; }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    static constexpr size_t kLinear = 24;  // then a hash map (the slot table stays half empty)
    static constexpr size_t kSlots = 64;
    struct Slot {
        std::uint64_t word = 0;
        std::uint32_t size = 0;
        std::int32_t index = -1;
    };
    std::array<Slot, kSlots> m_slots{};
    std::vector<std::string> m_keys;
    std::vector<std::array<qint64, 4>> m_counts;
    std::unordered_map<std::string, size_t, Hash, std::equal_to<>> m_index;
};

enum Cell { TN = 0, FP = 1, FN = 2, TP = 3 };  // index = 2 * actual + predicted

QString percent(double v) {
    return QString::number(v * 100.0, 'f', 1) + QStringLiteral(" %");
}

}  // namespace

Result<BiasReport> BiasGate::evaluate(const QString& predictionsCsv, const BiasConfig& config,
                                      const ProgressCallback& progress) {
    CsvReader csv;
    if (Status s = csv.open(predictionsCsv); !s)
        return s.error();
    csv.setComputeSha256(config.hashInput);
    return evaluate(csv, config, progress);
}

Result<BiasReport> BiasGate::evaluate(CsvReader& csv, const BiasConfig& config,
                                      const ProgressCallback& progress) {
    const QString file = csv.fileName();
    if (config.label.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("BiasGate", "no label column configured"), file);
    if (config.usesScore() == !config.prediction.isEmpty())
        return Error::badInput(
            QCoreApplication::translate(
                "BiasGate",
                "configure either a score column with a threshold or a prediction column"),
            file);
    if (!config.usesScore() && config.predictedPositive.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("BiasGate",
                                        "no predicted-positive values configured for column \"%1\"")
                .arg(config.prediction),
            file);
    if (config.protectedAttributes.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("BiasGate", "no protected attribute configured"), file);

    if (!csv.next()) {
        if (csv.error())
            return *csv.error();
        return Error::badInput(
            QCoreApplication::translate("BiasGate", "the file is empty (no header line)"), file,
            QStringLiteral("line 1"));
    }
    const Result<QStringList> headerNames = csv.header();
    if (!headerNames)
        return headerNames.error();
    const QStringList header = *headerNames;
    const QString headerWhere = QStringLiteral("line %1").arg(csv.line());
    auto column = [&](const QString& name) -> qsizetype { return header.indexOf(name); };
    const qsizetype labelCol = column(config.label);
    if (labelCol < 0)
        return Error::badInput(
            QCoreApplication::translate("BiasGate", "no column \"%1\" (label) in the header")
                .arg(config.label),
            file, headerWhere);
    const QString predName = config.usesScore() ? config.score : config.prediction;
    const qsizetype predCol = column(predName);
    if (predCol < 0)
        return Error::badInput(
            QCoreApplication::translate("BiasGate", "no column \"%1\" (%2) in the header")
                .arg(predName, config.usesScore()
                                   ? QCoreApplication::translate("BiasGate", "score")
                                   : QCoreApplication::translate("BiasGate", "prediction")),
            file, headerWhere);
    std::vector<qsizetype> attrCols;
    for (const QString& a : config.protectedAttributes) {
        const qsizetype c = column(a);
        if (c < 0)
            return Error::badInput(
                QCoreApplication::translate("BiasGate",
                                            "no column \"%1\" (protected attribute) in the header")
                    .arg(a),
                file, headerWhere);
        attrCols.push_back(c);
    }

    const qsizetype width = header.size();
    const QByteArray positive = config.positiveLabel.toUtf8();
    std::vector<QByteArray> predictedPositive;
    for (const QString& v : config.predictedPositive) predictedPositive.push_back(v.toUtf8());
    const bool useScore = config.usesScore();
    const double threshold = config.threshold;

    BiasReport report;
    report.maxGap = config.maxGap;
    report.maxBadRowShare = config.maxBadRowShare;
    std::vector<GroupTable> tables(attrCols.size());
    auto bad = [&](qint64 line, QString reason) {
        ++report.badRowCount;
        if (report.badRows.size() < config.keptBadRows)
            report.badRows.append({line, std::move(reason)});
    };

    qint64 sinceProgress = 0;
    while (csv.next()) {
        ++report.rows;
        if (progress && ++sinceProgress >= 65536) {
            sinceProgress = 0;
            if (!progress(csv.bytesConsumed(), csv.totalBytes()))
                return Error::internal(QCoreApplication::translate("BiasGate", "cancelled"), file);
        }
        if (csv.fieldCount() != width) {
            bad(csv.line(), QCoreApplication::translate("BiasGate", "expected %1 fields, found %2")
                                .arg(width)
                                .arg(csv.fieldCount()));
            continue;
        }
        if (csv.malformed()) {
            bad(csv.line(), QCoreApplication::translate("BiasGate", "malformed quoting"));
            continue;
        }
        const QByteArrayView label = csv.field(labelCol);
        if (label.isEmpty()) {
            bad(csv.line(), QCoreApplication::translate("BiasGate", "missing label"));
            continue;
        }
        bool predicted = false;
        const QByteArrayView pred = csv.field(predCol);
        if (useScore) {
            const std::optional<double> s = parseFiniteDouble(pred);
            if (!s) {
                bad(csv.line(),
                    QCoreApplication::translate("BiasGate", "unparsable score \"%1\"")
                        .arg(QString::fromUtf8(pred.first(qMin<qsizetype>(pred.size(), 40)))));
                continue;
            }
            predicted = *s >= threshold;
        } else {
            if (pred.isEmpty()) {
                bad(csv.line(), QCoreApplication::translate("BiasGate", "missing prediction"));
                continue;
            }
            for (const QByteArray& p : predictedPositive) {
                if (sameBytes(pred, p)) {
                    predicted = true;
                    break;
                }
            }
        }
        bool missingAttr = false;
        for (size_t a = 0; a < attrCols.size(); ++a) {
            if (csv.field(attrCols[a]).isEmpty()) {
                bad(csv.line(), QCoreApplication::translate("BiasGate", "missing value of \"%1\"")
                                    .arg(config.protectedAttributes.at(qsizetype(a))));
                missingAttr = true;
                break;
            }
        }
        if (missingAttr)
            continue;
        const int cell = (sameBytes(label, positive) ? 2 : 0) + (predicted ? 1 : 0);
        for (size_t a = 0; a < attrCols.size(); ++a)
            ++tables[a].find(csv.field(attrCols[a]))[size_t(cell)];
    }
    if (csv.error())
        return *csv.error();
    report.inputSha256 = csv.sha256Hex();
    if (progress && !progress(csv.totalBytes(), csv.totalBytes()))
        return Error::internal(QCoreApplication::translate("BiasGate", "cancelled"), file);

    // Per attribute: groups, gap, interval.
    Verdict overall = Verdict::Pass;
    QStringList failures, warnings;
    bool anyFlagged = false;
    for (size_t a = 0; a < attrCols.size(); ++a) {
        BiasAttribute attr;
        attr.name = config.protectedAttributes.at(qsizetype(a));
        const auto& keys = tables[a].keys();
        const auto& counts = tables[a].counts();
        for (size_t g = 0; g < keys.size(); ++g) {
            BiasGroup group;
            group.value = QString::fromUtf8(keys[g].data(), qsizetype(keys[g].size()));
            group.tp = counts[g][TP];
            group.fp = counts[g][FP];
            group.tn = counts[g][TN];
            group.fn = counts[g][FN];
            group.flagged = group.count() < config.minGroupSupport;
            anyFlagged = anyFlagged || group.flagged;
            attr.groups.append(group);
        }
        std::sort(attr.groups.begin(), attr.groups.end(),
                  [](const BiasGroup& x, const BiasGroup& y) { return x.value < y.value; });
        std::vector<RateCounts> rates;
        double lo = 2, hi = -1;
        for (const BiasGroup& g : attr.groups) {
            const std::optional<double> t = g.tpr();
            if (!t)
                continue;
            rates.push_back({g.tp, g.positives()});
            if (*t < lo) {
                lo = *t;
                attr.minGroup = g.value;
            }
            if (*t > hi) {
                hi = *t;
                attr.maxGroup = g.value;
            }
        }
        if (rates.empty()) {
            attr.status = Verdict::Error;
            failures << QCoreApplication::translate("BiasGate", "%1: no group has positive labels")
                            .arg(attr.name);
        } else {
            attr.gap = hi - lo;
            attr.gapCi = bootstrapGapInterval(rates, config.bootstrapReplicates, config.confidence,
                                              config.seed + quint64(a));
            attr.status = *attr.gap >= config.maxGap ? Verdict::Fail : Verdict::Pass;
            if (attr.status == Verdict::Fail)
                failures << QCoreApplication::translate("BiasGate", "gap %1 on %2 ≥ %3")
                                .arg(percent(*attr.gap), attr.name, percent(config.maxGap));
        }
        overall = worse(overall, attr.status);
        report.attributes.append(attr);
    }

    const qint64 good = report.rows - report.badRowCount;
    if (report.rows == 0) {
        overall = Verdict::Error;
        failures.prepend(QCoreApplication::translate(
            "BiasGate", "the predictions file has a header but no data rows"));
    } else if (good == 0 || report.badRowShare() > config.maxBadRowShare) {
        overall = Verdict::Error;
        failures.prepend(
            QCoreApplication::translate("BiasGate", "%1 of %2 rows unreadable (more than %3)")
                .arg(report.badRowCount)
                .arg(report.rows)
                .arg(percent(config.maxBadRowShare)));
    } else {
        // A classifier that predicts one class only has a gap of 0 by construction: named.
        qint64 positivePredictions = 0, scored = 0;
        if (!tables.empty())
            for (const auto& c : tables.front().counts()) {
                positivePredictions += c[TP] + c[FP];
                scored += c[TP] + c[FP] + c[TN] + c[FN];
            }
        if (scored > 0 && (positivePredictions == 0 || positivePredictions == scored)) {
            report.singleClass =
                positivePredictions == 0 ? QStringLiteral("none") : QStringLiteral("all");
            warnings << (positivePredictions == 0
                             ? QCoreApplication::translate(
                                   "BiasGate", "single class: nothing is predicted positive")
                             : QCoreApplication::translate(
                                   "BiasGate", "single class: everything is predicted positive"));
        }
        if (overall == Verdict::Pass &&
            (anyFlagged || report.badRowCount > 0 || !report.singleClass.isEmpty()))
            overall = Verdict::Warning;
    }
    report.status = overall;
    if (!failures.isEmpty()) {
        report.summary = failures.join(QStringLiteral("; "));
    } else {
        QStringList parts;
        for (const BiasAttribute& at : report.attributes)
            parts << QCoreApplication::translate("BiasGate", "%1 gap %2")
                         .arg(at.name, percent(at.gap.value_or(0)));
        report.summary =
            parts.join(QStringLiteral(", ")) +
            QCoreApplication::translate("BiasGate", " (bound %1)").arg(percent(config.maxGap));
        if (anyFlagged)
            report.summary += QCoreApplication::translate("BiasGate", "; small groups flagged");
        if (report.badRowCount > 0)
            report.summary +=
                QCoreApplication::translate("BiasGate", "; %1 bad rows").arg(report.badRowCount);
        for (const QString& w : warnings) report.summary += QStringLiteral("; ") + w;
    }
    return report;
}

QJsonObject BiasGate::thresholdsJson(const BiasConfig& config) {
    return QJsonObject{
        {QStringLiteral("bias_max_gap"), config.maxGap},
        {QStringLiteral("bias_min_group_support"), config.minGroupSupport},
        {QStringLiteral("bias_max_bad_row_share"), config.maxBadRowShare},
    };
}

GateResult BiasGate::toGateResult(const BiasReport& report, const BiasConfig& config,
                                  const QList<Evidence>& evidence, const QDateTime& at) {
    return GateResult::of(QStringLiteral("bias"), report.status, report.summary, report.toJson(),
                          thresholdsJson(config), evidence, at);
}

GateResult BiasGate::errorResult(const Error& error, const BiasConfig& config,
                                 const QList<Evidence>& evidence, const QDateTime& at) {
    return GateResult::unevaluated(QStringLiteral("bias"), error, thresholdsJson(config), evidence,
                                   at);
}

}  // namespace countersign

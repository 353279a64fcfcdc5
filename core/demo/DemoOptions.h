#pragma once

#include <QDateTime>
#include <QString>
#include <cstdint>
#include <functional>

namespace countersign {

// What `countersign-cli demo init DIR [--seed N] [--scale small|bench] [--at INSTANT]` asks for.
struct DemoOptions {
    enum class Scale { Small, Bench };

    QString dir;             // created; must not exist or be empty
    std::uint64_t seed = 1;  // same seed, byte-identical files
    Scale scale = Scale::Small;
    // The instant the demo is built for (UTC): its current bundles fall in the change window open
    // then (core/workflow/CycleOpenAt). Invalid: now, on the system clock. Tests and replays pass
    // an anchor (`--at`), such as anchor(), whose demo names fraud-detection@2026.11.0.
    QDateTime at;
    static QDateTime anchor() {
        return QDateTime::fromString(QStringLiteral("2026-11-03T08:00:00Z"), Qt::ISODate);
    }
    qint64 benchArtefactBytes = 4ll << 30;  // bench: total size of the benchmark model shards
    qint64 benchPredictionRows = 10000000;  // bench: rows of the benchmark predictions CSV
    qint64 benchDriftRows = 1000000;        // bench: rows of each benchmark drift sample
    // Called (from any thread, one call at a time) as each part is written.
    std::function<void(const QString&)> progress;
};

}  // namespace countersign

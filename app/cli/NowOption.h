#pragma once

#include <QCommandLineParser>
#include <memory>

#include "common/Clock.h"
#include "common/Result.h"

namespace countersign::cli {

// `--now TIME`: run a command as if it were TIME (UTC, ISO 8601) — reproducible runs, replays,
// and the demo set-up, which acts inside the demo's change window.
class NowOption {
public:
    static void add(QCommandLineParser& parser);
    // The clock the command runs on: a FixedClock at --now when it is set, else the system clock.
    static Result<std::shared_ptr<const Clock>> clock(const QCommandLineParser& parser);
};

}  // namespace countersign::cli

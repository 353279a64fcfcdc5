#pragma once

#include <QCommandLineParser>
#include <memory>

#include "common/Clock.h"
#include "common/Result.h"

namespace countersign::cli {

// `--now TIME`: run a command as if it were TIME (UTC, ISO 8601) — replays and training. No
// signer chooses the time: --now is accepted only in a training workspace (controls.json
// "training": true, docs/formats.md); everywhere else the system clock stamps every record.
class NowOption {
public:
    static void add(QCommandLineParser& parser);
    // The clock the command runs on: a FixedClock at --now when it is set (training workspaces
    // only; otherwise a bad-input error naming the rule), else the system clock.
    static Result<std::shared_ptr<const Clock>> clock(const QCommandLineParser& parser,
                                                      const QString& workspaceRoot);
};

}  // namespace countersign::cli

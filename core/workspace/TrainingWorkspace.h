#pragma once

#include <QString>

#include "common/Result.h"

namespace countersign {

// A training workspace: controls.json says "training": true (docs/formats.md). Only there may a
// person set the clock (`--now` in the CLI, `--clock` in the console); its records say so and
// `release verify` refuses its evidence. One place for the rule, shared by the CLI and the GUI.
class TrainingWorkspace {
public:
    // Whether the workspace at root is a training workspace; false when controls.json is missing.
    static Result<bool> isTraining(const QString& root);
    // Ok in a training workspace; otherwise a bad-input error (exit 2) naming the option, the
    // controls file and the rule.
    static Status requireForClockOption(const QString& root, const QString& option);
    // The rule a clock option outside a training workspace breaks (the text of its refusal,
    // recorded as `time.training_only` by a sign-off).
    static QString clockOptionRule(const QString& option);
};

}  // namespace countersign

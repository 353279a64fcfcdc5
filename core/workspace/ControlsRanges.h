#pragma once

#include <QString>
#include <optional>

#include "common/Result.h"

namespace countersign {

// The allowed range of a numeric setting: a finite number (an integer when `integer`) between
// lo and hi, each end open or closed. NaN and infinities are never inside.
struct NumberRange {
    double lo = 0;
    double hi = 0;
    bool loOpen = false;
    bool hiOpen = false;
    bool integer = false;

    bool contains(double v) const;
    QString text() const;  // "in (0, 1]", "an integer from 1 to 1024", "a finite number"
};

// One place for the ranges of every threshold and count: controls.json (Controls) and the
// command-line options of bias, drift and integrity verify check them with the same rules
// (docs/formats.md, "controls.json").
namespace ControlsRanges {
NumberRange biasMaxGap();           // (0, 1]
NumberRange biasMinGroupSupport();  // integer 1 .. 1e9
NumberRange biasMaxBadRowShare();   // [0, 1]
NumberRange driftPsi();             // (0, 100], breach and warning
NumberRange driftMinSample();       // integer 1 .. 1e9
NumberRange scoreThreshold();       // any finite number
NumberRange seed();                 // integer 0 .. 2^53
NumberRange threads();              // integer 1 .. 1024

// The value of a command-line option: a number inside `range`, or bad input naming the
// option ("--max-gap") and the allowed range.
Result<double> parseOption(const QString& option, const QString& text, const NumberRange& range);
// The drift warning must not be above the breach: the reason when it is.
std::optional<QString> psiOrderProblem(double warning, double breach, const QString& warningName,
                                       const QString& breachName);
}  // namespace ControlsRanges

}  // namespace countersign

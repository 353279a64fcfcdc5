#pragma once

#include "Command.h"

namespace countersign::cli {

// `scans parse FILE…`: reads scanner reports (format from the content), merges their
// findings and applies the security gate's thresholds (from the workspace's controls.json
// when there is one, or the options), without a bundle.
class ScansParseCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("scans parse"); }
    QString summary() const override;
    QString usageArgs() const override { return QStringLiteral("FILE..."); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Context& ctx) const override;
};

}  // namespace countersign::cli

#pragma once

#include "Command.h"

namespace countersign::cli {

// `scans check MODEL@VERSION`: the security gate over a bundle's scans/*.json with the
// workspace's thresholds and verified risk acceptances.
class ScansCheckCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("scans check"); }
    QString summary() const override;
    QString usageArgs() const override { return QStringLiteral("MODEL@VERSION"); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Context& ctx) const override;
};

}  // namespace countersign::cli

#pragma once

#include "Command.h"

namespace countersign::cli {

// `demo init DIR [--seed N] [--scale small|bench] [--at INSTANT]`: writes the demo workspace
// (docs/demo.md).
class DemoInitCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("demo init"); }
    QString summary() const override;
    QString usageArgs() const override { return QStringLiteral("DIR"); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Context& ctx) const override;
};

}  // namespace countersign::cli

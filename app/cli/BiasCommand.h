#pragma once

#include "Command.h"
#include "gates/BiasReport.h"

namespace countersign::cli {

// `bias`: the bias gate over a predictions CSV (columns on the command line) or a bundle.
class BiasCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("bias"); }
    QString summary() const override;
    QString usageArgs() const override { return QStringLiteral("[MODEL@VERSION]"); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Context& ctx) const override;

private:
    static int finish(const BiasReport& report, Context& ctx);
};

}  // namespace countersign::cli

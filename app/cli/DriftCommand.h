#pragma once

#include "Command.h"
#include "gates/DriftReport.h"

namespace countersign::cli {

// `drift`: PSI per feature between a baseline and a current sample, or a bundle's.
class DriftCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("drift"); }
    QString summary() const override;
    QString usageArgs() const override { return QStringLiteral("[MODEL@VERSION]"); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Context& ctx) const override;

private:
    static int finish(const DriftReport& report, Context& ctx);
};

}  // namespace countersign::cli

#pragma once

#include "Command.h"

namespace countersign::cli {

// `scans acceptances MODEL@VERSION`: the risk acceptances recorded in the audit store for
// the bundle's model, active or expired, and which finding of the bundle each covers.
// Exit 1 when a recorded acceptance does not verify (changed, or signed by someone else).
class ScansAcceptancesCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("scans acceptances"); }
    QString summary() const override;
    QString usageArgs() const override { return QStringLiteral("MODEL@VERSION"); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Context& ctx) const override;
};

}  // namespace countersign::cli

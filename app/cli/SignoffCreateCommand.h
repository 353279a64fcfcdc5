#pragma once

#include "Command.h"

namespace countersign::cli {

// `signoff create MODEL@VERSION`: signs a step decision with the operator's key, writes it to
// the bundle's approvals/ and appends it to the audit store.
class SignoffCreateCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("signoff create"); }
    QString summary() const override;
    QString usageArgs() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Context& ctx) const override;
};

}  // namespace countersign::cli

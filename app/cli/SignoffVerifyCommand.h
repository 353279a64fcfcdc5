#pragma once

#include "Command.h"

namespace countersign::cli {

// `signoff verify FILE... | MODEL@VERSION`: one verdict and reason per sign-off, checked
// against the roster and the bundle as it is now.
class SignoffVerifyCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("signoff verify"); }
    QString summary() const override;
    QString usageArgs() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Context& ctx) const override;
};

}  // namespace countersign::cli

#pragma once

#include "Command.h"

namespace countersign::cli {

// `integrity verify`: the integrity gate over a bundle of the workspace, or over any
// manifest (bundle.json or SHA256SUMS) and root folder.
class IntegrityVerifyCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("integrity verify"); }
    QString summary() const override;
    QString usageArgs() const override {
        return QStringLiteral("MODEL@VERSION | --manifest FILE [--root DIR]");
    }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Context& ctx) const override;
};

}  // namespace countersign::cli

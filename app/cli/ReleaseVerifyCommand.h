#pragma once

#include "Command.h"

namespace countersign::cli {

// countersign-cli release verify MODEL@VERSION: what the deployment pipeline runs. Exit 0
// only when every required sign-off is valid against the roster, roles are distinct, dual
// approval is met, the bundle is unchanged since signing, and the approvals were made
// within the change window (or on the hotfix lane); otherwise 1 with the reasons.
class ReleaseVerifyCommand final : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usageArgs() const override;
    void configure(QCommandLineParser& p) const override;
    int run(const QCommandLineParser& p, Context& ctx) const override;
};

}  // namespace countersign::cli

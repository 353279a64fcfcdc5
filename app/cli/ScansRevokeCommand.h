#pragma once

#include "Command.h"

namespace countersign::cli {

// `scans revoke --acceptance SHA256 --reason TEXT --operator ID --key FILE
// [--passphrase-file FILE]`: a Security Engineer withdraws a recorded risk acceptance before it
// expires (named by its envelope SHA-256 as `scans acceptances` lists it; 8 or more leading
// digits do when they name one), signed with their operator key and recorded in the audit
// store as "acceptance.revoke".
class ScansRevokeCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("scans revoke"); }
    QString summary() const override;
    QString usageArgs() const override { return {}; }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Context& ctx) const override;
};

}  // namespace countersign::cli

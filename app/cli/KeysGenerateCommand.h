#pragma once

#include "Command.h"

namespace countersign::cli {

// `keys generate`: a new ECDSA P-256 operator key, saved encrypted; prints the public key
// for the roster.
class KeysGenerateCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("keys generate"); }
    QString summary() const override;
    QString usageArgs() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Context& ctx) const override;
};

}  // namespace countersign::cli

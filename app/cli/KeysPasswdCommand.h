#pragma once

#include "Command.h"

namespace countersign::cli {

// `keys passwd FILE`: re-encrypts a key file under a new passphrase.
class KeysPasswdCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("keys passwd"); }
    QString summary() const override;
    QString usageArgs() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Context& ctx) const override;
};

}  // namespace countersign::cli

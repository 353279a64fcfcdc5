#pragma once

#include "Command.h"

namespace countersign::cli {

// `keys show FILE`: the public key and key id of a key file (or a public key PEM), and
// whether it matches the roster.
class KeysShowCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("keys show"); }
    QString summary() const override;
    QString usageArgs() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Context& ctx) const override;
};

}  // namespace countersign::cli

#pragma once

#include "Command.h"

namespace countersign::cli {

// countersign-cli gates MODEL@VERSION --report FILE [--junit FILE] --key FILE --passphrase-file
// FILE
class GatesCommand final : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usageArgs() const override;
    void configure(QCommandLineParser& p) const override;
    int run(const QCommandLineParser& p, Context& ctx) const override;
};

}  // namespace countersign::cli

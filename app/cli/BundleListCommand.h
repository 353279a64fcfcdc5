#pragma once

#include "Command.h"

namespace countersign::cli {

// `bundle list`: every bundle folder of the workspace with model, version, kind, owner and
// state (valid, or the error that makes it invalid); production and last-known-good marked.
class BundleListCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("bundle list"); }
    QString summary() const override;
    int run(const QCommandLineParser& parser, Context& ctx) const override;
};

}  // namespace countersign::cli

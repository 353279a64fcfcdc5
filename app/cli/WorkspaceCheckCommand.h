#pragma once

#include "Command.h"

namespace countersign::cli {

// `workspace check`: validates controls.json, the roster and every bundle; lists each problem
// with its file, JSON pointer or line, and reason. Exit 0 when valid, 2 otherwise.
class WorkspaceCheckCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("workspace check"); }
    QString summary() const override;
    int run(const QCommandLineParser& parser, Context& ctx) const override;
};

}  // namespace countersign::cli

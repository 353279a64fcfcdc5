#pragma once

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <vector>

#include "common/Error.h"

namespace countersign::cli {

// Exit codes of DESIGN.md.
enum ExitCode : int { Ok = 0, CheckFailed = 1, BadInput = 2, Internal = 3 };

int exitCodeFor(const Error& error);

// What every command gets: the global options and the streams a test can replace.
struct Context {
    QTextStream& out;
    QTextStream& err;
    QString workspace;  // --workspace, default: $COUNTERSIGN_WORKSPACE or the current directory
    QString store;      // --store, default: <workspace>/.countersign/audit.sqlite
    bool json = false;  // --json: one JSON document on stdout

    // Prints the error on err (or as {"error": ...} on out with --json) and returns its exit code.
    int fail(const Error& error) const;
    // Prints a JSON document on out (indented, one document).
    void printJson(const QJsonValue& value) const;
};

// A CLI command: a small object that parses its own arguments and returns an exit code
// (KeePassXC's src/cli/Command.h). Commands with subcommands ("audit verify") are a
// command named "audit verify"; the dispatcher matches the longest name.
class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;                 // "workspace check"
    virtual QString summary() const = 0;              // one line for the command list
    virtual QString usageArgs() const { return {}; }  // "MODEL@VERSION" for the usage line
    // Adds the command's own options and positional arguments.
    virtual void configure(QCommandLineParser& parser) const { Q_UNUSED(parser) }
    virtual int run(const QCommandLineParser& parser, Context& ctx) const = 0;
};

// All commands, in the order `--help` lists them (Commands.cpp).
const std::vector<std::unique_ptr<Command>>& allCommands();

// The whole CLI: global options, dispatch, --help and --version. argv[0] excluded.
int runCli(const QStringList& args, QTextStream& out, QTextStream& err);

}  // namespace countersign::cli

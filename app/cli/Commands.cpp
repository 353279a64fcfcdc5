// The command table: one line per command, in the order `--help` lists them.
#include "Command.h"

namespace countersign::cli {

const std::vector<std::unique_ptr<Command>>& allCommands() {
    static const std::vector<std::unique_ptr<Command>> commands = [] {
        std::vector<std::unique_ptr<Command>> list;
        return list;
    }();
    return commands;
}

}  // namespace countersign::cli

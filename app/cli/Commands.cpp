// The command table: one line per command, in the order `--help` lists them.
#include "AuditCli.h"
#include "BiasCommand.h"
#include "BundleListCommand.h"
#include "Command.h"
#include "DemoInitCommand.h"
#include "DriftCommand.h"
#include "GatesCommand.h"
#include "IntegrityVerifyCommand.h"
#include "KeysGenerateCommand.h"
#include "KeysPasswdCommand.h"
#include "KeysShowCommand.h"
#include "ReleaseVerifyCommand.h"
#include "ScansAcceptCommand.h"
#include "ScansAcceptancesCommand.h"
#include "ScansCheckCommand.h"
#include "ScansParseCommand.h"
#include "ScansRevokeCommand.h"
#include "SignoffCreateCommand.h"
#include "SignoffVerifyCommand.h"
#include "WorkspaceCheckCommand.h"

namespace countersign::cli {

const std::vector<std::unique_ptr<Command>>& allCommands() {
    static const std::vector<std::unique_ptr<Command>> commands = [] {
        std::vector<std::unique_ptr<Command>> list;
        list.push_back(std::make_unique<WorkspaceCheckCommand>());
        list.push_back(std::make_unique<BundleListCommand>());
        list.push_back(std::make_unique<DemoInitCommand>());
        list.push_back(std::make_unique<BiasCommand>());
        list.push_back(std::make_unique<DriftCommand>());
        list.push_back(std::make_unique<GatesCommand>());
        list.push_back(std::make_unique<ReleaseVerifyCommand>());
        list.push_back(std::make_unique<IntegrityVerifyCommand>());
        list.push_back(std::make_unique<ScansCheckCommand>());
        list.push_back(std::make_unique<ScansParseCommand>());
        list.push_back(std::make_unique<ScansAcceptCommand>());
        list.push_back(std::make_unique<ScansAcceptancesCommand>());
        list.push_back(std::make_unique<ScansRevokeCommand>());
        AuditCli::addCommands(list);
        list.push_back(std::make_unique<KeysGenerateCommand>());
        list.push_back(std::make_unique<KeysPasswdCommand>());
        list.push_back(std::make_unique<KeysShowCommand>());
        list.push_back(std::make_unique<SignoffCreateCommand>());
        list.push_back(std::make_unique<SignoffVerifyCommand>());
        return list;
    }();
    return commands;
}

}  // namespace countersign::cli

#pragma once

#include "Command.h"

// The `countersign-cli audit ...` commands; one .cpp per command.
namespace countersign::cli {

#define COUNTERSIGN_AUDIT_COMMAND(Class)                                        \
    class Class final : public Command {                                        \
    public:                                                                     \
        QString name() const override;                                          \
        QString summary() const override;                                       \
        QString usageArgs() const override { return {}; }                       \
        void configure(QCommandLineParser& parser) const override;              \
        int run(const QCommandLineParser& parser, Context& ctx) const override; \
    };

COUNTERSIGN_AUDIT_COMMAND(AuditAppendCommand)
COUNTERSIGN_AUDIT_COMMAND(AuditListCommand)
COUNTERSIGN_AUDIT_COMMAND(AuditVerifyCommand)
COUNTERSIGN_AUDIT_COMMAND(AuditCheckpointCommand)
COUNTERSIGN_AUDIT_COMMAND(AuditProveCommand)
COUNTERSIGN_AUDIT_COMMAND(AuditConsistencyCommand)
COUNTERSIGN_AUDIT_COMMAND(AuditKeyCommand)
COUNTERSIGN_AUDIT_COMMAND(AuditExportCommand)
COUNTERSIGN_AUDIT_COMMAND(AuditGenerateCommand)
COUNTERSIGN_AUDIT_COMMAND(AuditMigrateCommand)

#undef COUNTERSIGN_AUDIT_COMMAND

// `audit compare A B`: two copies of a store, named on the command line.
class AuditCompareCommand final : public Command {
public:
    QString name() const override;
    QString summary() const override;
    QString usageArgs() const override { return QStringLiteral("A B"); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Context& ctx) const override;
};

}  // namespace countersign::cli

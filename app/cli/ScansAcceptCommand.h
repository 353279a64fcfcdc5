#pragma once

#include "Command.h"

namespace countersign::cli {

// `scans accept MODEL@VERSION --id ID --package PKG --versions RANGE --justification TEXT
// --expires DATE --operator ID --key FILE [--passphrase-file FILE]`: a Security Engineer
// accepts one finding of the bundle's scanner reports for the model until a date, signed
// with their operator key and recorded in the audit store.
class ScansAcceptCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("scans accept"); }
    QString summary() const override;
    QString usageArgs() const override { return QStringLiteral("MODEL@VERSION"); }
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser, Context& ctx) const override;

    // "2026-12-31" counts through that day (UTC): expires at 00:00 UTC the day after.
    // An ISO 8601 time is taken as it is. Invalid: a null QDateTime.
    static QDateTime parseExpiry(const QString& text);
};

}  // namespace countersign::cli

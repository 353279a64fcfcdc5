#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include "Command.h"

namespace countersign::cli {

int exitCodeFor(const Error& error) {
    switch (error.kind) {
        case Error::Kind::BadInput:
        case Error::Kind::Cancelled:  // a prompt the operator left: nothing was done
            return BadInput;
        case Error::Kind::CheckFailed:
            return CheckFailed;
        case Error::Kind::Internal:
            return Internal;
    }
    return Internal;
}

int Context::fail(const Error& error) const {
    if (json) {
        QJsonObject e{{QStringLiteral("message"), error.message}};
        if (!error.file.isEmpty())
            e.insert(QStringLiteral("file"), error.file);
        if (!error.where.isEmpty())
            e.insert(QStringLiteral("where"), error.where);
        printJson(QJsonObject{{QStringLiteral("error"), e}});
    } else {
        err << QStringLiteral("countersign-cli: ") << error.toString() << Qt::endl;
    }
    return exitCodeFor(error);
}

void Context::printJson(const QJsonValue& value) const {
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

namespace {

QString commandList() {
    QString text = QStringLiteral(
        "Usage: countersign-cli [--workspace DIR] [--store FILE] [--json] COMMAND ...\n\n"
        "Runs Countersign's release checks headless.\n\nCommands:\n");
    for (const auto& c : allCommands())
        text += QStringLiteral("  %1  %2\n").arg(c->name(), -22).arg(c->summary());
    text += QStringLiteral(
        "\nGlobal options:\n"
        "  --workspace DIR  the ML-Ops workspace (default: $COUNTERSIGN_WORKSPACE or .)\n"
        "  --store FILE     the audit store (default: DIR/.countersign/audit.sqlite)\n"
        "  --json           print one JSON document on stdout\n"
        "  -h, --help       this help; COMMAND --help for a command's own\n"
        "  --version        the version\n\n"
        "Exit codes: 0 ok or pass, 1 a check failed, 2 bad input or usage, 3 internal error.\n");
    return text;
}

}  // namespace

int runCli(const QStringList& argsIn, QTextStream& out, QTextStream& err) {
    QStringList args = argsIn;
    const auto env = QProcessEnvironment::systemEnvironment();
    Context ctx{out,
                err,
                env.value(QStringLiteral("COUNTERSIGN_WORKSPACE"), QDir::currentPath()),
                {},
                false};

    // Global options come before the command.
    while (!args.isEmpty() && args.front().startsWith(QLatin1Char('-'))) {
        const QString opt = args.takeFirst();
        auto takeValue = [&](QString& into) {
            if (args.isEmpty())
                return false;
            into = args.takeFirst();
            return true;
        };
        if (opt == QLatin1String("--json")) {
            ctx.json = true;
        } else if (opt == QLatin1String("--workspace")) {
            if (!takeValue(ctx.workspace))
                return ctx.fail(Error::badInput(QStringLiteral("--workspace needs a directory")));
        } else if (opt.startsWith(QLatin1String("--workspace="))) {
            ctx.workspace = opt.mid(12);
        } else if (opt == QLatin1String("--store")) {
            if (!takeValue(ctx.store))
                return ctx.fail(Error::badInput(QStringLiteral("--store needs a file")));
        } else if (opt.startsWith(QLatin1String("--store="))) {
            ctx.store = opt.mid(8);
        } else if (opt == QLatin1String("--version") || opt == QLatin1String("-v")) {
            out << QStringLiteral("countersign-cli %1").arg(QStringLiteral(COUNTERSIGN_VERSION))
                << Qt::endl;
            return Ok;
        } else if (opt == QLatin1String("--help") || opt == QLatin1String("-h")) {
            out << commandList();
            out.flush();
            return Ok;
        } else {
            err << QStringLiteral("countersign-cli: unknown option %1\n\n").arg(opt)
                << commandList();
            return BadInput;
        }
    }
    if (args.isEmpty()) {
        err << QStringLiteral("countersign-cli: no command given\n\n") << commandList();
        return BadInput;
    }
    if (ctx.store.isEmpty())
        ctx.store = QDir(ctx.workspace).filePath(QStringLiteral(".countersign/audit.sqlite"));

    // Longest command name that prefixes the arguments ("audit verify" before "audit").
    const Command* match = nullptr;
    qsizetype words = 0;
    for (const auto& c : allCommands()) {
        const QStringList parts = c->name().split(QLatin1Char(' '));
        if (parts.size() <= args.size() && args.mid(0, parts.size()) == parts &&
            parts.size() > words) {
            match = c.get();
            words = parts.size();
        }
    }
    if (!match) {
        // A group's name alone ("release", "audit --help"): its commands.
        QString group;
        for (const auto& c : allCommands())
            if (c->name().section(QLatin1Char(' '), 0, 0) == args.front() &&
                c->name().contains(QLatin1Char(' ')))
                group += QStringLiteral("  %1  %2\n").arg(c->name(), -22).arg(c->summary());
        if (!group.isEmpty()) {
            const bool askedForHelp =
                args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
            QTextStream& to = askedForHelp ? out : err;
            if (!askedForHelp)
                to << QStringLiteral("countersign-cli: \"%1\" needs one of its commands\n\n")
                          .arg(args.front());
            to << QStringLiteral("Commands of %1 (COMMAND --help for a command's own options):\n")
                      .arg(args.front())
               << group;
            to.flush();
            return askedForHelp ? Ok : BadInput;
        }
        err << QStringLiteral("countersign-cli: unknown command \"%1\"\n\n")
                   .arg(args.join(QLatin1Char(' ')))
            << commandList();
        return BadInput;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(match->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this command's help."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Print one JSON document on stdout."));
    parser.addOption(help);
    parser.addOption(jsonOpt);
    match->configure(parser);
    QStringList toParse{QStringLiteral("countersign-cli ") + match->name()};
    toParse += args.mid(words);
    if (!parser.parse(toParse)) {
        err << QStringLiteral("countersign-cli %1: %2\n").arg(match->name(), parser.errorText());
        return BadInput;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program from QCoreApplication; name the command instead.
        const qsizetype nl = text.indexOf(QLatin1Char('\n'));
        text = QStringLiteral("Usage: countersign-cli %1 [options] %2")
                   .arg(match->name(), match->usageArgs()) +
               text.mid(nl);
        out << text;
        out.flush();
        return Ok;
    }
    if (parser.isSet(jsonOpt))
        ctx.json = true;
    return match->run(parser, ctx);
}

}  // namespace countersign::cli

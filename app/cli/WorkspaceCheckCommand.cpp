#include "WorkspaceCheckCommand.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include "workspace/Workspace.h"

namespace countersign::cli {

namespace {
QString kindId(Error::Kind k) {
    switch (k) {
        case Error::Kind::BadInput:
            return QStringLiteral("bad_input");
        case Error::Kind::CheckFailed:
            return QStringLiteral("check_failed");
        case Error::Kind::Internal:
            return QStringLiteral("internal");
        case Error::Kind::Cancelled:
            return QStringLiteral("cancelled");
    }
    return {};
}
}  // namespace

QString WorkspaceCheckCommand::summary() const {
    return QStringLiteral("Validate the workspace: controls, roster and every bundle");
}

int WorkspaceCheckCommand::run(const QCommandLineParser& parser, Context& ctx) const {
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(Error::badInput(
            QStringLiteral("workspace check takes no arguments (use --workspace DIR)")));
    const QString root = QDir(ctx.workspace).absolutePath();
    const QList<Error> problems = Workspace::check(root);
    auto ws = Workspace::open(root);
    const QDir rootDir(root);
    auto shown = [&](const QString& file) {
        const QString rel = rootDir.relativeFilePath(file);
        return file.isEmpty() || rel.startsWith(QLatin1String("..")) ? file : rel;
    };
    if (ctx.json) {
        QJsonArray list;
        for (const Error& e : problems)
            list.append(QJsonObject{{QStringLiteral("file"), shown(e.file)},
                                    {QStringLiteral("where"), e.where},
                                    {QStringLiteral("message"), e.message},
                                    {QStringLiteral("kind"), kindId(e.kind)}});
        QJsonObject doc{{QStringLiteral("workspace"), root},
                        {QStringLiteral("valid"), problems.isEmpty()},
                        {QStringLiteral("problems"), list}};
        if (ws) {
            doc.insert(QStringLiteral("bundles"), ws->bundles().size());
            doc.insert(QStringLiteral("models"), ws->models().size());
            doc.insert(QStringLiteral("operators"), ws->roster().operators.size());
        }
        ctx.printJson(doc);
    } else {
        for (const Error& e : problems) {
            Error relative = e;
            relative.file = shown(e.file);
            ctx.out << relative.toString() << Qt::endl;
        }
        if (problems.isEmpty())
            ctx.out << QStringLiteral("%1: valid (%2 bundles of %3 models, %4 operators)")
                           .arg(root)
                           .arg(ws->bundles().size())
                           .arg(ws->models().size())
                           .arg(ws->roster().operators.size())
                    << Qt::endl;
        else
            ctx.out << QStringLiteral("%1: %2 %3")
                           .arg(root)
                           .arg(problems.size())
                           .arg(problems.size() == 1 ? QStringLiteral("problem")
                                                     : QStringLiteral("problems"))
                    << Qt::endl;
    }
    return problems.isEmpty() ? Ok : BadInput;
}

}  // namespace countersign::cli

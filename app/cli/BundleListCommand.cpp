#include "BundleListCommand.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include "release/BundleWindow.h"
#include "workspace/Workspace.h"

namespace countersign::cli {

QString BundleListCommand::summary() const {
    return QStringLiteral("List the bundles: model, version, kind, owner, state");
}

int BundleListCommand::run(const QCommandLineParser& parser, Context& ctx) const {
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(Error::badInput(
            QStringLiteral("bundle list takes no arguments (use --workspace DIR)")));
    auto ws = Workspace::open(ctx.workspace);
    if (!ws)
        return ctx.fail(ws.error());
    const QDir rootDir(ws->root());

    struct Row {
        QString model, version, kind, owner, state, deployment;
    };
    QList<Row> rows;
    QJsonArray list;
    for (const BundleEntry& e : ws->bundles()) {
        const auto versions = ws->controls().versionsOf(e.model);
        QStringList marks;
        if (versions.production == e.version)
            marks << QStringLiteral("production");
        if (versions.lastKnownGood == e.version)
            marks << QStringLiteral("last_known_good");
        Row r{e.model,
              e.version,
              e.bundle ? e.bundle->kind : QString(),
              e.bundle ? e.bundle->owner : QString(),
              QStringLiteral("valid"),
              marks.join(QLatin1Char(','))};
        QJsonObject o{{QStringLiteral("model"), e.model},
                      {QStringLiteral("version"), e.version},
                      {QStringLiteral("id"), e.id()},
                      {QStringLiteral("dir"), rootDir.relativeFilePath(e.dir)},
                      {QStringLiteral("valid"), e.valid()},
                      {QStringLiteral("production"), versions.production == e.version},
                      {QStringLiteral("last_known_good"), versions.lastKnownGood == e.version}};
        if (e.bundle) {
            o.insert(QStringLiteral("kind"), e.bundle->kind);
            o.insert(QStringLiteral("owner"), e.bundle->owner);
            o.insert(QStringLiteral("created"), e.bundle->created.toString(Qt::ISODate));
            o.insert(QStringLiteral("digest"), e.bundle->digest);
            o.insert(QStringLiteral("artefacts"), e.bundle->artefacts.size());
            o.insert(QStringLiteral("manifest"), rootDir.relativeFilePath(e.bundle->manifestPath));
            // The bundle's cycle in the release calendar, from its feature snapshot
            // (core/workflow/BundleWindow), and whether the calendar lets its approvals count
            // now. The hotfix lane has no window, but only a signed hotfix request opens it (the
            // change request, not bundle.json's `kind`, says which lane a bundle is in).
            const BundleWindow window = BundleWindow::of(
                CalendarConfig::fromControls(ws->controls().calendar), e.bundle->snapshotFrozenAt);
            const QDateTime now = SystemClock::instance().now();
            o.insert(QStringLiteral("cycle_retraining"),
                     window.cycle.retraining.toString(Qt::ISODate));
            o.insert(QStringLiteral("window_opens"), window.opens().toString(Qt::ISODate));
            o.insert(QStringLiteral("window_closes"), window.closes().toString(Qt::ISODate));
            o.insert(QStringLiteral("snapshot_at_freeze"), !window.problem.has_value());
            o.insert(QStringLiteral("calendar_allows_now"),
                     !window.problem && now >= window.opens() && now < window.closes());
        }
        if (e.error) {
            Error shown = *e.error;
            shown.file = rootDir.relativeFilePath(shown.file);
            r.state = QStringLiteral("invalid: %1").arg(shown.toString());
            o.insert(QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("file"), shown.file},
                                 {QStringLiteral("where"), shown.where},
                                 {QStringLiteral("message"), shown.message}});
        }
        rows << r;
        list.append(o);
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("workspace"), ws->root()},
                                  {QStringLiteral("bundles"), list}});
        return Ok;
    }
    const QStringList headers{QStringLiteral("MODEL"),    QStringLiteral("VERSION"),
                              QStringLiteral("KIND"),     QStringLiteral("OWNER"),
                              QStringLiteral("DEPLOYED"), QStringLiteral("STATE")};
    QList<qsizetype> widths;
    for (const QString& h : headers) widths << h.size();
    for (const Row& r : rows) {
        const QStringList cells{r.model, r.version, r.kind, r.owner, r.deployment};
        for (qsizetype i = 0; i < cells.size(); ++i)
            widths[i] = std::max(widths[i], cells.at(i).size());
    }
    auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text +=
                i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        ctx.out << text.trimmed() << Qt::endl;
    };
    line(headers);
    for (const Row& r : rows) line({r.model, r.version, r.kind, r.owner, r.deployment, r.state});
    if (rows.isEmpty())
        ctx.out << QStringLiteral("(no bundles under %1)").arg(ws->modelsDir()) << Qt::endl;
    return Ok;
}

}  // namespace countersign::cli

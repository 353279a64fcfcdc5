#include "panes/ReleasePane.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QVBoxLayout>

#include "Format.h"
#include "widgets/FormSection.h"
#include "widgets/InfoTable.h"
#include "workspace/Role.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

ReleasePane::ReleasePane(QWidget* parent) : Pane(parent) {}

QStringList ReleasePane::primaryRoles() const {
    return {Role::opsLead()};
}

void ReleasePane::refresh() {
    if (showStateWithoutBundle())
        return;
    QVBoxLayout* column = resetContent();
    addEntryError(column, context());
    column->addWidget(versionsSection());
    column->addWidget(approvalsSection());
    column->addWidget(calendarSection());
    column->addStretch(1);
}

QWidget* ReleasePane::versionsSection() {
    const Bundle& b = *context().bundle;
    const Controls& controls = context().workspace->controls();
    const Controls::ModelVersions v = controls.versionsOf(b.model);
    auto* s = new FormSection(QStringLiteral("releaseVersions"), tr("Production and rollback"));
    const auto describe = [&](const QString& version) {
        if (version.isEmpty())
            return tr("not set in controls.json");
        return version == b.version ? tr("%1 (this version)").arg(version) : version;
    };
    s->addRow(QStringLiteral("production"), tr("Production:"), describe(v.production));
    s->addRow(QStringLiteral("lastKnownGood"), tr("Last known good (rollback target):"),
              describe(v.lastKnownGood));
    s->addRow(QStringLiteral("file"), tr("From:"),
              controls.path.isEmpty() ? tr("defaults (no controls.json)") : controls.path);
    const QFileInfo report(b.filePath(pipelineReport()));
    s->addRow(QStringLiteral("pipeline"), tr("Pipeline report:"),
              report.isFile() ? tr("%1, %2, written %3")
                                    .arg(pipelineReport(), Format::size(report.size()),
                                         Format::utc(report.lastModified()))
                              : tr("no %1 yet").arg(pipelineReport()));
    return s;
}

QWidget* ReleasePane::approvalsSection() {
    const Bundle& b = *context().bundle;
    const Controls::Approvals& rules = context().workspace->controls().approvals;
    auto* s = new FormSection(QStringLiteral("approvals"), tr("Sign-offs and approvals"));
    QStringList roleNames;
    for (const QString& r : rules.deploymentRoles)
        roleNames << (r == QLatin1String("*") ? tr("any signing role") : Role::label(r));
    s->addRow(
        QStringLiteral("rule"), tr("Deployment approvers:"),
        tr("%1; %2").arg(Format::list(roleNames), rules.distinctStepSigners
                                                      ? tr("each step signed by a different person")
                                                      : tr("one person may sign several steps")));
    const QDir dir(b.filePath(approvalsFolder()));
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.dsse.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        s->addNote(QStringLiteral("none"),
                   tr("No sign-offs recorded in %1/ yet.").arg(approvalsFolder()));
        return s;
    }
    auto* table =
        new InfoTable(QStringLiteral("approvalFiles"), {tr("Envelope"), tr("Size"), tr("Written")});
    for (const QFileInfo& f : files)
        table->addRow({approvalsFolder() + QLatin1Char('/') + f.fileName(), Format::size(f.size()),
                       Format::utc(f.lastModified())});
    table->alignRight(1);
    s->addRow(QString(), table);
    return s;
}

QWidget* ReleasePane::calendarSection() {
    const Controls::Calendar& c = context().workspace->controls().calendar;
    auto* s = new FormSection(QStringLiteral("calendar"), tr("Release calendar"));
    const QLocale locale;
    s->addRow(QStringLiteral("retraining"), tr("Scheduled retraining:"),
              tr("first %1 of each month").arg(locale.dayName(c.retrainingWeekday)));
    s->addRow(QStringLiteral("freeze"), tr("Feature snapshot freeze:"),
              tr("the %1 before, %2 %3 (%4)")
                  .arg(locale.dayName(c.freezeWeekday),
                       c.freezeTime.toString(QStringLiteral("HH:mm")), c.zoneLabel, c.zone));
    s->addRow(QStringLiteral("window"), tr("Change window:"),
              tr("%n hour(s)", nullptr, c.windowHours));
    return s;
}

}  // namespace countersign::ui

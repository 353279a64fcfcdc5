#include "panes/SecurityPane.h"

#include <QDir>
#include <QFileInfo>
#include <QVBoxLayout>

#include "Format.h"
#include "widgets/FormSection.h"
#include "widgets/InfoTable.h"
#include "workspace/Role.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

SecurityPane::SecurityPane(QWidget* parent) : Pane(parent) {}

QStringList SecurityPane::primaryRoles() const {
    return {Role::securityEngineer()};
}

void SecurityPane::refresh() {
    if (showStateWithoutBundle())
        return;
    QVBoxLayout* column = resetContent();
    addEntryError(column, context());
    column->addWidget(artefactsSection());
    column->addWidget(scansSection());
    column->addStretch(1);
}

QWidget* SecurityPane::artefactsSection() {
    const Bundle& b = *context().bundle;
    auto* s =
        new FormSection(QStringLiteral("expectedArtefacts"), tr("Artefacts and expected digests"));
    s->addNote(QStringLiteral("note"), b.artefactsFromSha256Sums
                                           ? tr("Digests as SHA256SUMS states them (no sizes). The "
                                                "integrity gate hashes every file.")
                                           : tr("Digests and sizes as bundle.json states them. The "
                                                "integrity gate hashes every file."));
    auto* table = new InfoTable(
        QStringLiteral("securityArtefacts"),
        {tr("Path"), tr("Expected size"), tr("Size on disk"), tr("Expected SHA-256")});
    for (const Artefact& a : b.artefacts) {
        const QFileInfo info(b.filePath(a.path));
        const QString onDisk = info.isFile() ? Format::size(info.size()) : tr("missing");
        table->addRow(
            {a.path, a.size >= 0 ? Format::size(a.size) : tr("not stated"), onDisk, a.sha256});
    }
    table->alignRight(1);
    table->alignRight(2);
    table->setMonospace(3);
    s->addRow(QString(), table);
    return s;
}

QWidget* SecurityPane::scansSection() {
    const Bundle& b = *context().bundle;
    const Controls::Thresholds& t = context().workspace->controls().thresholds;
    auto* s = new FormSection(QStringLiteral("scanReports"), tr("Scanner reports"));
    s->addRow(QStringLiteral("policy"), tr("Blocking severity:"),
              tr("%1 and above; findings without a severity: %2")
                  .arg(t.blockingSeverity,
                       t.unknownSeverity == QLatin1String("block") ? tr("block") : tr("warn")));
    const QDir dir(b.filePath(scansFolder()));
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        s->addNote(QStringLiteral("none"),
                   tr("No scanner reports (*.json) in %1/.").arg(scansFolder()));
        return s;
    }
    auto* table =
        new InfoTable(QStringLiteral("scanFiles"), {tr("Report"), tr("Size"), tr("Modified")});
    for (const QFileInfo& f : files)
        table->addRow({scansFolder() + QLatin1Char('/') + f.fileName(), Format::size(f.size()),
                       Format::utc(f.lastModified())});
    table->alignRight(1);
    s->addRow(QString(), table);
    return s;
}

}  // namespace countersign::ui

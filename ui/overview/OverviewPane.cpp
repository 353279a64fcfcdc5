#include "ui/overview/OverviewPane.h"

#include <QVBoxLayout>

#include "ui/Format.h"
#include "ui/risk/ReportedMetricsSection.h"
#include "ui/widgets/FormSection.h"
#include "ui/widgets/InfoTable.h"
#include "ui/widgets/JsonTree.h"
#include "workspace/Role.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

OverviewPane::OverviewPane(QWidget* parent) : Pane(parent) {}

QStringList OverviewPane::primaryRoles() const {
    return {Role::modelOwner(), Role::pipeline()};
}

namespace {

FormSection* manifestSection(const PaneContext& c) {
    const Bundle& b = *c.bundle;
    auto* s = new FormSection(QStringLiteral("manifest"), OverviewPane::tr("Manifest"));
    s->addRow(QStringLiteral("model"), OverviewPane::tr("Model:"), b.model);
    s->addRow(QStringLiteral("version"), OverviewPane::tr("Version:"), b.version);
    s->addRow(QStringLiteral("kind"), OverviewPane::tr("Kind:"),
              b.kind == QLatin1String(Bundle::kindHotfix) ? OverviewPane::tr("hotfix")
                                                          : OverviewPane::tr("scheduled"));
    QString owner = b.owner;
    if (const Operator* op = c.workspace->roster().find(b.owner))
        owner = OverviewPane::tr("%1 (%2)").arg(op->name, op->id);
    s->addRow(QStringLiteral("owner"), OverviewPane::tr("Model owner:"), owner);
    s->addRow(QStringLiteral("created"), OverviewPane::tr("Created:"), Format::utc(b.created));
    s->addRow(QStringLiteral("digest"), OverviewPane::tr("Bundle digest (SHA-256):"), b.digest);
    s->addRow(QStringLiteral("file"), OverviewPane::tr("Manifest file:"), b.manifestPath);
    return s;
}

QWidget* trainingSection(const Bundle& b) {
    auto* s = new FormSection(QStringLiteral("training"), OverviewPane::tr("Training manifest"));
    const QJsonObject t = b.training;
    const QJsonObject snapshot = t.value(QStringLiteral("feature_snapshot")).toObject();
    s->addRow(QStringLiteral("codeRevision"), OverviewPane::tr("Code revision:"),
              t.value(QStringLiteral("code_revision")).toString());
    s->addRow(QStringLiteral("snapshot"), OverviewPane::tr("Feature snapshot:"),
              snapshot.value(QStringLiteral("id")).toString());
    s->addRow(QStringLiteral("frozenAt"), OverviewPane::tr("Snapshot frozen at:"),
              Format::utc(QDateTime::fromString(
                  snapshot.value(QStringLiteral("frozen_at")).toString(), Qt::ISODate)));
    auto* tree = new JsonTree(QStringLiteral("trainingTree"));
    tree->setJson(t);
    s->addRow(OverviewPane::tr("All fields:"), tree);
    return s;
}

QWidget* dataHashesSection(const Bundle& b) {
    auto* s = new FormSection(QStringLiteral("dataHashesSection"),
                              OverviewPane::tr("Data hashes (%n dataset(s))", nullptr,
                                               static_cast<int>(b.dataHashes.size())));
    auto* table = new InfoTable(QStringLiteral("dataHashes"),
                                {OverviewPane::tr("Dataset"), OverviewPane::tr("SHA-256")});
    for (const DataHash& d : b.dataHashes) table->addRow({d.name, d.sha256});
    table->setMonospace(1);
    s->addRow(QString(), table);
    return s;
}

QWidget* artefactsSection(const Bundle& b) {
    auto* s = new FormSection(
        QStringLiteral("artefactsSection"),
        OverviewPane::tr("Artefacts (%n file(s))", nullptr, static_cast<int>(b.artefacts.size())));
    if (b.artefactsFromSha256Sums)
        s->addNote(QStringLiteral("source"),
                   OverviewPane::tr("Listed in SHA256SUMS, which names no sizes."));
    auto* table = new InfoTable(
        QStringLiteral("artefacts"),
        {OverviewPane::tr("Path"), OverviewPane::tr("Size"), OverviewPane::tr("SHA-256")});
    for (const Artefact& a : b.artefacts) table->addRow({a.path, Format::size(a.size), a.sha256});
    table->alignRight(1);
    table->setMonospace(2);
    s->addRow(QString(), table);
    return s;
}

}  // namespace

void OverviewPane::refresh() {
    if (showStateWithoutBundle())
        return;
    const PaneContext& c = context();
    QVBoxLayout* column = resetContent();
    addEntryError(column, c);
    column->addWidget(manifestSection(c));
    column->addWidget(trainingSection(*c.bundle));
    column->addWidget(dataHashesSection(*c.bundle));
    column->addWidget(artefactsSection(*c.bundle));
    column->addWidget(new ReportedMetricsSection(*c.bundle));
    column->addStretch(1);
}

}  // namespace countersign::ui

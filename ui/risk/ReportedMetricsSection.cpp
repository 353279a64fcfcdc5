#include "ui/risk/ReportedMetricsSection.h"

#include <QFileInfo>
#include <QJsonArray>

#include "common/JsonFile.h"
#include "ui/widgets/JsonTree.h"
#include "workspace/Bundle.h"

namespace countersign::ui {

ReportedMetricsSection::ReportedMetricsSection(const Bundle& bundle, QWidget* parent)
    : FormSection(QStringLiteral("reportedMetrics"), tr("Reported evaluation (model owner)"),
                  parent) {
    const QString path = bundle.filePath(relativePath());
    if (!QFileInfo::exists(path)) {
        addNote(QStringLiteral("missing"), tr("The bundle has no %1.").arg(relativePath()));
        return;
    }
    const Result<QJsonDocument> doc = JsonFile::read(path);
    if (!doc) {
        addNote(QStringLiteral("error"),
                tr("%1 cannot be read: %2").arg(relativePath(), doc.error().toString()));
        return;
    }
    addNote(QStringLiteral("note"),
            tr("As reported in %1. The gates recompute these figures from the bundle's own data.")
                .arg(relativePath()));
    auto* tree = new JsonTree(QStringLiteral("reportedMetricsTree"));
    tree->setJson(doc->isObject() ? QJsonValue(doc->object()) : QJsonValue(doc->array()));
    addRow(QString(), tree);
}

}  // namespace countersign::ui

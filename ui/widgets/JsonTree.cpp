#include "ui/widgets/JsonTree.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>

namespace countersign::ui {

JsonTree::JsonTree(const QString& objectName, QWidget* parent) : QTreeWidget(parent) {
    setObjectName(objectName);
    setColumnCount(2);
    setHeaderLabels({tr("Key"), tr("Value")});
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemExpanded, this, [this] { updateGeometry(); });
    connect(this, &QTreeWidget::itemCollapsed, this, [this] { updateGeometry(); });
}

QString JsonTree::scalarText(const QJsonValue& value) {
    switch (value.type()) {
        case QJsonValue::Bool:
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double:
            return QString::number(value.toDouble(), 'g', 12);
        case QJsonValue::String:
            return value.toString();
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Array:
            return tr("%n item(s)", nullptr, static_cast<int>(value.toArray().size()));
        case QJsonValue::Object:
            return tr("%n key(s)", nullptr, static_cast<int>(value.toObject().size()));
        case QJsonValue::Undefined:
            break;
    }
    return {};
}

void JsonTree::setJson(const QJsonValue& value) {
    clear();
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) add(nullptr, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) add(nullptr, QString::number(i), a.at(i));
    } else {
        add(nullptr, QString(), value);
    }
    expandAll();
    updateGeometry();
}

void JsonTree::add(QTreeWidgetItem* parent, const QString& key, const QJsonValue& value) {
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setText(0, key);
    item->setText(1, scalarText(value));
    item->setToolTip(1, scalarText(value));
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) add(item, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) add(item, QString::number(i), a.at(i));
    }
}

namespace {
int shownRows(const QTreeWidgetItem* item) {
    int n = 1;
    if (item->isExpanded())
        for (int i = 0; i < item->childCount(); ++i) n += shownRows(item->child(i));
    return n;
}
}  // namespace

int JsonTree::visibleRows() const {
    int n = 0;
    for (int i = 0; i < topLevelItemCount(); ++i) n += shownRows(topLevelItem(i));
    return n;
}

QSize JsonTree::sizeHint() const {
    const int rowH = topLevelItemCount() > 0 ? std::max(indexRowSizeHint(model()->index(0, 0)), 1)
                                             : fontMetrics().height();
    const int h = header()->sizeHint().height() + visibleRows() * rowH + 2 * frameWidth() + 2;
    return {QTreeWidget::sizeHint().width(), h};
}

QSize JsonTree::minimumSizeHint() const {
    return {100, sizeHint().height()};
}

}  // namespace countersign::ui

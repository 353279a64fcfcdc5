#pragma once

#include <QJsonValue>
#include <QTreeWidget>

namespace countersign::ui {

// Shows a JSON value as a two-column tree (key, value), objects and arrays expanded: the
// training manifest, the owner's reported metrics.
class JsonTree : public QTreeWidget {
    Q_OBJECT
public:
    JsonTree(const QString& objectName, QWidget* parent = nullptr);

    void setJson(const QJsonValue& value);
    // The text shown for a scalar ("0.5", "true", "null", the string itself).
    static QString scalarText(const QJsonValue& value);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void add(QTreeWidgetItem* parent, const QString& key, const QJsonValue& value);
    int visibleRows() const;
};

}  // namespace countersign::ui

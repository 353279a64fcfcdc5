#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

namespace countersign {
class Workspace;
}

namespace countersign::ui {

class BundleTreeModel;

// The left column: the models of the workspace and their versions. Emits the selected
// version's index into Workspace::bundles() (-1 when a model row or nothing is selected).
class Navigator : public QWidget {
    Q_OBJECT
public:
    explicit Navigator(QWidget* parent = nullptr);

    void setWorkspace(const Workspace* workspace);
    BundleTreeModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }

    int selectedEntry() const;
    // Selects a version; returns false when the workspace has no such version.
    bool select(const QString& model, const QString& version);
    // Moves the selection to the next (+1) or previous (-1) version across models.
    void step(int direction);

signals:
    void entrySelected(int entryIndex);

private:
    void onCurrentChanged();

    QLabel* m_title = nullptr;
    QTreeView* m_view = nullptr;
    BundleTreeModel* m_model = nullptr;
};

}  // namespace countersign::ui

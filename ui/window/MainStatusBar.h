#pragma once

#include <QStatusBar>

class QLabel;

namespace countersign::ui {

// The bottom line: the workspace folder, how many versions it holds (and how many cannot be
// read), the audit store's state, and room for later facts (next freeze, checkpoint).
class MainStatusBar : public QStatusBar {
    Q_OBJECT
public:
    explicit MainStatusBar(QWidget* parent = nullptr);

    void setWorkspace(const QString& dir);  // empty: no workspace
    void setBundleCounts(int total, int invalid);
    void setStoreState(const QString& text);
    // Adds a permanent field (right side) with an object name; later features use this.
    QLabel* addField(const QString& objectName);

private:
    QLabel* m_workspace = nullptr;
    QLabel* m_bundles = nullptr;
    QLabel* m_store = nullptr;
};

}  // namespace countersign::ui

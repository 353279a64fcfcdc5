#pragma once

#include <QGroupBox>

class QTableView;

namespace countersign::ui {

class ReleaseBoardModel;

// The release board: every bundle's change request in a table. Choosing a row asks for that
// bundle to become the selected one (the main window's navigator follows).
class ReleaseBoard : public QGroupBox {
    Q_OBJECT
public:
    explicit ReleaseBoard(QWidget* parent = nullptr);

    ReleaseBoardModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Marks the row of the selected bundle without emitting bundleChosen.
    void setCurrentBundle(const QString& bundleId);
    // The height that shows every row (at most maxRows) without scrolling.
    int preferredHeight(int maxRows = 10) const;

signals:
    void bundleChosen(const QString& bundleId);

private:
    ReleaseBoardModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    bool m_settingCurrent = false;
};

}  // namespace countersign::ui

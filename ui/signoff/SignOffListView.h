#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include "signoff/SignOffVerdict.h"
#include "workspace/Bundle.h"
#include "workspace/Roster.h"

class QLabel;
class QTableView;

namespace countersign::ui {

class SignOffVerdictModel;

// The sign-offs of a bundle, each with its verdict and reason, verified against the roster
// and the bundle as it is now. Verification runs on a pool thread; a newer request wins.
// Object names: signOffTable, signOffSummary.
class SignOffListView : public QWidget {
    Q_OBJECT
public:
    explicit SignOffListView(QWidget* parent = nullptr);
    ~SignOffListView() override;

    void verify(const Bundle& bundle, const Roster& roster);
    SignOffVerdictModel* model() const { return m_model; }

signals:
    void verified(int valid, int failed);

private:
    void done();

    SignOffVerdictModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    quint64 m_generation = 0;
    QFutureWatcher<QList<SignOffVerdict>> m_watcher;
};

}  // namespace countersign::ui

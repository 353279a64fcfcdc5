#pragma once

#include <QWidget>

#include "signoff/SignOffVerdict.h"
#include "ui/async/Background.h"
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

    void verify(const Bundle& bundle, const Roster& roster);
    SignOffVerdictModel* model() const { return m_model; }

signals:
    void verified(int valid, int failed);

private:
    void done(const QList<SignOffVerdict>& verdicts);

    SignOffVerdictModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    Background<QList<SignOffVerdict>> m_verification;
};

}  // namespace countersign::ui

#pragma once

#include <QMap>

#include "gates/GateResult.h"
#include "ui/pane/Pane.h"

class QLabel;

namespace countersign::ui {

class CsvRowCounter;
class InfoTable;
class RiskReviewWidget;

// The Risk Officer's pane (runbook step 2): the bias and drift gates recomputed from the
// bundle's own data (RiskReviewWidget: TPR and PSI charts, confusion counts, distributions),
// sign-off or signed override checked by the release desk first (state, separation of duties,
// preconditions: a refused attempt names its reason and is recorded), a hotfix request from a
// drift breach; below, the owner's reported metrics (claims, not recomputed), the evaluation
// set-up and the drift samples with their sizes. The review (and its running gates) survives
// context changes; only a different bundle restarts it.
class RiskPane : public Pane {
    Q_OBJECT
public:
    explicit RiskPane(QWidget* parent = nullptr);
    QString title() const override { return tr("Risk"); }
    QStringList primaryRoles() const override;
    RiskReviewWidget* review() const { return m_review; }

protected:
    void refresh() override;

private:
    QWidget* evaluationSection();
    QWidget* driftSection();
    void configureReview();
    void onSignedOff(const QString& decision, qint64 auditSeq);
    void onCounted(const QString& path, qint64 rows, int columns, const QString& error);

    CsvRowCounter* m_counter = nullptr;
    RiskReviewWidget* m_review = nullptr;
    QString m_reviewKey;  // the bundle (dir|digest) the gates run for
    // Where each counted file's figures go: table and row.
    struct Target {
        InfoTable* table;
        int row;
    };
    QMultiMap<QString, Target> m_targets;
};

}  // namespace countersign::ui

#pragma once

#include <QDate>
#include <QDialog>
#include <optional>

#include "common/Clock.h"
#include "gates/SecurityAssessment.h"
#include "scans/RiskAcceptance.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace countersign::ui {

// Asks what a Security Engineer accepts about one finding before it is signed: the installed
// versions covered (prefilled with the installed ones), the justification and the last day it
// counts (UTC; it expires at 00:00 UTC the day after). The signing itself is SigningDialog's.
//
// Tests answer without a modal: setNextAnswer(justification, lastDay[, range]) or
// setNextCancel() before ask(). Object names: acceptanceRangeEdit, acceptanceJustificationEdit,
// acceptanceExpiryEdit, acceptanceProblemLabel, acceptanceContinueButton.
class RiskAcceptanceDialog : public QDialog {
    Q_OBJECT
public:
    // The acceptance to sign (model, bundle, acceptedBy, acceptedAt set), or nothing when
    // the operator cancelled.
    static std::optional<RiskAcceptance> ask(QWidget* parent, const AssessedFinding& finding,
                                             const QString& model, const QString& bundleId,
                                             const QString& operatorId, const Clock& clock);

    static void setNextAnswer(const QString& justification, const QDate& lastDay,
                              const QString& versionRange = {});
    static void setNextCancel();

    // "=1.2.3", "=a || =b" for a merged finding with several installed versions, "*" for none.
    static QString defaultRange(const Finding& finding);
    // The instant an acceptance whose last day is `lastDay` expires: 00:00 UTC the day after.
    static QDateTime expiryFor(const QDate& lastDay);

    RiskAcceptanceDialog(const AssessedFinding& finding, RiskAcceptance draft, const Clock& clock,
                         QWidget* parent = nullptr);
    RiskAcceptance acceptance() const;

private:
    void validate();

    RiskAcceptance m_draft;
    const Clock* m_clock;
    QLineEdit* m_range = nullptr;
    QPlainTextEdit* m_justification = nullptr;
    QDateEdit* m_expiry = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_continue = nullptr;
};

}  // namespace countersign::ui

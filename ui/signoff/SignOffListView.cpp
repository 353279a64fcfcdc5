#include "ui/signoff/SignOffListView.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "signoff/SignOffVerifier.h"
#include "ui/signoff/SignOffVerdictModel.h"

namespace countersign::ui {

SignOffListView::SignOffListView(QWidget* parent)
    : QWidget(parent),
      m_verification(this, [this](const QList<SignOffVerdict>& verdicts) { done(verdicts); }) {
    setObjectName(QStringLiteral("signOffListView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(tr("No bundle selected."), this);
    m_summary->setObjectName(QStringLiteral("signOffSummary"));
    layout->addWidget(m_summary);
    m_model = new SignOffVerdictModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("signOffTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Sign-offs and their verdicts"));
    layout->addWidget(m_table);
}

void SignOffListView::verify(const Bundle& bundle, const Roster& roster) {
    m_summary->setText(tr("Verifying the sign-offs of %1…").arg(bundle.id()));
    m_verification.start([bundle, roster](const Background<QList<SignOffVerdict>>::Token&) {
        return SignOffVerifier(roster).verifyBundle(bundle);
    });
}

void SignOffListView::done(const QList<SignOffVerdict>& verdicts) {
    m_model->setVerdicts(verdicts);
    m_table->resizeColumnsToContents();
    int valid = 0, failed = 0;
    for (const SignOffVerdict& v : verdicts) {
        valid += v.valid() ? 1 : 0;
        failed += v.failed() ? 1 : 0;
    }
    m_summary->setText(verdicts.isEmpty() ? tr("No sign-offs yet.")
                                          : tr("%n sign-off(s): %1 valid, %2 invalid or void.",
                                               nullptr, static_cast<int>(verdicts.size()))
                                                .arg(valid)
                                                .arg(failed));
    emit verified(valid, failed);
}

}  // namespace countersign::ui

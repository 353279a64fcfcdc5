#include "signoff/SignOffListView.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "crypto/OpenSslErrors.h"
#include "signoff/SignOffVerdictModel.h"
#include "signoff/SignOffVerifier.h"

namespace countersign::ui {

SignOffListView::SignOffListView(QWidget* parent) : QWidget(parent) {
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
    connect(&m_watcher, &QFutureWatcher<QList<SignOffVerdict>>::finished, this,
            &SignOffListView::done);
}

SignOffListView::~SignOffListView() {
    m_watcher.waitForFinished();
}

void SignOffListView::verify(const Bundle& bundle, const Roster& roster) {
    ++m_generation;
    m_summary->setText(tr("Verifying the sign-offs of %1…").arg(bundle.id()));
    // setFuture() drops the previous request's result; the generation guards the rest.
    m_watcher.setProperty("generation", m_generation);
    m_watcher.setFuture(QtConcurrent::run([bundle, roster]() {
        const OpenSslThreadScope openSsl;
        return SignOffVerifier(roster).verifyBundle(bundle);
    }));
}

void SignOffListView::done() {
    if (m_watcher.property("generation").toULongLong() != m_generation)
        return;  // outdated
    const QList<SignOffVerdict> verdicts = m_watcher.result();
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

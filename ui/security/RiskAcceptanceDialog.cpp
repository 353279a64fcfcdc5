#include "ui/security/RiskAcceptanceDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace countersign::ui {

namespace {

struct NextAnswer {
    bool set = false;
    bool cancel = false;
    QString justification;
    QDate lastDay;
    QString range;
};
NextAnswer& nextAnswer() {
    static NextAnswer a;
    return a;
}

}  // namespace

void RiskAcceptanceDialog::setNextAnswer(const QString& justification, const QDate& lastDay,
                                         const QString& versionRange) {
    nextAnswer() = {true, false, justification, lastDay, versionRange};
}

void RiskAcceptanceDialog::setNextCancel() {
    nextAnswer() = {true, true, {}, {}, {}};
}

QString RiskAcceptanceDialog::defaultRange(const Finding& finding) {
    const QStringList versions = finding.installed.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    if (versions.isEmpty())
        return QStringLiteral("*");
    QStringList exact;
    for (const QString& v : versions) exact << QLatin1Char('=') + v.trimmed();
    return exact.join(QStringLiteral(" || "));
}

QDateTime RiskAcceptanceDialog::expiryFor(const QDate& lastDay) {
    return QDateTime(lastDay.addDays(1), QTime(0, 0), QTimeZone::utc()).toUTC();
}

std::optional<RiskAcceptance> RiskAcceptanceDialog::ask(
    QWidget* parent, const AssessedFinding& finding, const QString& model, const QString& bundleId,
    const QString& operatorId, const Clock& clock) {
    RiskAcceptance draft;
    draft.findingId = finding.finding.id;
    draft.package = finding.finding.package;
    draft.versionRange = defaultRange(finding.finding);
    draft.model = model;
    draft.bundle = bundleId;
    draft.acceptedBy = operatorId;
    draft.acceptedAt = clock.now();
    const NextAnswer answer = nextAnswer();
    if (answer.set) {
        nextAnswer() = {};
        if (answer.cancel)
            return std::nullopt;
        draft.justification = answer.justification;
        draft.expires = expiryFor(answer.lastDay);
        if (!answer.range.isEmpty())
            draft.versionRange = answer.range;
        return draft;
    }
    RiskAcceptanceDialog dialog(finding, draft, clock, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.acceptance();
}

RiskAcceptanceDialog::RiskAcceptanceDialog(const AssessedFinding& finding, RiskAcceptance draft,
                                           const Clock& clock, QWidget* parent)
    : QDialog(parent), m_draft(std::move(draft)), m_clock(&clock) {
    setObjectName(QStringLiteral("riskAcceptanceDialog"));
    const Finding& f = finding.finding;
    setWindowTitle(tr("Accept risk: %1 in %2").arg(f.id, f.package));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("An accepted finding no longer blocks the security gate of %1 while the acceptance "
           "lasts. It is signed with your key and recorded in the audit log.")
            .arg(m_draft.model),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    auto* what = new QLabel(
        QStringLiteral("<b>%1</b> %2 · %3<br>%4")
            .arg(f.id.toHtmlEscaped(), severityLabel(f.severity).toHtmlEscaped(),
                 f.package.toHtmlEscaped() + QLatin1Char(' ') + f.installed.toHtmlEscaped(),
                 f.title.toHtmlEscaped()),
        this);
    what->setWordWrap(true);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Finding:"), what);
    m_range = new QLineEdit(m_draft.versionRange, this);
    m_range->setObjectName(QStringLiteral("acceptanceRangeEdit"));
    m_range->setToolTip(
        tr("Installed versions covered: \"=1.2.3\", \">=1.0 <1.4\", "
           "alternatives joined by \"||\", \"*\" for any version"));
    form->addRow(tr("&Versions:"), m_range);
    m_justification = new QPlainTextEdit(this);
    m_justification->setObjectName(QStringLiteral("acceptanceJustificationEdit"));
    m_justification->setPlaceholderText(
        tr("Why the risk is acceptable (not reachable, mitigated by…, fix scheduled in…)"));
    m_justification->setTabChangesFocus(true);
    form->addRow(tr("&Justification:"), m_justification);
    m_expiry = new QDateEdit(this);
    m_expiry->setObjectName(QStringLiteral("acceptanceExpiryEdit"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate today = m_clock->now().toUTC().date();
    m_expiry->setMinimumDate(today);
    m_expiry->setDate(today.addDays(30));
    form->addRow(tr("Counts &through (UTC):"), m_expiry);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("acceptanceProblemLabel"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_continue = buttons->addButton(tr("&Continue to signing…"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(QStringLiteral("acceptanceContinueButton"));
    connect(m_continue, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_range, &QLineEdit::textChanged, this, &RiskAcceptanceDialog::validate);
    connect(m_justification, &QPlainTextEdit::textChanged, this, &RiskAcceptanceDialog::validate);
    connect(m_expiry, &QDateEdit::dateChanged, this, &RiskAcceptanceDialog::validate);
    validate();
    m_justification->setFocus();
    resize(560, 380);
}

RiskAcceptance RiskAcceptanceDialog::acceptance() const {
    RiskAcceptance a = m_draft;
    a.versionRange = m_range->text().trimmed();
    a.justification = m_justification->toPlainText().trimmed();
    a.expires = expiryFor(m_expiry->date());
    return a;
}

void RiskAcceptanceDialog::validate() {
    const QString problem = acceptance().problem(*m_clock);
    m_problem->setText(problem.isEmpty() ? QString() : tr("To continue: %1").arg(problem));
    m_continue->setEnabled(problem.isEmpty());
}

}  // namespace countersign::ui

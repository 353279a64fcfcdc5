#include "ui/audit/AuditConsistencyView.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

#include "audit/AuditStore.h"

namespace countersign::ui {

namespace {
int clampSize(qint64 n) {
    return static_cast<int>(std::clamp<qint64>(n, 0, INT_MAX));
}
}  // namespace

AuditConsistencyView::AuditConsistencyView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("auditConsistency"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(
        tr("Proves that the tree of the later size extends the earlier one: nothing of the "
           "first records was changed, removed or reordered."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* row = new QHBoxLayout;
    m_from = new QSpinBox(this);
    m_from->setObjectName(QStringLiteral("auditConsistencyFrom"));
    m_from->setAccessibleName(tr("From tree size"));
    m_to = new QSpinBox(this);
    m_to->setObjectName(QStringLiteral("auditConsistencyTo"));
    m_to->setAccessibleName(tr("To tree size"));
    m_prove = new QPushButton(tr("&Prove"), this);
    m_prove->setObjectName(QStringLiteral("auditConsistencyProve"));
    auto* fromLabel = new QLabel(tr("From size:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("to size:"), this);
    toLabel->setBuddy(m_to);
    row->addWidget(fromLabel);
    row->addWidget(m_from, 1);
    row->addWidget(toLabel);
    row->addWidget(m_to, 1);
    row->addWidget(m_prove);
    layout->addLayout(row);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("auditConsistencyVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verdict);
    m_proof = new QPlainTextEdit(this);
    m_proof->setObjectName(QStringLiteral("auditConsistencyProof"));
    m_proof->setReadOnly(true);
    m_proof->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_proof->setAccessibleName(tr("Consistency proof"));
    layout->addWidget(m_proof, 1);

    connect(m_prove, &QPushButton::clicked, this, &AuditConsistencyView::proveChosen);
    connect(m_to, &QSpinBox::valueChanged, this,
            [this](int v) { m_toFollowsSize = v == m_to->maximum(); });
    setStore(nullptr);
}

void AuditConsistencyView::setStore(const AuditStore* store) {
    m_store = store;
    m_proof->clear();
    m_verdict->clear();
    m_prove->setEnabled(store != nullptr);
    m_from->setValue(0);
    m_toFollowsSize = true;
    if (!store) {
        m_from->setRange(0, 0);
        m_to->setRange(0, 0);
        return;
    }
    // Start from the latest signed checkpoint: the size an auditor most likely holds.
    auto cp = store->latestCheckpoint();
    storeGrew();
    if (cp && !cp->isNull())
        m_from->setValue(clampSize(cp->size));
}

void AuditConsistencyView::storeGrew() {
    if (!m_store)
        return;
    const int size = clampSize(m_store->size());
    const bool follow = m_toFollowsSize;
    m_from->setRange(0, size);
    m_to->setRange(0, size);
    if (follow)
        m_to->setValue(size);
    m_toFollowsSize = follow;
}

void AuditConsistencyView::proveChosen() {
    prove(m_from->value(), m_to->value());
}

void AuditConsistencyView::prove(qint64 fromSize, qint64 toSize) {
    m_proof->clear();
    if (!m_store)
        return;
    auto proof = m_store->consistencyProof(fromSize, toSize);
    if (!proof) {
        m_verdict->setText(tr("✗ No proof from %1 to %2: %3")
                               .arg(fromSize)
                               .arg(toSize)
                               .arg(proof.error().message));
        return;
    }
    m_proof->setPlainText(
        QString::fromUtf8(QJsonDocument(proof->toJson()).toJson(QJsonDocument::Indented)));
    if (proof->verify())
        m_verdict->setText(tr("✓ The tree of %1 records extends the tree of %2 records.")
                               .arg(QLocale().toString(toSize), QLocale().toString(fromSize)));
    else
        m_verdict->setText(tr("✗ The proof from %1 to %2 records does not verify: the store's "
                              "tree is inconsistent.")
                               .arg(QLocale().toString(fromSize), QLocale().toString(toSize)));
}

QString AuditConsistencyView::verdict() const {
    return m_verdict->text();
}

QString AuditConsistencyView::proofText() const {
    return m_proof->toPlainText();
}

}  // namespace countersign::ui

#include "ui/audit/AuditRecordDetail.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "audit/AuditStore.h"
#include "audit/MerkleTree.h"

namespace countersign::ui {

AuditRecordDetail::AuditRecordDetail(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("auditDetail"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("Select a record to see it."), this);
    m_title->setObjectName(QStringLiteral("auditDetailTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    // Long hashes must not widen the panel: the label takes the width it is given.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_notEvidence = new QLabel(this);
    m_notEvidence->setObjectName(QStringLiteral("auditNotEvidence"));
    m_notEvidence->setWordWrap(true);
    m_notEvidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notEvidence->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_notEvidence->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: #b3261e; padding: 4px; }"));
    m_notEvidence->setVisible(false);
    m_record = new QPlainTextEdit(this);
    m_record->setObjectName(QStringLiteral("auditDetailRecord"));
    m_record->setReadOnly(true);
    m_record->setFont(mono);
    m_record->setAccessibleName(tr("Record"));
    m_proofVerdict = new QLabel(this);
    m_proofVerdict->setObjectName(QStringLiteral("auditProofVerdict"));
    m_proofVerdict->setWordWrap(true);
    m_proof = new QPlainTextEdit(this);
    m_proof->setObjectName(QStringLiteral("auditProof"));
    m_proof->setReadOnly(true);
    m_proof->setFont(mono);
    m_proof->setAccessibleName(tr("Inclusion proof"));
    // A few lines of each stay readable when the detail sits below the table.
    for (QPlainTextEdit* e : {m_record, m_proof})
        e->setMinimumHeight(e->fontMetrics().lineSpacing() * 3 + 2 * e->frameWidth() + 8);
    layout->addWidget(m_title);
    layout->addWidget(m_notEvidence);
    layout->addWidget(m_record, 3);
    layout->addWidget(new QLabel(tr("Inclusion proof:"), this));
    layout->addWidget(m_proofVerdict);
    layout->addWidget(m_proof, 2);
}

void AuditRecordDetail::setNotEvidence(const QString& reason) {
    m_notEvidence->setText(
        reason.isEmpty()
            ? QString()
            : tr("Not evidence: the workflow reads this kind of record but does not count this "
                 "one: %1")
                  .arg(reason));
    m_notEvidence->setVisible(!reason.isEmpty());
}

QString AuditRecordDetail::notEvidenceText() const {
    return m_notEvidence->text();
}

QString AuditRecordDetail::proofVerdict() const {
    return m_proofVerdict->text();
}

void AuditRecordDetail::show(const AuditStore* store, qint64 seq) {
    m_record->clear();
    m_proof->clear();
    m_proofVerdict->clear();
    setNotEvidence(QString());
    m_title->setToolTip(QString());
    if (!store || seq < 0) {
        m_title->setText(tr("Select a record to see it."));
        return;
    }
    auto rec = store->record(seq);
    if (!rec) {
        m_title->setText(tr("Record %1 cannot be read: %2").arg(seq).arg(rec.error().message));
        return;
    }
    // Hashes in groups of 16 hex digits, so they wrap in a narrow panel; the tooltip has them
    // whole for copying.
    auto grouped = [](const QByteArray& hash) {
        const QString hex = QString::fromLatin1(hash.toHex());
        QStringList parts;
        for (qsizetype i = 0; i < hex.size(); i += 16) parts << hex.mid(i, 16);
        return parts.join(QLatin1Char(' '));
    };
    m_title->setText(tr("Record %1\nhash     %2\nprevious %3")
                         .arg(seq)
                         .arg(grouped(rec->hash), grouped(rec->prevHash)));
    m_title->setToolTip(tr("hash %1\nprevious %2")
                            .arg(QString::fromLatin1(rec->hash.toHex()),
                                 QString::fromLatin1(rec->prevHash.toHex())));
    const QJsonDocument doc = QJsonDocument::fromJson(rec->bytes);
    m_record->setPlainText(doc.isNull() ? QString::fromUtf8(rec->bytes)
                                        : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));

    // Prove against the latest signed checkpoint that covers the record, else the whole store.
    auto cp = store->latestCheckpoint();
    const bool covered = cp && !cp->isNull() && cp->size > seq;
    const qint64 size = covered ? cp->size : store->size();
    auto proof = store->inclusionProof(seq, size);
    if (!proof) {
        m_proofVerdict->setText(tr("✗ No proof: %1").arg(proof.error().message));
        return;
    }
    m_proof->setPlainText(
        QString::fromUtf8(QJsonDocument(proof->toJson()).toJson(QJsonDocument::Indented)));
    const bool intact = MerkleTree::leafHash(rec->bytes) == rec->hash;
    const bool verifies = proof->verify() && proof->leafHash == rec->hash;
    if (!intact)
        m_proofVerdict->setText(
            tr("✗ This record's bytes no longer match its hash: it was changed after it was "
               "written."));
    else if (!verifies)
        m_proofVerdict->setText(
            tr("✗ The proof does not verify: the store's tree disagrees with this record."));
    else if (covered && proof->rootHash == cp->rootHash)
        m_proofVerdict->setText(tr("✓ Included in the signed checkpoint of %n record(s).", nullptr,
                                   static_cast<int>(size)));
    else if (covered)
        m_proofVerdict->setText(
            tr("✗ The proof's root differs from the signed checkpoint of %1 records.").arg(size));
    else
        m_proofVerdict->setText(
            tr("✓ Included in the current tree of %n record(s) (not yet in a signed checkpoint).",
               nullptr, static_cast<int>(size)));
}

}  // namespace countersign::ui

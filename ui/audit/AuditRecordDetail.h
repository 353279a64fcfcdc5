#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace countersign {
class AuditStore;
}

namespace countersign::ui {

// The selected audit record: its pretty-printed JSON, hash and previous hash, whether it is
// "not evidence" and why, and its inclusion proof against the latest signed checkpoint
// (checked on the spot).
class AuditRecordDetail : public QWidget {
    Q_OBJECT
public:
    explicit AuditRecordDetail(QWidget* parent = nullptr);
    void show(const AuditStore* store, qint64 seq);  // seq < 0 clears
    // Marks the record shown as not evidence, with the reason (empty: no marker).
    void setNotEvidence(const QString& reason);
    QString proofVerdict() const;
    QString notEvidenceText() const;

private:
    QLabel* m_title = nullptr;
    QLabel* m_notEvidence = nullptr;
    QPlainTextEdit* m_record = nullptr;
    QLabel* m_proofVerdict = nullptr;
    QPlainTextEdit* m_proof = nullptr;
};

}  // namespace countersign::ui

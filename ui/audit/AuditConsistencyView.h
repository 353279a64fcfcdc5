#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace countersign {
class AuditStore;
}

namespace countersign::ui {

// The consistency proof between two tree sizes of the audit store (RFC 6962): proves that the
// later tree extends the earlier one, which is what an auditor holding an old checkpoint asks.
// The proof is checked on the spot and shown as JSON (the same form as the CLI's
// `audit consistency`).
class AuditConsistencyView : public QWidget {
    Q_OBJECT
public:
    explicit AuditConsistencyView(QWidget* parent = nullptr);

    void setStore(const AuditStore* store);  // not owned; null clears
    // Follows the store's size: the "to" bound and its maximum (keeps a size the user chose).
    void storeGrew();
    void prove(qint64 fromSize, qint64 toSize);
    QString verdict() const;
    QString proofText() const;

private:
    void proveChosen();

    const AuditStore* m_store = nullptr;
    QSpinBox* m_from = nullptr;
    QSpinBox* m_to = nullptr;
    QPushButton* m_prove = nullptr;
    QLabel* m_verdict = nullptr;
    QPlainTextEdit* m_proof = nullptr;
    bool m_toFollowsSize = true;
};

}  // namespace countersign::ui

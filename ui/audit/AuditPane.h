#pragma once

#include "ui/pane/Pane.h"

namespace countersign::ui {

class AuditBrowser;

// The workspace's audit store, browsed and verified (AuditBrowser over AppServices::audit):
// records with filters, detail and proofs, verification, exports. When the store cannot be
// opened the pane says why. Unlike the other panes it needs no selected version.
class AuditPane : public Pane {
    Q_OBJECT
public:
    explicit AuditPane(QWidget* parent = nullptr);
    QString title() const override { return tr("Audit"); }
    AuditBrowser* browser() const { return m_browser; }

protected:
    void refresh() override;

private:
    void showBrowser(bool on);

    AuditBrowser* m_browser = nullptr;
};

}  // namespace countersign::ui

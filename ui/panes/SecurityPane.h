#pragma once

#include "panes/Pane.h"

namespace countersign::ui {

// The Security Engineer's pane: the artefacts with the digests and sizes the manifest
// promises (and what is on disk), and the scanner reports the bundle ships.
class SecurityPane : public Pane {
    Q_OBJECT
public:
    explicit SecurityPane(QWidget* parent = nullptr);
    QString title() const override { return tr("Security"); }
    QStringList primaryRoles() const override;

    static QString scansFolder() { return QStringLiteral("scans"); }

protected:
    void refresh() override;

private:
    QWidget* artefactsSection();
    QWidget* scansSection();
};

}  // namespace countersign::ui

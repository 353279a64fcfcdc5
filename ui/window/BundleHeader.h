#pragma once

#include <QMap>
#include <QWidget>

#include "gates/Verdict.h"

class QLabel;

namespace countersign {
struct BundleEntry;
class Workspace;
}  // namespace countersign

namespace countersign::ui {

class VerdictBadge;

// The top of the right side: the selected version's model, version and kind, a badge per gate
// and the release state line.
class BundleHeader : public QWidget {
    Q_OBJECT
public:
    explicit BundleHeader(QWidget* parent = nullptr);

    // Gate ids, in badge order: integrity, bias, drift, security, pipeline (shown as "CI").
    static QStringList gateIds();

    // Shows a version (null: nothing selected). Every gate badge goes back to "not evaluated".
    void setEntry(const Workspace* workspace, const BundleEntry* entry,
                  const QString& releaseState);
    void setGateVerdict(const QString& gateId, Verdict verdict, const QString& detail = {});
    VerdictBadge* badge(const QString& gateId) const { return m_badges.value(gateId); }
    // The line under the badges: change request, state and window.
    void setStateLine(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_state = nullptr;
    QWidget* m_badgeRow = nullptr;
    QMap<QString, VerdictBadge*> m_badges;
};

}  // namespace countersign::ui

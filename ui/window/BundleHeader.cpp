#include "ui/window/BundleHeader.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/VerdictBadge.h"
#include "ui/widgets/VerdictPalette.h"
#include "workspace/Workspace.h"

namespace countersign::ui {

namespace {
QString gateTitle(const QString& id) {
    if (id == QLatin1String("integrity"))
        return BundleHeader::tr("Integrity");
    if (id == QLatin1String("bias"))
        return BundleHeader::tr("Bias");
    if (id == QLatin1String("drift"))
        return BundleHeader::tr("Drift");
    if (id == QLatin1String("security"))
        return BundleHeader::tr("Security");
    return BundleHeader::tr("CI");
}

QString badgeObjectName(const QString& id) {
    if (id == QLatin1String("pipeline"))
        return QStringLiteral("badgeCi");
    return QStringLiteral("badge") + id.at(0).toUpper() + id.mid(1);
}
}  // namespace

QStringList BundleHeader::gateIds() {
    return {QStringLiteral("integrity"), QStringLiteral("bias"), QStringLiteral("drift"),
            QStringLiteral("security"), QStringLiteral("pipeline")};
}

BundleHeader::BundleHeader(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("bundleHeader"));
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(10, 8, 10, 6);
    column->setSpacing(4);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("bundleTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);

    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("bundleSubtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_badgeRow = new QWidget(this);
    auto* badges = new FlowLayout(m_badgeRow, 6);
    badges->setContentsMargins(0, 2, 0, 2);
    for (const QString& id : gateIds()) {
        auto* badge = new VerdictBadge(gateTitle(id), m_badgeRow);
        badge->setObjectName(badgeObjectName(id));
        badges->addWidget(badge);
        m_badges.insert(id, badge);
    }

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("bundleState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    column->addWidget(m_title);
    column->addWidget(m_subtitle);
    column->addWidget(m_badgeRow);
    column->addWidget(m_state);
    setEntry(nullptr, nullptr, {});
}

void BundleHeader::setEntry(const Workspace* workspace, const BundleEntry* entry,
                            const QString& releaseState) {
    for (VerdictBadge* b : std::as_const(m_badges)) b->setVerdict(Verdict::Undefined);
    m_state->setStyleSheet({});
    if (!entry) {
        m_title->setText(workspace ? tr("No version selected") : tr("No workspace open"));
        m_subtitle->setText(
            workspace ? tr("Choose a model version in the navigator on the left.")
                      : tr("Open a workspace folder with File > Open Workspace (Ctrl+O)."));
        m_badgeRow->hide();
        m_state->clear();
        m_state->hide();
        return;
    }
    m_badgeRow->setVisible(entry->valid());
    m_state->show();
    if (!entry->bundle) {
        m_title->setText(tr("%1 %2").arg(entry->model, entry->version));
        m_subtitle->setText(tr("This version cannot be read, so no gate can run on it."));
    } else {
        const Bundle& b = *entry->bundle;
        const QString kind =
            b.kind == QLatin1String(Bundle::kindHotfix) ? tr("hotfix") : tr("scheduled");
        m_title->setText(tr("%1 %2 · %3").arg(b.model, b.version, kind));
        QString owner = b.owner;
        if (workspace)
            if (const Operator* op = workspace->roster().find(b.owner))
                owner = tr("%1 (%2)").arg(op->name, op->id);
        m_subtitle->setText(tr("Owner %1 · created %2 · bundle digest %3")
                                .arg(owner,
                                     b.created.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                                     b.digest.left(16)));
    }
    if (entry->error) {
        const QColor c = VerdictPalette::forWidget(this).colour(Verdict::Error);
        m_state->setStyleSheet(QStringLiteral("color: %1;").arg(c.name()));
        m_state->setText(tr("Invalid: %1").arg(entry->error->toString()));
        return;
    }
    m_state->setText(tr("Release state: %1 · no change request open").arg(releaseState));
}

void BundleHeader::setGateVerdict(const QString& gateId, Verdict verdict, const QString& detail) {
    if (VerdictBadge* b = m_badges.value(gateId))
        b->setVerdict(verdict, detail);
}

void BundleHeader::setStateLine(const QString& text) {
    m_state->setText(text);
}

void BundleHeader::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

}  // namespace countersign::ui

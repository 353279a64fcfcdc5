#include "ui/widgets/VerdictBadge.h"

#include <QEvent>
#include <QPainter>

#include "ui/widgets/VerdictPalette.h"

namespace countersign::ui {

namespace {
constexpr int padX = 8;
constexpr int padY = 3;
constexpr int gap = 5;
constexpr int iconSize = 14;
}  // namespace

VerdictBadge::VerdictBadge(const QString& title, QWidget* parent)
    : QWidget(parent), m_title(title) {
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);  // shrinks, eliding the detail
    setFocusPolicy(Qt::TabFocus);
    refresh();
}

void VerdictBadge::setVerdict(Verdict verdict, const QString& detail) {
    m_verdict = verdict;
    m_detail = detail;
    refresh();
}

void VerdictBadge::setTitle(const QString& title) {
    m_title = title;
    refresh();
}

QString VerdictBadge::stateText() const {
    if (m_detail.isEmpty())
        return VerdictPalette::text(m_verdict);
    return tr("%1 %2", "verdict, detail").arg(VerdictPalette::text(m_verdict), m_detail);
}

void VerdictBadge::refresh() {
    setAccessibleName(tr("%1: %2", "badge title: state").arg(m_title, stateText()));
    setToolTip(accessibleName());
    updateGeometry();
    update();
}

QSize VerdictBadge::sizeHint() const {
    QFont bold = font();
    bold.setBold(true);
    const int w = padX + iconSize + gap + QFontMetrics(bold).horizontalAdvance(m_title) + gap +
                  fontMetrics().horizontalAdvance(stateText()) + padX;
    const int h = std::max(iconSize, fontMetrics().height()) + 2 * padY;
    return {w, h};
}

QSize VerdictBadge::minimumSizeHint() const {
    const QSize full = sizeHint();
    QFont bold = font();
    bold.setBold(true);
    const int w =
        padX + iconSize + gap + QFontMetrics(bold).horizontalAdvance(m_title) + gap +
        fontMetrics().horizontalAdvance(VerdictPalette::text(m_verdict) + QStringLiteral(" …")) +
        padX;
    return {std::min(full.width(), w), full.height()};
}

void VerdictBadge::paintEvent(QPaintEvent*) {
    const VerdictPalette palette = VerdictPalette::forWidget(this);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.setPen(QPen(palette.colour(m_verdict), hasFocus() ? 2.0 : 1.0));
    p.setBrush(palette.tint(m_verdict));
    p.drawRoundedRect(r, 4, 4);

    int x = padX;
    const int iconTop = (height() - iconSize) / 2;
    palette.icon(m_verdict, iconSize).paint(&p, QRect(x, iconTop, iconSize, iconSize));
    x += iconSize + gap;

    QFont bold = font();
    bold.setBold(true);
    p.setPen(palette.textOnTint());
    p.setFont(bold);
    const int titleWidth = QFontMetrics(bold).horizontalAdvance(m_title);
    p.drawText(QRect(x, 0, titleWidth, height()), Qt::AlignVCenter | Qt::AlignLeft, m_title);
    x += titleWidth + gap;
    p.setFont(font());
    const int room = width() - x - padX + 2;
    p.drawText(QRect(x, 0, room, height()), Qt::AlignVCenter | Qt::AlignLeft,
               fontMetrics().elidedText(stateText(), Qt::ElideRight, room));
}

void VerdictBadge::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

}  // namespace countersign::ui

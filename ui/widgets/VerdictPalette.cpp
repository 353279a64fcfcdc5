#include "ui/widgets/VerdictPalette.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QWidget>
#include <cmath>

namespace countersign::ui {

VerdictPalette VerdictPalette::forPalette(const QPalette& palette) {
    return VerdictPalette(palette.color(QPalette::Window).lightnessF() < 0.5 ? Theme::Dark
                                                                             : Theme::Light);
}

VerdictPalette VerdictPalette::forWidget(const QWidget* widget) {
    return forPalette(widget ? widget->palette() : QApplication::palette());
}

QColor VerdictPalette::colour(Verdict v) const {
    const bool dark = m_theme == Theme::Dark;
    switch (v) {
        case Verdict::Pass:
            return dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
        case Verdict::Warning:
            return dark ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00);
        case Verdict::Fail:
            return dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
        case Verdict::Error:
            return dark ? QColor(0xbc, 0x8c, 0xff) : QColor(0x82, 0x50, 0xdf);
        case Verdict::Undefined:
            break;
    }
    return dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x6e, 0x77, 0x81);
}

QColor VerdictPalette::tint(Verdict v) const {
    const QColor c = colour(v);
    const QColor base =
        m_theme == Theme::Dark ? QColor(0x16, 0x1b, 0x22) : QColor(0xff, 0xff, 0xff);
    const double a = m_theme == Theme::Dark ? 0.22 : 0.12;
    return QColor::fromRgbF(static_cast<float>(base.redF() * (1 - a) + c.redF() * a),
                            static_cast<float>(base.greenF() * (1 - a) + c.greenF() * a),
                            static_cast<float>(base.blueF() * (1 - a) + c.blueF() * a));
}

QColor VerdictPalette::textOnTint() const {
    return m_theme == Theme::Dark ? QColor(0xe6, 0xed, 0xf3) : QColor(0x1f, 0x23, 0x28);
}

QIcon VerdictPalette::icon(Verdict v, int size) const {
    const qreal dpr = 2.0;
    QPixmap pm(static_cast<int>(size * dpr), static_cast<int>(size * dpr));
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = colour(v);
    const qreal s = size;
    const QRectF box(0.5, 0.5, s - 1, s - 1);
    QPen mark(m_theme == Theme::Dark ? QColor(0x0d, 0x11, 0x17) : QColor(Qt::white), s / 7.0,
              Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (v) {
        case Verdict::Pass: {
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(box);
            p.setPen(mark);
            QPainterPath check;
            check.moveTo(s * 0.28, s * 0.52);
            check.lineTo(s * 0.44, s * 0.68);
            check.lineTo(s * 0.73, s * 0.34);
            p.drawPath(check);
            break;
        }
        case Verdict::Warning: {
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            QPainterPath tri;
            tri.moveTo(s * 0.5, s * 0.05);
            tri.lineTo(s * 0.97, s * 0.93);
            tri.lineTo(s * 0.03, s * 0.93);
            tri.closeSubpath();
            p.drawPath(tri);
            p.setPen(mark);
            p.drawLine(QPointF(s * 0.5, s * 0.38), QPointF(s * 0.5, s * 0.60));
            p.drawPoint(QPointF(s * 0.5, s * 0.78));
            break;
        }
        case Verdict::Fail: {
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(box);
            p.setPen(mark);
            p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
            p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
            break;
        }
        case Verdict::Error: {
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            QPolygonF oct;
            for (int i = 0; i < 8; ++i) {
                const double a = (22.5 + 45.0 * i) * M_PI / 180.0;
                oct << QPointF(s * 0.5 + s * 0.49 * std::cos(a), s * 0.5 + s * 0.49 * std::sin(a));
            }
            p.drawPolygon(oct);
            p.setPen(mark);
            p.drawLine(QPointF(s * 0.5, s * 0.25), QPointF(s * 0.5, s * 0.56));
            p.drawPoint(QPointF(s * 0.5, s * 0.75));
            break;
        }
        case Verdict::Undefined: {
            p.setPen(QPen(c, s / 9.0));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(box.adjusted(s / 16, s / 16, -s / 16, -s / 16));
            p.setPen(QPen(c, s / 8.0, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(s * 0.32, s * 0.5), QPointF(s * 0.68, s * 0.5));
            break;
        }
    }
    p.end();
    return QIcon(pm);
}

}  // namespace countersign::ui

#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

#include "gates/Verdict.h"

class QWidget;
class QPalette;

namespace countersign::ui {

// The one palette for verdicts, used by badges, tables and charts alike. Each verdict has
// a colour, an icon whose shape differs per verdict, and a text, so state is never shown by
// colour alone. Two variants, chosen by the lightness of the window background, keep the
// colours legible on light and dark themes.
class VerdictPalette {
public:
    enum class Theme { Light, Dark };

    explicit VerdictPalette(Theme theme = Theme::Light) : m_theme(theme) {}
    // The variant that suits a widget's (or the application's) window background.
    static VerdictPalette forWidget(const QWidget* widget);
    static VerdictPalette forPalette(const QPalette& palette);

    Theme theme() const { return m_theme; }
    // Strong colour: icons, chart series, badge borders, coloured text on the window background.
    QColor colour(Verdict v) const;
    // A faint background for table cells and badges; text on it stays readable.
    QColor tint(Verdict v) const;
    // The foreground for text drawn on tint().
    QColor textOnTint() const;
    // A filled shape per verdict: check mark, exclamation triangle, cross, bang octagon, dash.
    QIcon icon(Verdict v, int size = 16) const;
    // The translated text ("Pass", "Fail", ... "Not evaluated").
    static QString text(Verdict v) { return verdictLabel(v); }

private:
    Theme m_theme;
};

}  // namespace countersign::ui

#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace countersign::ui {

// The console's translations (built by qt_add_translations into :/i18n) and Qt's own.
class Translations {
public:
    // Installs the console's and Qt's translations for the locale on the application (English,
    // the source language, when the console has none for it); returns how many were installed.
    static int install(QCoreApplication& app, const QLocale& locale);
    // Removes what install() installed.
    static void uninstall(QCoreApplication& app);
    // The resource folder holding countersign_<lang>.qm.
    static QString resourceDir() { return QStringLiteral(":/i18n"); }
};

// Registers the ui library's resources (icons, translations); call once from main().
void initUiResources();

}  // namespace countersign::ui

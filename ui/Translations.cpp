#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

#include "common/SourceTextTranslator.h"

static void initCountersignResources() {
    Q_INIT_RESOURCE(countersign);
}

namespace countersign::ui {

namespace {
constexpr const char* translatorTag = "countersign-translator";
}

int Translations::install(QCoreApplication& app, const QLocale& locale) {
    uninstall(app);
    int installed = 0;
    auto add = [&](const QLocale& l, const QString& name, const QString& dir) {
        auto* t = new SourceTextTranslator(&app);
        t->setObjectName(QLatin1String(translatorTag));
        if (t->load(l, name, QStringLiteral("_"), dir) && QCoreApplication::installTranslator(t)) {
            ++installed;
            return true;
        }
        delete t;
        return false;
    };
    // English is the source language; its file only holds the plural forms ("1 version").
    if (!add(locale, QStringLiteral("countersign"), resourceDir()))
        add(QLocale(QLocale::English), QStringLiteral("countersign"), resourceDir());
    add(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installed;
}

void Translations::uninstall(QCoreApplication& app) {
    const QList<QTranslator*> translators =
        app.findChildren<QTranslator*>(QLatin1String(translatorTag));
    for (QTranslator* t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void initUiResources() {
    initCountersignResources();
}

}  // namespace countersign::ui

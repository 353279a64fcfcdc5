#include "ui/Format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include "common/UtcText.h"

namespace countersign::ui {

QString Format::size(qint64 bytes) {
    if (bytes < 0)
        return QCoreApplication::translate("Format", "unknown");
    const QLocale locale;
    if (bytes < 1024)
        return locale.formattedDataSize(bytes);  // "22 bytes", translated by Qt
    return QCoreApplication::translate("Format", "%1 (%2 bytes)")
        .arg(locale.formattedDataSize(bytes), locale.toString(bytes));
}

QString Format::utc(const QDateTime& when) {
    if (!when.isValid())
        return QCoreApplication::translate("Format", "unknown");
    return utcText(when);
}

QString Format::list(const QStringList& items) {
    if (items.isEmpty())
        return QCoreApplication::translate("Format", "none");
    return items.join(QCoreApplication::translate("Format", ", ", "list separator"));
}

QString Format::count(qint64 n) {
    return QLocale().toString(n);
}

}  // namespace countersign::ui

// Opens the audit browser on a store and reports the time until the first rows are shown and
// the peak memory. Optional: --shots DIR saves screenshots (after opening, mid-verification,
// after verification).
//   audit_pane_bench DB [--shots DIR]
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressBar>
#include <QTableView>
#include <QTimer>
#include <cstdio>

#include "audit/AuditStore.h"
#include "ui/audit/AuditBrowser.h"
#include "ui/audit/AuditRecordModel.h"

using namespace countersign;

namespace {
long peakKb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').at(0).toLong();
    return -1;
}
}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return 2;
    const QString shots =
        args.size() >= 4 && args[2] == QLatin1String("--shots") ? args[3] : QString();
    QElapsedTimer t;
    t.start();
    auto store = AuditStore::open(args[1], {}, SystemClock::instance());
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 3;
    }
    const double openMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    ui::AuditBrowser browser;
    browser.resize(1280, 760);
    browser.setStore(store.value().get());
    browser.show();
    while (browser.model()->rowCount() == 0) QCoreApplication::processEvents();
    browser.table()->viewport()->repaint();
    const double firstRowsMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    std::printf(
        "store open (incl. quick_check): %.0f ms; first rows shown: %.0f ms; rows loaded: %d of "
        "%lld; "
        "peak RSS %.1f MB\n",
        openMs, firstRowsMs, browser.model()->rowCount(),
        static_cast<long long>(store.value()->size()), static_cast<double>(peakKb()) / 1024.0);
    // Scroll through 20,000 rows in pages, as a user dragging down would.
    QElapsedTimer s;
    s.start();
    for (int i = 0; i < 40; ++i) {
        browser.table()->scrollToBottom();
        QCoreApplication::processEvents();
    }
    std::printf("scrolled to row %d in %.0f ms; peak RSS %.1f MB\n", browser.model()->rowCount(),
                static_cast<double>(s.nsecsElapsed()) / 1e6,
                static_cast<double>(peakKb()) / 1024.0);
    if (shots.isEmpty())
        return 0;
    QDir().mkpath(shots);
    browser.table()->scrollToTop();
    browser.table()->selectRow(7);
    QCoreApplication::processEvents();
    browser.grab().save(shots + QStringLiteral("/audit-open.png"));
    bool midShot = false;
    QObject::connect(browser.findChild<QProgressBar*>(QStringLiteral("auditProgress")),
                     &QProgressBar::valueChanged, &browser, [&](int v) {
                         auto* bar =
                             browser.findChild<QProgressBar*>(QStringLiteral("auditProgress"));
                         if (!midShot && v > bar->maximum() / 3) {
                             midShot = true;
                             browser.grab().save(shots + QStringLiteral("/audit-verifying.png"));
                         }
                     });
    QObject::connect(&browser, &ui::AuditBrowser::verificationFinished, &app, [&] {
        browser.grab().save(shots + QStringLiteral("/audit-verified.png"));
        std::printf("verification: %s\n", qPrintable(browser.verdictText()));
        app.quit();
    });
    browser.startVerification();
    return app.exec();
}

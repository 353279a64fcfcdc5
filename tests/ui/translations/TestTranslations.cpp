// The console's translations: switching the locale to German changes the visible text, the
// English file supplies plural forms, and the German file is complete.
#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <QtTest>

#include "TempDir.h"
#include "audit/AuditStore.h"
#include "common/Clock.h"
#include "common/SourceTextScope.h"
#include "demo/DemoWorkspace.h"
#include "gates/IntegrityCheck.h"
#include "gates/IntegrityGate.h"
#include "gates/Verdict.h"
#include "release/ReleaseDesk.h"
#include "ui/Settings.h"
#include "ui/Translations.h"
#include "ui/window/MainStatusBar.h"
#include "ui/window/MainWindow.h"
#include "workflow/ChangeState.h"
#include "workflow/WorkflowAudit.h"
#include "workspace/Workspace.h"

using namespace countersign;
using namespace countersign::ui;

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void germanChangesVisibleText();
    void englishHasPluralForms();
    void unknownLocaleFallsBackToEnglish();
    void germanFileIsComplete();
    void coreTextsFollowTheLocale();
    void recordsStayInEnglish();
    void coreMessagesReachLupdate();

private:
    QStringList visibleTexts(MainWindow& w) const;
    test::TempDir m_dir;
};

void TestTranslations::initTestCase() {
    initUiResources();
}

void TestTranslations::cleanup() {
    Translations::uninstall(*QCoreApplication::instance());
}

QStringList TestTranslations::visibleTexts(MainWindow& w) const {
    QStringList texts;
    for (QAction* a : w.menuBar()->actions()) texts << a->text();
    for (int i = 0; i < w.panes()->count(); ++i) texts << w.panes()->tabText(i);
    texts << w.findChild<QLabel*>(QStringLiteral("statusWorkspace"))->text();
    return texts;
}

void TestTranslations::germanChangesVisibleText() {
    Settings settings(m_dir.filePath(QStringLiteral("s.ini")));
    QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English)) >= 1);
    QStringList english;
    {
        MainWindow w(&settings);
        english = visibleTexts(w);
        QVERIFY(english.contains(QStringLiteral("&File")));
        QVERIFY(english.contains(QStringLiteral("Overview")));
        QCOMPARE(verdictLabel(Verdict::Undefined), QStringLiteral("Not evaluated"));
    }
    QVERIFY(Translations::install(*QCoreApplication::instance(),
                                  QLocale(QLocale::German, QLocale::Germany)) >= 1);
    MainWindow w(&settings);
    const QStringList german = visibleTexts(w);
    QVERIFY2(german.contains(QStringLiteral("&Datei")), qPrintable(german.join(QLatin1Char('|'))));
    QVERIFY(german.contains(QStringLiteral("Übersicht")));
    QVERIFY(german.contains(QStringLiteral("Risiko")));
    QVERIFY(german.contains(QStringLiteral("Kein Arbeitsbereich geöffnet")));
    QCOMPARE(verdictLabel(Verdict::Undefined), QStringLiteral("Nicht geprüft"));
    QCOMPARE(german.size(), english.size());
    for (qsizetype i = 0; i < german.size(); ++i)
        if (english.at(i) != QLatin1String("CI"))
            QVERIFY2(german.at(i) != english.at(i), qPrintable(english.at(i)));
    // Plural forms follow German rules.
    w.mainStatusBar()->setWorkspace(QStringLiteral("/tmp/w"));
    w.mainStatusBar()->setBundleCounts(1, 0);
    QCOMPARE(w.findChild<QLabel*>(QStringLiteral("statusBundles"))->text(),
             QStringLiteral("1 Version"));
    w.mainStatusBar()->setBundleCounts(7, 2);
    QCOMPARE(w.findChild<QLabel*>(QStringLiteral("statusBundles"))->text(),
             QStringLiteral("7 Versionen, 2 nicht lesbar"));
}

void TestTranslations::englishHasPluralForms() {
    QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English)) >= 1);
    Settings settings(m_dir.filePath(QStringLiteral("s.ini")));
    MainWindow w(&settings);
    w.mainStatusBar()->setWorkspace(QStringLiteral("/tmp/w"));
    w.mainStatusBar()->setBundleCounts(1, 1);
    QCOMPARE(w.findChild<QLabel*>(QStringLiteral("statusBundles"))->text(),
             QStringLiteral("1 version, 1 unreadable"));
    w.mainStatusBar()->setBundleCounts(8, 0);
    QCOMPARE(w.findChild<QLabel*>(QStringLiteral("statusBundles"))->text(),
             QStringLiteral("8 versions"));
}

void TestTranslations::unknownLocaleFallsBackToEnglish() {
    QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QLocale::Swahili)) >= 1);
    Settings settings(m_dir.filePath(QStringLiteral("s.ini")));
    MainWindow w(&settings);
    QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    Translations::uninstall(*QCoreApplication::instance());
    QVERIFY(QCoreApplication::instance()->findChildren<QTranslator*>().isEmpty());
}

// Core's texts (states, refusal reasons) are translated for the console like the UI's own.
void TestTranslations::coreTextsFollowTheLocale() {
    QVERIFY(Translations::install(*QCoreApplication::instance(),
                                  QLocale(QLocale::German, QLocale::Germany)) >= 1);
    QCOMPARE(changeStateLabel(ChangeState::RiskReview), QStringLiteral("Risikoprüfung"));
    QCOMPARE(changeStateLabel(ChangeState::Deployed), QStringLiteral("bereitgestellt"));
    {
        const SourceTextScope english;
        QCOMPARE(changeStateLabel(ChangeState::RiskReview), QStringLiteral("risk review"));
    }
    QCOMPARE(changeStateLabel(ChangeState::RiskReview), QStringLiteral("Risikoprüfung"));
}

// What goes into the audit store or a signed payload never depends on the operator's language:
// gate results (their digests are signed) and recorded refusal reasons are in English, while
// the refusal shown to the German operator is German.
void TestTranslations::recordsStayInEnglish() {
    QVERIFY(Translations::install(*QCoreApplication::instance(),
                                  QLocale(QLocale::German, QLocale::Germany)) >= 1);
    const FixedClock clock(QDateTime(QDate(2026, 11, 3), QTime(10, 0), QTimeZone::utc()));
    const GateResult empty = IntegrityGate::evaluate(
        IntegrityReport{}, QStringLiteral("m"), QStringLiteral("d"), QStringLiteral("b"), clock);
    QCOMPARE(empty.summary, QStringLiteral("the manifest names no file"));
    // Per-file reasons are part of the gate result's digest: English too, pool threads included.
    QDir().mkpath(m_dir.filePath(QStringLiteral("art/model")));
    QFile art(m_dir.filePath(QStringLiteral("art/model/w.bin")));
    QVERIFY(art.open(QIODevice::WriteOnly));
    art.write("weights");
    art.close();
    const IntegrityReport mismatch = IntegrityCheck::run(
        m_dir.filePath(QStringLiteral("art")),
        {ManifestEntry{QStringLiteral("model/w.bin"), QString(64, QLatin1Char('0')), 7}});
    QCOMPARE(mismatch.files.size(), 1);
    QCOMPARE(mismatch.files.front().verdict, FileVerdict::Mismatch);
    QVERIFY2(mismatch.files.front().reason.startsWith(QStringLiteral("SHA-256 is ")),
             qPrintable(mismatch.files.front().reason));

    DemoOptions options;
    options.dir = m_dir.filePath(QStringLiteral("demo"));
    options.at = DemoOptions::anchor();  // the demo of 3 Nov 2026 (bundles 2026.11.x)
    const Status made = DemoWorkspace::create(options);
    QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
    auto ws = Workspace::open(options.dir);
    QVERIFY(ws);
    auto bundle = ws->findBundle(QStringLiteral("fraud-detection@2026.11.0"));
    QVERIFY(bundle);
    auto store = AuditStore::open(ws->auditStorePath(), {}, clock);
    QVERIFY2(store, store ? "" : qPrintable(store.error().toString()));
    ReleaseDesk desk(ws.value(), store->get(), clock);
    const Refusals refused = desk.attempt(bundle.value(), SignAttempt{bundle->owner,
                                                                      QStringLiteral("model_owner"),
                                                                      WorkflowStep::RiskReview,
                                                                      QStringLiteral("approve"),
                                                                      {}});
    QString shown;
    for (const Refusal& r : refused)
        if (r.code == QLatin1String("sod.owner"))
            shown = r.message;
    QVERIFY2(shown.contains(QStringLiteral("Modellverantwortliche")), qPrintable(shown));

    auto records = WorkflowAudit::records(**store, bundle->id());
    QVERIFY(records);
    QCOMPARE(records->last().action, QStringLiteral("signoff.refused"));
    QString recorded;
    for (const QJsonValue& v : records->last().payload.value(QStringLiteral("reasons")).toArray())
        if (v[QStringLiteral("code")].toString() == QLatin1String("sod.owner"))
            recorded = v[QStringLiteral("message")].toString();
    QVERIFY2(recorded.contains(QStringLiteral("is the model owner of")), qPrintable(recorded));
}

// lupdate only sees QCoreApplication::translate("Context", "literal") in core: a local tr()
// helper files the text under another context than the one used at run time, and a cast
// among translate()'s arguments hides the call from lupdate altogether. Both leave the
// message in English in a German console, silently; this names the file and line.
void TestTranslations::coreMessagesReachLupdate() {
    QDir core(QStringLiteral(COUNTERSIGN_TRANSLATIONS_DIR "/../core"));
    QVERIFY(core.exists());
    const QRegularExpression localTr(QStringLiteral("(?<![\\w:.>~])tr\\(\\s*\""));
    const QRegularExpression castInTranslate(QStringLiteral(
        "QCoreApplication::translate\\(\\s*\"[^\"]*\"\\s*,\\s*\"(?:[^\"\\\\]|\\\\.)*\""
        "\\s*,\\s*nullptr\\s*,\\s*static_cast"));
    QStringList problems;
    QDirIterator it(core.path(), {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        ++files;
        for (const QRegularExpression* re : {&localTr, &castInTranslate}) {
            auto m = re->globalMatch(text);
            while (m.hasNext()) {
                const auto hit = m.next();
                problems << QStringLiteral("%1:%2")
                                .arg(core.relativeFilePath(f.fileName()))
                                .arg(text.left(hit.capturedStart()).count(QLatin1Char('\n')) + 1);
            }
        }
    }
    QVERIFY(files > 50);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(", "))));
}

// Every message of the German file is translated (none unfinished, none empty).
void TestTranslations::germanFileIsComplete() {
    QFile f(QStringLiteral(COUNTERSIGN_TRANSLATIONS_DIR "/countersign_de.ts"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int messages = 0;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        if (xml.name() == QLatin1String("message"))
            ++messages;
        if (xml.name() == QLatin1String("translation")) {
            QVERIFY2(xml.attributes().value(QLatin1String("type")).isEmpty(), qPrintable(source));
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            QVERIFY2(!text.trimmed().isEmpty() || source.trimmed().isEmpty(), qPrintable(source));
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 100);
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"

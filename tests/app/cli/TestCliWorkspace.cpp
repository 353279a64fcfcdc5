// The real countersign-cli binary (COUNTERSIGN_BIN_DIR): help, version, exit codes and
// --json output of `workspace check`, `bundle list` and `demo init`.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "CliProcess.h"
#include "TempDir.h"
#include "WorkspaceCopy.h"

namespace {

using Run = countersign::test::CliRun;

Run cli(const QStringList& args) {
    return countersign::test::runCli(args);
}

QJsonObject json(const QString& text) {
    QJsonParseError e{};
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(text.left(200)));
    return d.object();
}

}  // namespace

class TestCliWorkspace : public QObject {
    Q_OBJECT
    countersign::test::TempDir m_tmp;
    QString m_demo;

private slots:
    void initTestCase() {
        QVERIFY(QFileInfo::exists(qEnvironmentVariable("COUNTERSIGN_BIN_DIR") +
                                  QStringLiteral("/countersign-cli")));
        m_demo = m_tmp.filePath(QStringLiteral("demo"));
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("init"), m_demo,
                           QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--at"),
                           QStringLiteral("2026-11-03T08:00:00Z")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Demo workspace written to")));
        QVERIFY(r.out.contains(QStringLiteral("demo-<id>")));
    }

    void helpAndVersion() {
        Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char* command : {"workspace check", "bundle list", "demo init"})
            QVERIFY2(r.out.contains(QLatin1String(command)), command);
        QVERIFY(r.out.contains(QStringLiteral("Exit codes")));
        r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("countersign-cli ")));
        QVERIFY(QRegularExpression(QStringLiteral("^countersign-cli \\d+\\.\\d+\\.\\d+\\s*$"))
                    .match(r.out)
                    .hasMatch());
    }

    // docs/cli.md (scripts/cli-reference.sh) has a section for every command --help lists,
    // with that command's current usage line.
    void referenceCoversEveryCommand() {
        QFile doc(qEnvironmentVariable("COUNTERSIGN_TEST_DATA") +
                  QStringLiteral("/../../docs/cli.md"));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        const QString reference = QString::fromUtf8(doc.readAll());
        const Run help = cli({QStringLiteral("--help")});
        const QString commands = help.out.section(QStringLiteral("Commands:\n"), 1)
                                     .section(QStringLiteral("\n\n"), 0, 0);
        int sections = 0;
        for (const QString& line : commands.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 2);
            if (words.size() == 2 && words[1].front().isUpper())
                words.removeLast();  // a one-word command: the summary follows
            const QString command = words.join(QLatin1Char(' '));
            QVERIFY2(reference.contains(QStringLiteral("\n## ") + command + QLatin1Char('\n')),
                     qPrintable(QStringLiteral("docs/cli.md has no section for ") + command +
                                QStringLiteral(" (run scripts/cli-reference.sh)")));
            const Run own = cli(words + QStringList{QStringLiteral("--help")});
            const QString usage = own.out.section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(reference.contains(usage),
                     qPrintable(QStringLiteral("docs/cli.md has an old usage line for ") + command +
                                QStringLiteral(" (run scripts/cli-reference.sh)")));
            ++sections;
        }
        QVERIFY(sections > 20);
    }

    void commandHelp_data() {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("workspace check")
            << QStringList{QStringLiteral("workspace"), QStringLiteral("check")};
        QTest::newRow("bundle list")
            << QStringList{QStringLiteral("bundle"), QStringLiteral("list")};
        QTest::newRow("demo init") << QStringList{QStringLiteral("demo"), QStringLiteral("init")};
    }
    void commandHelp() {
        QFETCH(QStringList, command);
        const Run r = cli(command + QStringList{QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: countersign-cli ") +
                                  command.join(QLatin1Char(' '))),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--json")));
        if (command.front() == QLatin1String("demo")) {
            QVERIFY(r.out.contains(QStringLiteral("--seed")));
            QVERIFY(r.out.contains(QStringLiteral("--scale")));
        }
    }

    void usageErrorsExitTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("unknown command option") << QStringList{
            QStringLiteral("bundle"), QStringLiteral("list"), QStringLiteral("--frob")};
        QTest::newRow("demo without folder")
            << QStringList{QStringLiteral("demo"), QStringLiteral("init")};
        QTest::newRow("demo bad scale")
            << QStringList{QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("x"),
                           QStringLiteral("--scale"), QStringLiteral("huge")};
        QTest::newRow("demo bad seed")
            << QStringList{QStringLiteral("demo"), QStringLiteral("init"), QStringLiteral("x"),
                           QStringLiteral("--seed"), QStringLiteral("-4")};
        QTest::newRow("check missing workspace")
            << QStringList{QStringLiteral("--workspace"), QStringLiteral("/nonexistent/ws"),
                           QStringLiteral("workspace"), QStringLiteral("check")};
        QTest::newRow("list missing workspace")
            << QStringList{QStringLiteral("--workspace"), QStringLiteral("/nonexistent/ws"),
                           QStringLiteral("bundle"), QStringLiteral("list")};
    }
    void usageErrorsExitTwo() {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        // Usage errors go to stderr; `workspace check` reports its problems on stdout.
        QVERIFY(!QString(r.err + r.out).trimmed().isEmpty());
    }

    void demoRefusesAFolderThatIsNotEmpty() {
        const Run r = cli({QStringLiteral("demo"), QStringLiteral("init"), m_demo});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("not empty")));
        const Run j =
            cli({QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("init"), m_demo});
        QCOMPARE(j.code, 2);
        QVERIFY(json(j.out)
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("not empty")));
    }

    void demoInitAtAnInstant() {
        // --at 2026-11-03T08:00:00Z (initTestCase): the first Tuesday of November; its window
        // (00:00 AEST for 24 h) contains the instant, and the current bundles are in it.
        Run r = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("--json"),
                     QStringLiteral("bundle"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        int current = 0;
        for (const QJsonValue& v : json(r.out).value(QStringLiteral("bundles")).toArray()) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.value(QStringLiteral("snapshot_at_freeze")).toBool() ||
                    o.value(QStringLiteral("kind")).toString() == QLatin1String("hotfix"));
            if (o.value(QStringLiteral("version")).toString() != QLatin1String("2026.11.0"))
                continue;
            ++current;
            QCOMPARE(o.value(QStringLiteral("window_opens")).toString(),
                     QStringLiteral("2026-11-02T14:00:00Z"));
            QCOMPARE(o.value(QStringLiteral("window_closes")).toString(),
                     QStringLiteral("2026-11-03T14:00:00Z"));
        }
        QCOMPARE(current, 3);
        QFile controls(m_demo + QStringLiteral("/config/ml/controls.json"));
        QVERIFY(controls.open(QIODevice::ReadOnly));
        QCOMPARE(json(QString::fromUtf8(controls.readAll()))
                     .value(QStringLiteral("calendar"))
                     .toObject()
                     .value(QStringLiteral("retraining"))
                     .toString(),
                 QStringLiteral("first-tuesday"));
        // A bad instant is bad input.
        r = cli({QStringLiteral("demo"), QStringLiteral("init"),
                 m_tmp.filePath(QStringLiteral("bad-at")), QStringLiteral("--at"),
                 QStringLiteral("3 Nov 2026")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--at")), qPrintable(r.err));
    }

    void badRetrainingRuleIsBadInput() {
        const QString broken = m_tmp.filePath(QStringLiteral("bad-retraining"));
        QVERIFY(countersign::test::copyTree(m_demo, broken));
        QFile controls(broken + QStringLiteral("/config/ml/controls.json"));
        QVERIFY(controls.open(QIODevice::ReadOnly));
        QJsonObject o = json(QString::fromUtf8(controls.readAll()));
        controls.close();
        QJsonObject calendar = o.value(QStringLiteral("calendar")).toObject();
        calendar.insert(QStringLiteral("retraining"), QStringLiteral("fifth-tuesday"));
        o.insert(QStringLiteral("calendar"), calendar);
        QVERIFY(controls.open(QIODevice::WriteOnly | QIODevice::Truncate));
        controls.write(QJsonDocument(o).toJson());
        controls.close();
        const Run r = cli({QStringLiteral("--workspace"), broken, QStringLiteral("bundle"),
                           QStringLiteral("list")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("controls.json")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("/calendar/retraining")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("fifth-tuesday")), qPrintable(r.err));
    }

    void workspaceCheckOnTheDemo() {
        Run r = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("workspace"),
                     QStringLiteral("check")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("valid (9 bundles of 3 models, 7 operators)")));
        r = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("workspace"),
                 QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("bundles")).toInt(), 9);
        QVERIFY(o.value(QStringLiteral("problems")).toArray().isEmpty());
    }

    void workspaceCheckListsEveryProblem() {
        const QString broken = m_tmp.filePath(QStringLiteral("broken"));
        QVERIFY(countersign::test::copyTree(m_demo + QStringLiteral("/config"),
                                            broken + QStringLiteral("/config")));
        const QString bundle =
            QStringLiteral("/artifacts/models/fraud-detection/2026.11.0/bundle.json");
        QVERIFY(countersign::test::copyTree(
            m_demo + QStringLiteral("/artifacts/models/fraud-detection/2026.11.0"),
            broken + QStringLiteral("/artifacts/models/fraud-detection/2026.11.0")));
        QFile f(broken + bundle);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        text.replace("\"kind\": \"scheduled\"", "\"kind\": \"weekly\"");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();

        Run r = cli({QStringLiteral("--workspace"), broken, QStringLiteral("workspace"),
                     QStringLiteral("check")});
        QCOMPARE(r.code, 2);
        QVERIFY2(
            r.out.contains(QStringLiteral(
                "artifacts/models/fraud-detection/2026.11.0/bundle.json: /kind: kind must be")),
            qPrintable(r.out));
        // The controls name versions that are not in this copy: each one is listed.
        QVERIFY(r.out.contains(
            QStringLiteral("config/ml/controls.json: /models/device-risk/production:")));
        r = cli({QStringLiteral("--workspace"), broken, QStringLiteral("--json"),
                 QStringLiteral("workspace"), QStringLiteral("check")});
        QCOMPARE(r.code, 2);
        const QJsonObject o = json(r.out);
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), false);
        const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
        QVERIFY(problems.size() >= 2);
        bool kind = false;
        for (const QJsonValue& p : problems)
            kind |= p[QStringLiteral("where")].toString() == QLatin1String("/kind") &&
                    p[QStringLiteral("file")].toString() == bundle.mid(1);
        QVERIFY(kind);

        // bundle list still lists the invalid bundle, with its error.
        r = cli({QStringLiteral("--workspace"), broken, QStringLiteral("bundle"),
                 QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray bundles = json(r.out).value(QStringLiteral("bundles")).toArray();
        QCOMPARE(bundles.size(), 1);
        QCOMPARE(bundles.at(0)[QStringLiteral("valid")].toBool(), false);
        QCOMPARE(bundles.at(0)[QStringLiteral("error")][QStringLiteral("where")].toString(),
                 QStringLiteral("/kind"));
    }

    void bundleList() {
        Run r = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("bundle"),
                     QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 10);
        QVERIFY(lines.front().startsWith(QStringLiteral("MODEL")));
        QVERIFY(r.out.contains(QStringLiteral("hotfix")));
        r = cli({QStringLiteral("--workspace"), m_demo, QStringLiteral("bundle"),
                 QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray bundles = json(r.out).value(QStringLiteral("bundles")).toArray();
        QCOMPARE(bundles.size(), 9);
        int production = 0;
        for (const QJsonValue& b : bundles) {
            QVERIFY(b[QStringLiteral("valid")].toBool());
            QCOMPARE(b[QStringLiteral("owner")].toString(), QStringLiteral("a.okafor"));
            QCOMPARE(b[QStringLiteral("digest")].toString().size(), 64);
            QVERIFY(b[QStringLiteral("kind")].toString() == QLatin1String("scheduled") ||
                    b[QStringLiteral("kind")].toString() == QLatin1String("hotfix"));
            production += b[QStringLiteral("production")].toBool();
        }
        QCOMPARE(production, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "TestCliWorkspace.moc"

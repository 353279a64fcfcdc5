// Golden-file cases: tests/data/workspace/cases/<case>/ changes a copy of
// tests/data/workspace/base (overlay/ files, patch.json JSON-pointer edits, delete.txt) and
// expected.txt lists the problems `Workspace::check` must report, in order.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "TempDir.h"
#include "WorkspaceCopy.h"
#include "crypto/Sha256.h"
#include "workspace/Workspace.h"

using namespace countersign;

namespace {

QJsonValue getPointer(const QJsonValue& v, QStringList tokens) {
    if (tokens.isEmpty())
        return v;
    const QString t = tokens.takeFirst();
    if (v.isArray())
        return getPointer(v.toArray().at(t.toInt()), tokens);
    return getPointer(v.toObject().value(t), tokens);
}

// Sets (or, with remove, deletes) the value at a JSON pointer; arrays grow by one at index == size.
QJsonValue setPointer(QJsonValue v, QStringList tokens, const QJsonValue& value, bool remove) {
    const QString t = tokens.takeFirst();
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        const int i = t.toInt();
        if (tokens.isEmpty()) {
            if (remove)
                a.removeAt(i);
            else if (i == a.size())
                a.append(value);
            else
                a.replace(i, value);
        } else {
            a.replace(i, setPointer(a.at(i), tokens, value, remove));
        }
        return a;
    }
    QJsonObject o = v.toObject();
    if (tokens.isEmpty()) {
        if (remove)
            o.remove(t);
        else
            o.insert(t, value);
    } else {
        o.insert(t, setPointer(o.value(t), tokens, value, remove));
    }
    return o;
}

QStringList tokensOf(const QString& pointer) {
    return pointer.mid(1).split(QLatin1Char('/'));
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void applyCase(const QString& caseDir, const QString& ws) {
    QVERIFY(test::copyTree(test::testDataDir() + QStringLiteral("/workspace/base"), ws));
    if (QDir(caseDir + QStringLiteral("/overlay")).exists())
        QVERIFY(test::copyTree(caseDir + QStringLiteral("/overlay"), ws));
    const QJsonArray patches =
        QJsonDocument::fromJson(readAll(caseDir + QStringLiteral("/patch.json"))).array();
    for (const QJsonValue& p : patches) {
        const QString file = QDir(ws).filePath(p[QStringLiteral("file")].toString());
        QJsonValue doc = QJsonDocument::fromJson(readAll(file)).object();
        const QJsonObject set = p[QStringLiteral("set")].toObject();
        for (auto it = set.begin(); it != set.end(); ++it) {
            QJsonValue value = it.value();
            const QString s = value.toString();
            if (s.startsWith(QLatin1String("@sha256:")))
                value = QString::fromLatin1(Sha256::hashHex(readAll(QDir(ws).filePath(s.mid(8)))));
            else if (s.startsWith(QLatin1String("@copy:")))
                value = getPointer(doc, tokensOf(s.mid(6)));
            doc = setPointer(doc, tokensOf(it.key()), value, false);
        }
        for (const QJsonValue& r : p[QStringLiteral("remove")].toArray())
            doc = setPointer(doc, tokensOf(r.toString()), {}, true);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(doc.toObject()).toJson());
    }
    const QList<QByteArray> deletes = readAll(caseDir + QStringLiteral("/delete.txt")).split('\n');
    for (const QByteArray& d : deletes)
        if (!d.trimmed().isEmpty())
            QVERIFY(QFile::remove(QDir(ws).filePath(QString::fromUtf8(d.trimmed()))));
}

}  // namespace

class TestWorkspaceCases : public QObject {
    Q_OBJECT
private slots:
    void cases_data() {
        QTest::addColumn<QString>("caseDir");
        const QDir cases(test::testDataDir() + QStringLiteral("/workspace/cases"));
        const QStringList names = cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(names.size() >= 40);
        for (const QString& name : names) QTest::newRow(qPrintable(name)) << cases.filePath(name);
    }
    void cases() {
        QFETCH(QString, caseDir);
        test::TempDir tmp;
        const QString ws = tmp.filePath(QStringLiteral("ws"));
        applyCase(caseDir, ws);
        if (QTest::currentTestFailed())
            return;

        const QList<Error> problems = Workspace::check(ws);
        QStringList expected;
        for (const QByteArray& line :
             readAll(caseDir + QStringLiteral("/expected.txt")).split('\n'))
            if (!line.trimmed().isEmpty() && !line.startsWith('#'))
                expected << QString::fromUtf8(line);
        QStringList actual;
        for (const Error& e : problems) actual << e.toString();
        QVERIFY2(problems.size() == expected.size(), qPrintable(actual.join(QLatin1Char('\n'))));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QStringList parts = expected.at(i).split(QStringLiteral(" | "));
            QCOMPARE(parts.size(), 3);
            const Error& e = problems.at(i);
            QCOMPARE(QDir(ws).relativeFilePath(e.file), parts.at(0).trimmed());
            const QString where = parts.at(1).trimmed();
            if (where.isEmpty())
                QVERIFY2(e.where.isEmpty(), qPrintable(e.toString()));
            else
                QVERIFY2(e.where.startsWith(where), qPrintable(e.toString()));
            QVERIFY2(e.message.contains(parts.at(2).trimmed()), qPrintable(e.toString()));
        }

        // open() agrees: it fails exactly when the controls or the roster are bad, and an
        // invalid bundle is listed with its error rather than hidden.
        auto opened = Workspace::open(ws);
        const bool configBad = std::any_of(problems.cbegin(), problems.cend(), [](const Error& e) {
            return (e.file.endsWith(QLatin1String("controls.json")) &&
                    !e.where.startsWith(QLatin1String("/models/"))) ||
                   e.file.endsWith(QLatin1String("operators.json"));
        });
        QCOMPARE(opened.ok(), !configBad);
        if (opened) {
            QCOMPARE(opened->bundles().size(), 2);
            for (const Error& e : problems) {
                if (!e.file.contains(QLatin1String("/artifacts/")))
                    continue;
                const bool listed =
                    std::any_of(opened->bundles().cbegin(), opened->bundles().cend(),
                                [&](const BundleEntry& b) {
                                    return b.error && b.error->toString() == e.toString();
                                });
                QVERIFY2(listed, qPrintable(e.toString()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceCases)
#include "TestWorkspaceCases.moc"

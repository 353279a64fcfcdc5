#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QJsonValue>
#include <QtTest>

#include "TempDir.h"
#include "WorkspaceCopy.h"
#include "audit/NoteVerifier.h"
#include "crypto/Sha256.h"
#include "workspace/Controls.h"
#include "workspace/Names.h"
#include "workspace/RelativePath.h"
#include "workspace/Role.h"
#include "workspace/Sha256Sums.h"
#include "workspace/Workspace.h"

using namespace countersign;

namespace {
QString base() {
    return test::testDataDir() + QStringLiteral("/workspace/base");
}
QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
const QString hexA = QString(64, QLatin1Char('a'));
}  // namespace

class TestWorkspace : public QObject {
    Q_OBJECT
private slots:
    void opensTheValidWorkspace() {
        auto ws = Workspace::open(base());
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
        QCOMPARE(ws->root(), QFileInfo(base()).absoluteFilePath());
        QCOMPARE(ws->models(), QStringList{QStringLiteral("fraud-detection")});
        QCOMPARE(ws->bundles().size(), 2);
        QCOMPARE(ws->bundles().at(0).version, QStringLiteral("2026.10.0"));
        QVERIFY(ws->bundles().at(0).valid());
        QCOMPARE(ws->roster().operators.size(), 3);
        QVERIFY(ws->roster().find(QStringLiteral("o.lead"))->hasRole(Role::securityEngineer()));
        QVERIFY(!ws->roster().find(QStringLiteral("nobody")));
        QCOMPARE(ws->roster().operators.at(0).keyId.size(), 64);
        QCOMPARE(ws->controls().versionsOf(QStringLiteral("fraud-detection")).production,
                 QStringLiteral("2026.10.0"));
        QCOMPARE(ws->controls().calendar.timeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()),
                 36000);
        QCOMPARE(ws->stateDir(), ws->root() + QStringLiteral("/.countersign"));
        QCOMPARE(ws->auditStorePath(), ws->root() + QStringLiteral("/.countersign/audit.sqlite"));
        QVERIFY(Workspace::check(base()).isEmpty());
    }

    void bundleFromArtefactList() {
        auto ws = Workspace::open(base());
        QVERIFY(ws);
        auto b = ws->findBundle(QStringLiteral("fraud-detection@2026.10.0"));
        QVERIFY(b);
        QCOMPARE(b->id(), QStringLiteral("fraud-detection@2026.10.0"));
        QCOMPARE(b->kind, QStringLiteral("scheduled"));
        QCOMPARE(b->owner, QStringLiteral("m.owner"));
        QCOMPARE(b->created, QDateTime(QDate(2026, 10, 6), QTime(2, 0), QTimeZone::utc()));
        QCOMPARE(b->training.value(QStringLiteral("code_revision")).toString(),
                 QStringLiteral("9f2c1e7"));
        QCOMPARE(b->dataHashes.size(), 1);
        QCOMPARE(b->artefacts.size(), 1);
        QCOMPARE(b->artefacts.at(0).path, QStringLiteral("model/model.onnx"));
        QCOMPARE(b->artefacts.at(0).size, 22);
        QVERIFY(!b->artefactsFromSha256Sums);
        QCOMPARE(b->manifestPath, b->dir + QStringLiteral("/bundle.json"));
        QCOMPARE(b->digest, QString::fromLatin1(Sha256::hashHex(readAll(b->manifestPath))));
        QCOMPARE(b->filePath(QStringLiteral("model/model.onnx")),
                 b->dir + QStringLiteral("/model/model.onnx"));
        QVERIFY(b->evaluation);
        QVERIFY(b->evaluation->usesScore());
        QCOMPARE(b->evaluation->threshold, 0.5);
        QCOMPARE(b->evaluation->protectedAttributes,
                 (QStringList{QStringLiteral("gender"), QStringLiteral("age_band")}));
        QCOMPARE(b->evaluation->minGroupSupport, 100);
        QVERIFY(b->drift);
        QCOMPARE(b->drift->categorical, QStringList{QStringLiteral("channel")});
        QCOMPARE(b->drift->ignore, QStringList{QStringLiteral("id")});
    }

    void bundleFromSha256Sums() {
        auto b =
            Bundle::load(base() + QStringLiteral("/artifacts/models/fraud-detection/2026.11.0"));
        QVERIFY2(b, qPrintable(b ? QString() : b.error().toString()));
        QVERIFY(b->artefactsFromSha256Sums);
        QCOMPARE(b->manifestPath, b->dir + QStringLiteral("/SHA256SUMS"));
        QCOMPARE(b->digest, QString::fromLatin1(Sha256::hashHex(readAll(b->bundleJsonPath()))));
        QCOMPARE(b->sha256SumsDigest,
                 QString::fromLatin1(Sha256::hashHex(readAll(b->manifestPath))));
        QCOMPARE(b->artefacts.size(), 2);
        QCOMPARE(b->artefacts.at(1).path, QStringLiteral("model/calibration.json"));
        QCOMPARE(b->artefacts.at(1).size, -1);
        QVERIFY(!b->evaluation->usesScore());
        QCOMPARE(b->evaluation->predictedPositive, QStringList{QStringLiteral("fraud")});
        QCOMPARE(b->evaluation->minGroupSupport, -1);
        QVERIFY(!b->drift);
    }

    void findBundleErrors() {
        auto ws = Workspace::open(base());
        QVERIFY(ws);
        QVERIFY(!ws->findBundle(QStringLiteral("fraud-detection")));
        auto missing = ws->findBundle(QStringLiteral("fraud-detection@1.0"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("no bundle fraud-detection@1.0")));
    }

    void invalidBundleIsListedNotHidden() {
        test::TempDir tmp;
        QVERIFY(test::copyTree(base(), tmp.path()));
        tmp.write(QStringLiteral("artifacts/models/fraud-detection/2026.10.0/bundle.json"),
                  "{\"model\": 1}");
        tmp.write(QStringLiteral("artifacts/models/device-risk/2026.1.0/notes.txt"),
                  "no manifest here");
        auto ws = Workspace::open(tmp.path());
        QVERIFY(ws);
        QCOMPARE(ws->bundles().size(), 3);
        QCOMPARE(ws->models(),
                 (QStringList{QStringLiteral("device-risk"), QStringLiteral("fraud-detection")}));
        const BundleEntry* bad = ws->findEntry(QStringLiteral("fraud-detection@2026.10.0"));
        QVERIFY(bad && bad->error && !bad->bundle);
        QCOMPARE(bad->error->where, QStringLiteral("/model"));
        QVERIFY(!ws->findBundle(bad->id()));
        QVERIFY(ws->findEntry(QStringLiteral("device-risk@2026.1.0"))->error);
        QVERIFY(ws->findEntry(QStringLiteral("fraud-detection@2026.11.0"))->valid());
        QCOMPARE(Workspace::check(tmp.path()).size(), 2);
    }

    void missingControlsMeansDefaults() {
        test::TempDir tmp;
        QVERIFY(test::copyTree(base(), tmp.path()));
        QVERIFY(QFile::remove(tmp.filePath(QStringLiteral("config/ml/controls.json"))));
        auto ws = Workspace::open(tmp.path());
        QVERIFY(ws);
        QCOMPARE(ws->controls().thresholds.biasMaxGap, 0.02);
        QCOMPARE(ws->controls().thresholds.driftPsiBreach, 0.2);
        QCOMPARE(ws->controls().thresholds.blockingSeverity, QStringLiteral("CRITICAL"));
        QCOMPARE(ws->controls().calendar.freezeTime, QTime(18, 0));
        QCOMPARE(ws->controls().approvals.deploymentRoles.size(), 2);
        QVERIFY(ws->controls().path.isEmpty());
    }

    // "audit": {"store_vkey": ...}: parsed strictly, normalised, errors at their pointer.
    void auditStoreKeyPin_data() {
        QTest::addColumn<QJsonValue>("audit");
        QTest::addColumn<QString>("pointer");  // empty: valid
        const NoteVerifier key = NoteVerifier::make(
            QStringLiteral("countersign.local/audit/0011223344556677"), QByteArray(32, '\x07'));
        QString wrongId = key.toString();
        wrongId.replace(wrongId.indexOf(QLatin1Char('+')) + 1, 8, QStringLiteral("deadbeef"));
        QTest::newRow("valid") << QJsonValue(
                                      QJsonObject{{QStringLiteral("store_vkey"), key.toString()}})
                               << QString();
        QTest::newRow("no key: nothing pinned") << QJsonValue(QJsonObject{}) << QString();
        QTest::newRow("not an object") << QJsonValue(key.toString()) << QStringLiteral("/audit");
        QTest::newRow("not a string") << QJsonValue(QJsonObject{{QStringLiteral("store_vkey"), 7}})
                                      << QStringLiteral("/audit/store_vkey");
        QTest::newRow("not a vkey")
            << QJsonValue(QJsonObject{{QStringLiteral("store_vkey"), QStringLiteral("abc")}})
            << QStringLiteral("/audit/store_vkey");
        QTest::newRow("key id of another key")
            << QJsonValue(QJsonObject{{QStringLiteral("store_vkey"), wrongId}})
            << QStringLiteral("/audit/store_vkey");
    }
    void auditStoreKeyPin() {
        QFETCH(QJsonValue, audit);
        QFETCH(QString, pointer);
        auto c = Controls::fromJson(QJsonObject{{QStringLiteral("audit"), audit}},
                                    QStringLiteral("controls.json"));
        if (pointer.isEmpty()) {
            QVERIFY2(c.ok(), qPrintable(c ? QString() : c.error().toString()));
            QCOMPARE(c->auditStoreVkey,
                     audit.toObject().value(QStringLiteral("store_vkey")).toString());
            return;
        }
        QVERIFY(!c.ok());
        QCOMPARE(c.error().file, QStringLiteral("controls.json"));
        QCOMPARE(c.error().where, pointer);
    }

    void notAFolder() {
        QVERIFY(!Workspace::open(QStringLiteral("/nonexistent/countersign")));
        QCOMPARE(Workspace::check(QStringLiteral("/nonexistent/countersign")).size(), 1);
    }

    void sha256SumsForms() {
        const QByteArray text =
            hexA.toLatin1() + "  plain.bin\r\n\n" + QString(64, QLatin1Char('B')).toLatin1() +
            " *binary.bin\n\\" + QString(64, QLatin1Char('c')).toLatin1() + "  dir/new\\nline\n" +
            "SHA256 (tagged/file.txt) = " + QString(64, QLatin1Char('d')).toLatin1() + "\n";
        auto r = Sha256Sums::parse(text, QStringLiteral("SHA256SUMS"));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->size(), 4);
        QCOMPARE(r->at(0).path, QStringLiteral("plain.bin"));
        QCOMPARE(r->at(1).path, QStringLiteral("binary.bin"));
        QCOMPARE(r->at(1).sha256, QString(64, QLatin1Char('b')));
        QCOMPARE(r->at(2).path, QStringLiteral("dir/new\nline"));
        QCOMPARE(r->at(3).path, QStringLiteral("tagged/file.txt"));
        QCOMPARE(r->at(3).size, -1);
        // What we write, we read back.
        auto again = Sha256Sums::parse(Sha256Sums::write(r.value()), QStringLiteral("x"));
        QVERIFY(again);
        QCOMPARE(again->at(2).path, r->at(2).path);
    }

    void sha256SumsErrors_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("reason");
        const QByteArray h = hexA.toLatin1();
        QTest::newRow("short digest")
            << QByteArray("abc  x\n") << QStringLiteral("line 1") << QStringLiteral("expected");
        QTest::newRow("one space")
            << QByteArray(h + " x\n") << QStringLiteral("line 1") << QStringLiteral("expected");
        QTest::newRow("absolute") << QByteArray(h + "  ok\n" + h + "  /etc/passwd\n")
                                  << QStringLiteral("line 2") << QStringLiteral("absolute");
        QTest::newRow("dotdot") << QByteArray("\n\n" + h + "  a/../../b\n")
                                << QStringLiteral("line 3") << QStringLiteral("\"..\"");
        QTest::newRow("duplicate") << QByteArray(h + "  a\n" + h + " *a\n")
                                   << QStringLiteral("line 2") << QStringLiteral("twice");
        QTest::newRow("self") << QByteArray(h + "  SHA256SUMS\n") << QStringLiteral("line 1")
                              << QStringLiteral("itself");
        QTest::newRow("bad escape") << QByteArray("\\" + h + "  a\\qb\n")
                                    << QStringLiteral("line 1") << QStringLiteral("escape");
        QTest::newRow("empty") << QByteArray("\n\n") << QString() << QStringLiteral("no artefacts");
    }
    void sha256SumsErrors() {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QFETCH(QString, reason);
        auto r = Sha256Sums::parse(text, QStringLiteral("SHA256SUMS"));
        QVERIFY(!r);
        QCOMPARE(r.error().file, QStringLiteral("SHA256SUMS"));
        QCOMPARE(r.error().where, where);
        QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
    }

    void relativePaths_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("model/model.onnx") << true;
        QTest::newRow("dots in name") << QStringLiteral("a..b/c.d") << true;
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << false;
        QTest::newRow("windows absolute") << QStringLiteral("C:/x") << false;
        QTest::newRow("dotdot") << QStringLiteral("a/../b") << false;
        QTest::newRow("leading dotdot") << QStringLiteral("../b") << false;
        QTest::newRow("dot") << QStringLiteral("./b") << false;
        QTest::newRow("double slash") << QStringLiteral("a//b") << false;
        QTest::newRow("trailing slash") << QStringLiteral("a/") << false;
        QTest::newRow("backslash") << QStringLiteral("a\\..\\b") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void relativePaths() {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        QCOMPARE(RelativePath::isValid(path), valid);
    }

    void versionOrder() {
        QVERIFY(Names::compareVersions(QStringLiteral("2026.9.0"), QStringLiteral("2026.10.0")) <
                0);
        QVERIFY(Names::compareVersions(QStringLiteral("2026.10.0"), QStringLiteral("2026.10.0")) ==
                0);
        QVERIFY(Names::compareVersions(QStringLiteral("2026.11.1"), QStringLiteral("2026.11.0")) >
                0);
        QVERIFY(Names::compareVersions(QStringLiteral("2026.11"), QStringLiteral("2026.11.0")) < 0);
        QVERIFY(Names::compareVersions(QStringLiteral("1.010"), QStringLiteral("1.9")) > 0);
        QVERIFY(Names::isVersion(QStringLiteral("2026.11.0+hotfix-1")));
        QVERIFY(!Names::isVersion(QStringLiteral("2026@1")));
        QVERIFY(!Names::isModelName(QStringLiteral("Fraud")));
    }

    void dateTimes() {
        QCOMPARE(Names::parseUtc(QStringLiteral("2026-11-03T12:00:00+10:00")),
                 QDateTime(QDate(2026, 11, 3), QTime(2, 0), QTimeZone::utc()));
        QVERIFY(Names::parseUtc(QStringLiteral("2026-11-03T02:00:00.250Z")).isValid());
        QVERIFY(!Names::parseUtc(QStringLiteral("2026-11-03T02:00:00")).isValid());
        QVERIFY(!Names::parseUtc(QStringLiteral("2026-13-03T02:00:00Z")).isValid());
        QVERIFY(!Names::parseUtc(QStringLiteral("next tuesday")).isValid());
    }

    void roles() {
        QCOMPARE(Role::all().size(), 6);
        QVERIFY(Role::isValid(QStringLiteral("risk_compliance")));
        QVERIFY(!Role::isValid(QStringLiteral("admin")));
        QCOMPARE(Role::label(Role::opsLead()), QStringLiteral("Ops Lead"));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "TestWorkspace.moc"

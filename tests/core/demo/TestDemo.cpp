// The demo workspace: valid, deterministic for a seed, and showing each intended gate
// outcome (recomputed here from the files, independently of the gates).
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent>
#include <QtTest>
#include <algorithm>
#include <charconv>
#include <cmath>

#include "TempDir.h"
#include "common/Clock.h"
#include "crypto/FileHasher.h"
#include "crypto/OpenSslErrors.h"
#include "crypto/OperatorKey.h"
#include "crypto/Sha256.h"
#include "demo/DemoWorkspace.h"
#include "release/ReleaseDesk.h"
#include "workspace/Role.h"
#include "workspace/Workspace.h"

using namespace countersign;

namespace {

// SHA-256 over every file's relative path and content, in path order.
QByteArray treeDigest(const QString& root) {
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) files << QDir(root).relativeFilePath(it.next());
    files.sort();
    Sha256 h;
    for (const QString& f : files) {
        h.add(f.toUtf8());
        h.add(QByteArrayView("\0", 1));
        auto d = FileHasher::hash(QDir(root).filePath(f));
        h.add(d ? d->sha256.toLatin1() : QByteArray("unreadable"));
    }
    return h.finish().toHex();
}

// A CSV file read column by column as views into its bytes (fast enough for 100k rows).
struct Csv {
    QByteArray data;
    QList<QByteArray> header;
    std::vector<std::vector<QByteArrayView>> columns;
    qsizetype rows() const {
        return columns.empty() ? 0 : static_cast<qsizetype>(columns.front().size());
    }
    qsizetype column(const QString& name) const { return header.indexOf(name.toUtf8()); }
    static double number(QByteArrayView v) {
        double d = 0;
        std::from_chars(v.data(), v.data() + v.size(), d);
        return d;
    }
};

Csv readCsv(const QString& path) {
    Csv csv;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return csv;
    csv.data = f.readAll();
    const qsizetype firstEnd = csv.data.indexOf('\n');
    csv.header = csv.data.left(firstEnd).split(',');
    csv.columns.resize(static_cast<size_t>(csv.header.size()));
    const char* p = csv.data.constData() + firstEnd + 1;
    const char* end = csv.data.constData() + csv.data.size();
    while (p < end) {
        for (size_t c = 0; c < csv.columns.size(); ++c) {
            const char* q = p;
            while (q < end && *q != ',' && *q != '\n') ++q;
            csv.columns[c].emplace_back(p, q - p);
            p = q + 1;
        }
    }
    return csv;
}

QJsonObject readJson(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                       : QJsonObject();
}

// Equal-opportunity gap (max - min TPR over groups) per protected attribute.
QMap<QString, double> eoGaps(const Bundle& b) {
    const Csv csv = readCsv(b.filePath(b.evaluation->predictions));
    const auto& label = csv.columns.at(static_cast<size_t>(csv.column(b.evaluation->label)));
    const auto& pred = csv.columns.at(static_cast<size_t>(
        csv.column(b.evaluation->usesScore() ? b.evaluation->score : b.evaluation->prediction)));
    const QByteArray positiveLabel = b.evaluation->positiveLabel.toUtf8();
    QMap<QString, double> gaps;
    for (const QString& attribute : b.evaluation->protectedAttributes) {
        const auto& group = csv.columns.at(static_cast<size_t>(csv.column(attribute)));
        QMap<QByteArray, std::pair<qint64, qint64>> hitsOfPositives;
        for (size_t i = 0; i < label.size(); ++i) {
            if (label[i] != positiveLabel)
                continue;
            const bool positive =
                b.evaluation->usesScore()
                    ? Csv::number(pred[i]) >= b.evaluation->threshold
                    : b.evaluation->predictedPositive.contains(QString::fromUtf8(pred[i]));
            auto& hp = hitsOfPositives[group[i].toByteArray()];
            hp.first += positive;
            ++hp.second;
        }
        double lo = 1, hi = 0;
        for (const auto& hp : hitsOfPositives) {
            const double tpr = static_cast<double>(hp.first) / static_cast<double>(hp.second);
            lo = std::min(lo, tpr);
            hi = std::max(hi, tpr);
        }
        gaps.insert(attribute, hi - lo);
    }
    return gaps;
}

// PSI per feature: numeric over the baseline's deciles, categorical one bin per value;
// empty bins count as 1e-6.
QMap<QString, double> psi(const Bundle& b) {
    const Csv base = readCsv(b.filePath(b.drift->baseline));
    const Csv cur = readCsv(b.filePath(b.drift->current));
    QMap<QString, double> out;
    for (qsizetype c = 0; c < base.header.size(); ++c) {
        const QString name = QString::fromUtf8(base.header.at(c));
        if (b.drift->ignore.contains(name))
            continue;
        const auto& bv = base.columns.at(static_cast<size_t>(c));
        const auto& cv = cur.columns.at(static_cast<size_t>(c));
        QHash<QByteArray, double> pb, pc;
        const double wb = 1.0 / static_cast<double>(bv.size()),
                     wc = 1.0 / static_cast<double>(cv.size());
        if (b.drift->categorical.contains(name)) {
            for (QByteArrayView v : bv) pb[v.toByteArray()] += wb;
            for (QByteArrayView v : cv) pc[v.toByteArray()] += wc;
        } else {
            std::vector<double> values;
            for (QByteArrayView v : bv) values.push_back(Csv::number(v));
            std::vector<double> sorted = values;
            std::sort(sorted.begin(), sorted.end());
            std::vector<double> edges;
            for (size_t q = 1; q < 10; ++q) edges.push_back(sorted[sorted.size() * q / 10]);
            edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
            std::vector<double> nb(edges.size() + 1, 0.0), nc(edges.size() + 1, 0.0);
            auto bin = [&](double v) {
                return static_cast<size_t>(std::upper_bound(edges.begin(), edges.end(), v) -
                                           edges.begin());
            };
            for (double v : values) nb[bin(v)] += wb;
            for (QByteArrayView v : cv) nc[bin(Csv::number(v))] += wc;
            for (size_t i = 0; i < nb.size(); ++i) {
                pb.insert(QByteArray::number(static_cast<qulonglong>(i)), nb[i]);
                pc.insert(QByteArray::number(static_cast<qulonglong>(i)), nc[i]);
            }
        }
        QSet<QByteArray> keys;
        for (auto it = pb.cbegin(); it != pb.cend(); ++it) keys.insert(it.key());
        for (auto it = pc.cbegin(); it != pc.cend(); ++it) keys.insert(it.key());
        double sum = 0;
        for (const QByteArray& k : keys) {
            const double p0 = std::max(pb.value(k), 1e-6), p1 = std::max(pc.value(k), 1e-6);
            sum += (p1 - p0) * std::log(p1 / p0);
        }
        out.insert(name, sum);
    }
    return out;
}

bool hasCriticalFinding(const QJsonObject& trivy) {
    for (const QJsonValue& r : trivy.value(QStringLiteral("Results")).toArray())
        for (const QJsonValue& v : r[QStringLiteral("Vulnerabilities")].toArray())
            if (v[QStringLiteral("Severity")].toString() == QLatin1String("CRITICAL"))
                return true;
    return false;
}

}  // namespace

class TestDemo : public QObject {
    Q_OBJECT
    test::TempDir m_tmp;
    QString m_demo;

    Workspace demo() {
        auto ws = Workspace::open(m_demo);
        if (!ws)
            qFatal("the demo workspace does not open");
        return ws.value();
    }

private slots:
    void initTestCase() {
        m_demo = m_tmp.filePath(QStringLiteral("demo"));
        DemoOptions o;
        o.dir = m_demo;
        o.at = DemoOptions::anchor();  // the demo of 3 Nov 2026 (bundles 2026.11.x)
        o.seed = 1;
        const Status s = DemoWorkspace::create(o);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
    }

    void workspaceIsValid() {
        const QList<Error> problems = Workspace::check(m_demo);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.isEmpty() ? QString() : problems.front().toString()));
        const Workspace ws = demo();
        QCOMPARE(ws.models(),
                 (QStringList{QStringLiteral("device-risk"), QStringLiteral("fraud-detection"),
                              QStringLiteral("remittance-scoring")}));
        for (const QString& m : ws.models()) {
            QVERIFY(ws.versionsOf(m).size() >= 2 && ws.versionsOf(m).size() <= 3);
            const auto v = ws.controls().versionsOf(m);
            QVERIFY(ws.findBundle(m + QLatin1Char('@') + v.production));
            QVERIFY(ws.findBundle(m + QLatin1Char('@') + v.lastKnownGood));
        }
        QCOMPARE(ws.controls().versionsOf(QStringLiteral("fraud-detection")).lastKnownGood,
                 QStringLiteral("2026.9.0"));
        for (const QString& role : Role::all())
            QVERIFY2(!ws.roster().withRole(role).isEmpty(), qPrintable(role));
        QCOMPARE(ws.roster().withRole(Role::opsLead()).size(), 2);
        // One bundle ships SHA256SUMS instead of the artefact list, and one is a hotfix per model
        // with two failing.
        const Bundle sums = ws.findBundle(QStringLiteral("remittance-scoring@2026.10.0")).value();
        QVERIFY(sums.artefactsFromSha256Sums);
        QCOMPARE(ws.findBundle(QStringLiteral("device-risk@2026.11.1"))->kind,
                 QStringLiteral("hotfix"));
        // No generation leftovers.
        QVERIFY(!QFileInfo::exists(m_demo + QStringLiteral(".partial")));
    }

    void sameSeedSameBytes() {
        DemoOptions again;
        again.dir = m_tmp.filePath(QStringLiteral("again"));
        again.at = DemoOptions::anchor();  // the demo of 3 Nov 2026 (bundles 2026.11.x)
        again.seed = 1;
        QVERIFY(DemoWorkspace::create(again));
        const QByteArray first = treeDigest(m_demo);
        QCOMPARE(treeDigest(again.dir), first);
    }

    // demo init at a chosen instant: the current bundles fall in the change window open then
    // (the derived change request's window contains the instant), the older ones do not.
    void currentBundlesInTheWindowOpenAt_data() {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("older");
        QTest::addColumn<int>("windowHours");
        // Friday 4 Dec 2026, 04:51 AEST: the first Friday.
        QTest::newRow("first Friday")
            << QDateTime(QDate(2026, 12, 3), QTime(18, 51), QTimeZone::utc())
            << QStringLiteral("first-friday") << QStringLiteral("2026.12.0")
            << QStringLiteral("2026.11.0") << 24;
        // Saturday 30 Jan 2027, 21:00 AEST: the last Saturday, 3 h of the day's window left:
        // widened so that 6 h remain.
        QTest::newRow("day 30, late in the day")
            << QDateTime(QDate(2027, 1, 30), QTime(11, 0), QTimeZone::utc())
            << QStringLiteral("last-saturday") << QStringLiteral("2027.1.0")
            << QStringLiteral("2026.12.0") << 27;
    }
    void currentBundlesInTheWindowOpenAt() {
        QFETCH(QDateTime, at);
        QFETCH(QString, rule);
        QFETCH(QString, current);
        QFETCH(QString, older);
        QFETCH(int, windowHours);
        DemoOptions o;
        o.dir = m_tmp.filePath(QStringLiteral("at-") + QString::number(at.toSecsSinceEpoch()));
        o.at = at;
        QVERIFY(DemoWorkspace::create(o));
        QVERIFY(Workspace::check(o.dir).isEmpty());
        auto ws = Workspace::open(o.dir);
        QVERIFY(ws);
        QCOMPARE(ws->controls().calendar.retraining, rule);
        QCOMPARE(ws->controls().calendar.windowHours, windowHours);
        QVERIFY(ws->controls().training);
        const FixedClock clock(at);
        const ReleaseDesk desk(ws.value(), nullptr, clock);
        for (const QString& model :
             {QStringLiteral("fraud-detection"), QStringLiteral("remittance-scoring"),
              QStringLiteral("device-risk")}) {
            const auto bundle = ws->findBundle(model + QLatin1Char('@') + current);
            QVERIFY2(bundle, qPrintable(model + QLatin1Char('@') + current));
            const ChangeRequest cr = desk.changeRequest(bundle.value());
            QVERIFY(!cr.windowProblem);
            QVERIFY2(cr.windowContains(at),
                     qPrintable(cr.windowOpens.toString(Qt::ISODate) + QStringLiteral(" - ") +
                                cr.windowCloses.toString(Qt::ISODate)));
            QVERIFY(at.secsTo(cr.windowCloses) >= 6 * 3600);
            QVERIFY(bundle->created <= at);
            QCOMPARE(ws->controls().versionsOf(model).production, older);
            const ChangeRequest old =
                desk.changeRequest(ws->findBundle(model + QLatin1Char('@') + older).value());
            QVERIFY(!old.windowProblem);  // frozen at its own cycle's freeze
            QVERIFY(!old.windowContains(at));
        }
    }

    // Another seed (here with the bench scale at toy sizes) changes the data, not what the
    // demo shows; the bench scale adds the benchmark bundle.
    void otherSeedAndBenchScale() {
        DemoOptions o;
        o.dir = m_tmp.filePath(QStringLiteral("bench"));
        o.at = DemoOptions::anchor();  // the demo of 3 Nov 2026 (bundles 2026.11.x)
        o.seed = 2;
        o.scale = DemoOptions::Scale::Bench;
        o.benchArtefactBytes =
            8 << 20;  // the real default is several GiB; the layout is what matters here
        o.benchPredictionRows = 5000;
        o.benchDriftRows = 3000;
        QVERIFY(DemoWorkspace::create(o));
        QVERIFY(treeDigest(o.dir) != treeDigest(m_demo));
        QVERIFY(Workspace::check(o.dir).isEmpty());
        auto ws = Workspace::open(o.dir);
        QVERIFY(ws);
        QVERIFY(eoGaps(ws->findBundle(QStringLiteral("remittance-scoring@2026.11.0")).value())
                    .value(QStringLiteral("gender")) >= 0.03);
        QVERIFY(psi(ws->findBundle(QStringLiteral("device-risk@2026.11.0")).value())
                    .value(QStringLiteral("amount")) > 0.3);
        QVERIFY(eoGaps(ws->findBundle(QStringLiteral("fraud-detection@2026.11.0")).value())
                    .value(QStringLiteral("gender")) < 0.01);

        auto b = ws->findBundle(DemoWorkspace::benchModel() + QStringLiteral("@2026.11.0"));
        QVERIFY(b);
        const auto shards = std::count_if(
            b->artefacts.cbegin(), b->artefacts.cend(),
            [](const Artefact& a) { return a.path.startsWith(QLatin1String("model/shard-")); });
        QCOMPARE(shards, 8);
        QCOMPARE(QFileInfo(b->filePath(QStringLiteral("model/shard-00.bin"))).size(), 1 << 20);
        QVERIFY(b->artefacts.size() > 256);
        QCOMPARE(readCsv(b->filePath(QStringLiteral("evaluation/predictions.csv"))).rows(), 5000);
        const Csv drift = readCsv(b->filePath(QStringLiteral("drift/baseline.csv")));
        QCOMPARE(drift.rows(), 3000);
        QCOMPARE(drift.header.size(), 21);  // id + 20 features
    }

    void integrityFailsOnlyWhereIntended() {
        const Workspace ws = demo();
        for (const BundleEntry& e : ws.bundles()) {
            const Bundle& b = *e.bundle;
            QStringList mismatched;
            for (const Artefact& a : b.artefacts) {
                auto d = FileHasher::hash(b.filePath(a.path));
                QVERIFY2(d, qPrintable(a.path));
                if (a.size >= 0)
                    QCOMPARE(d->size, a.size);  // the alteration keeps the size
                if (d->sha256 != a.sha256)
                    mismatched << a.path;
            }
            if (e.id() == QLatin1String("device-risk@2026.11.1"))
                QCOMPARE(mismatched, QStringList{QStringLiteral("model/model.onnx")});
            else
                QVERIFY2(mismatched.isEmpty(), qPrintable(e.id() + QStringLiteral(": ") +
                                                          mismatched.join(QLatin1Char(' '))));
        }
    }

    void biasGapOnlyWhereIntended() {
        const Workspace ws = demo();
        for (const BundleEntry& e : ws.bundles()) {
            const Bundle& b = *e.bundle;
            QVERIFY(b.evaluation);
            const Csv csv = readCsv(b.filePath(b.evaluation->predictions));
            QCOMPARE(csv.rows(), 100000);
            QCOMPARE(csv.header.size(), 5);
            const auto gaps = eoGaps(b);
            if (e.id() == QLatin1String("remittance-scoring@2026.11.0")) {
                QVERIFY2(gaps.value(QStringLiteral("gender")) >= 0.03 &&
                             gaps.value(QStringLiteral("gender")) <= 0.04,
                         qPrintable(QString::number(gaps.value(QStringLiteral("gender")))));
                QVERIFY(gaps.value(QStringLiteral("age_band")) < 0.01);
                // The owner's reported figure understates it; the console recomputes.
                const QJsonObject m =
                    readJson(b.filePath(QStringLiteral("evaluation/metrics.json")));
                QVERIFY(m[QStringLiteral("fairness")][QStringLiteral("gap_by_attribute")]
                         [QStringLiteral("gender")]
                             .toDouble() < 0.02);
            } else {
                for (auto it = gaps.cbegin(); it != gaps.cend(); ++it)
                    QVERIFY2(it.value() < 0.01,
                             qPrintable(e.id() + QLatin1Char(' ') + it.key() + QLatin1Char(' ') +
                                        QString::number(it.value())));
            }
        }
    }

    void driftOnlyWhereIntended() {
        const Workspace ws = demo();
        for (const BundleEntry& e : ws.bundles()) {
            const Bundle& b = *e.bundle;
            QVERIFY(b.drift);
            const auto values = psi(b);
            QVERIFY(values.size() >= 10);
            QVERIFY(b.drift->categorical.size() >= 2);
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                const bool intended = e.id() == QLatin1String("device-risk@2026.11.0") &&
                                      it.key() == QLatin1String("amount");
                if (intended)
                    QVERIFY2(it.value() > 0.3 && it.value() < 0.45,
                             qPrintable(QString::number(it.value())));
                else
                    QVERIFY2(it.value() < 0.05,
                             qPrintable(e.id() + QLatin1Char(' ') + it.key() + QLatin1Char(' ') +
                                        QString::number(it.value())));
            }
        }
    }

    void scannerReportsInTheRealFormats() {
        const Workspace ws = demo();
        for (const BundleEntry& e : ws.bundles()) {
            const Bundle& b = *e.bundle;
            const QJsonObject trivy = readJson(b.filePath(QStringLiteral("scans/trivy.json")));
            QCOMPARE(trivy[QStringLiteral("SchemaVersion")].toInt(), 2);
            QCOMPARE(trivy[QStringLiteral("ArtifactType")].toString(),
                     QStringLiteral("container_image"));
            const QJsonObject first = trivy[QStringLiteral("Results")].toArray().at(0).toObject();
            QCOMPARE(first[QStringLiteral("Class")].toString(), QStringLiteral("os-pkgs"));
            for (const QJsonValue& v : first[QStringLiteral("Vulnerabilities")].toArray())
                for (const char* key : {"VulnerabilityID", "PkgName", "InstalledVersion",
                                        "Severity", "Title", "PrimaryURL"})
                    QVERIFY2(v[QLatin1String(key)].isString(), key);
            QCOMPARE(hasCriticalFinding(trivy),
                     e.id() == QLatin1String("remittance-scoring@2026.11.1"));

            const QJsonObject pip = readJson(b.filePath(QStringLiteral("scans/pip-audit.json")));
            QVERIFY(pip[QStringLiteral("fixes")].isArray());
            const QJsonArray deps = pip[QStringLiteral("dependencies")].toArray();
            QVERIFY(!deps.isEmpty());
            for (const QJsonValue& d : deps) {
                QVERIFY(d[QStringLiteral("name")].isString() &&
                        d[QStringLiteral("version")].isString());
                for (const QJsonValue& v : d[QStringLiteral("vulns")].toArray())
                    QVERIFY(v[QStringLiteral("id")].isString() &&
                            v[QStringLiteral("fix_versions")].isArray() &&
                            v[QStringLiteral("aliases")].isArray() &&
                            v[QStringLiteral("description")].isString());
            }

            const QJsonObject npm = readJson(b.filePath(QStringLiteral("scans/npm-audit.json")));
            QCOMPARE(npm[QStringLiteral("auditReportVersion")].toInt(), 2);
            const QJsonObject vulns = npm[QStringLiteral("vulnerabilities")].toObject();
            QCOMPARE(npm[QStringLiteral("metadata")][QStringLiteral("vulnerabilities")]
                        [QStringLiteral("total")]
                            .toInt(),
                     vulns.size());
            for (const QJsonValue& v : vulns)
                QVERIFY(v[QStringLiteral("severity")].toString() != QLatin1String("critical"));
        }
    }

    void keysOpenWithTheDemoPassphrases() {
        const Workspace ws = demo();
        QCOMPARE(ws.roster().operators.size(), DemoWorkspace::operators().size());
        // Each key costs 600,000 PBKDF2 iterations to open: open them on the pool.
        const QStringList problems =
            QtConcurrent::blockingMapped(ws.roster().operators, [&](const Operator& op) -> QString {
                // OpenSSL's state of the pool thread (its decoders leave errors queued) goes
                // with the job: LeakSanitizer reported it at exit otherwise.
                const OpenSslThreadScope openSsl;
                const QString path =
                    m_demo + QStringLiteral("/keys/") + op.id + QStringLiteral(".key.pem");
                if (QFile(path).permissions() &
                    (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
                    return path + QStringLiteral(": readable by others");
                auto key = OperatorKey::loadEncrypted(
                    path, SecretBytes(DemoWorkspace::passphraseFor(op.id).toUtf8()));
                if (!key)
                    return key.error().toString();
                return key->keyId() == op.keyId ? QString()
                                                : path + QStringLiteral(": not the roster's key");
            });
        for (const QString& p : problems) QVERIFY2(p.isEmpty(), qPrintable(p));
        QVERIFY(!OperatorKey::loadEncrypted(m_demo + QStringLiteral("/keys/r.ahmed.key.pem"),
                                            SecretBytes(QByteArray("demo-o.tanaka"))));
    }

    void refusesAFolderThatIsNotEmpty() {
        DemoOptions o;
        o.dir = m_demo;
        o.at = DemoOptions::anchor();  // the demo of 3 Nov 2026 (bundles 2026.11.x)
        const QByteArray before = treeDigest(m_demo);
        const Status s = DemoWorkspace::create(o);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::BadInput);
        QCOMPARE(treeDigest(m_demo), before);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "TestDemo.moc"

#include "workspace/Bundle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

#include "common/JsonFile.h"
#include "common/SafeFile.h"
#include "crypto/Sha256.h"
#include "workspace/Names.h"
#include "workspace/RelativePath.h"
#include "workspace/Sha256Sums.h"

namespace countersign {

namespace {

constexpr qint64 maxManifestBytes = 16ll << 20;

// The JSON pointer of a field of the object r reads ("/created", "/artefacts/0/path").
QString fieldPointer(const JsonReader& r, const QString& key) {
    const QString base = r.pointer() == QLatin1String("/") ? QString() : r.pointer();
    return base + QLatin1Char('/') + JsonReader::escapePointerToken(key);
}

QString relativePath(const JsonReader& r, const QString& key) {
    const QString p = r.string(key);
    if (r.failed())
        return p;
    if (const QString why = RelativePath::problem(p); !why.isEmpty())
        r.fail(why, fieldPointer(r, key));
    return p;
}

QDateTime dateTime(const JsonReader& r, const QString& key) {
    const QString s = r.string(key);
    if (r.failed())
        return {};
    const QDateTime t = Names::parseUtc(s);
    if (!t.isValid())
        r.fail(QCoreApplication::translate(
                   "Bundle",
                   "expected a date-time such as \"2026-11-03T02:00:00Z\" (with Z or an offset), "
                   "found \"%1\"")
                   .arg(s.left(60)),
               fieldPointer(r, key));
    return t;
}

QStringList uniqueList(const JsonReader& r, const QString& key, bool required) {
    const QStringList list = r.stringList(key, required);
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QString ptr = fieldPointer(r, key) + QLatin1Char('/') + QString::number(i);
        if (list.at(i).isEmpty())
            r.fail(QCoreApplication::translate("Bundle", "the value is empty"), ptr);
        else if (seen.contains(list.at(i)))
            r.fail(QCoreApplication::translate("Bundle", "\"%1\" is listed twice").arg(list.at(i)),
                   ptr);
        seen.insert(list.at(i));
    }
    return list;
}

void readTraining(const JsonReader& root, Bundle& b) {
    const JsonReader t = root.child(QStringLiteral("training"));
    if (root.failed())
        return;
    if (!t.value().isObject()) {
        t.fail(QCoreApplication::translate(
            "Bundle",
            "expected an object with code_revision, feature_snapshot and hyperparameters"));
        return;
    }
    t.string(QStringLiteral("code_revision"));
    const JsonReader fs = t.child(QStringLiteral("feature_snapshot"));
    fs.string(QStringLiteral("id"));
    b.snapshotFrozenAt = dateTime(fs, QStringLiteral("frozen_at")).toUTC();
    if (t.has(QStringLiteral("hyperparameters")) &&
        !t.child(QStringLiteral("hyperparameters")).value().isObject())
        t.fail(QCoreApplication::translate("Bundle", "expected an object"),
               fieldPointer(t, QStringLiteral("hyperparameters")));
    b.training = t.value().toObject();
}

void readDataHashes(const JsonReader& root, Bundle& b) {
    const JsonReader list = root.child(QStringLiteral("data_hashes"));
    if (root.failed())
        return;
    if (!list.value().isArray()) {
        list.fail(
            QCoreApplication::translate("Bundle", "expected an array of {\"name\", \"sha256\"}"));
        return;
    }
    QSet<QString> names;
    for (qsizetype i = 0; i < list.size() && !root.failed(); ++i) {
        const JsonReader e = list.at(i);
        DataHash h{e.string(QStringLiteral("name")), e.sha256Hex(QStringLiteral("sha256"))};
        if (root.failed())
            return;
        if (h.name.isEmpty())
            e.fail(QCoreApplication::translate("Bundle", "the name is empty"),
                   fieldPointer(e, QStringLiteral("name")));
        else if (names.contains(h.name))
            e.fail(QCoreApplication::translate("Bundle", "the dataset \"%1\" is listed twice")
                       .arg(h.name),
                   fieldPointer(e, QStringLiteral("name")));
        names.insert(h.name);
        b.dataHashes.append(h);
    }
}

void readArtefacts(const JsonReader& root, Bundle& b) {
    const JsonReader list = root.child(QStringLiteral("artefacts"));
    if (!list.value().isArray()) {
        list.fail(QCoreApplication::translate(
            "Bundle", "expected an array of {\"path\", \"sha256\", \"size\"}"));
        return;
    }
    if (list.size() == 0)
        list.fail(QCoreApplication::translate("Bundle", "the artefact list is empty"));
    QSet<QString> paths;
    for (qsizetype i = 0; i < list.size() && !root.failed(); ++i) {
        const JsonReader e = list.at(i);
        Artefact a;
        a.path = relativePath(e, QStringLiteral("path"));
        a.sha256 = e.sha256Hex(QStringLiteral("sha256"));
        a.size = e.integer(QStringLiteral("size"));
        if (root.failed())
            return;
        if (a.size < 0)
            e.fail(QCoreApplication::translate("Bundle", "the size is negative"),
                   fieldPointer(e, QStringLiteral("size")));
        else if (a.path == QLatin1String("bundle.json"))
            e.fail(QCoreApplication::translate("Bundle", "bundle.json cannot list itself"),
                   fieldPointer(e, QStringLiteral("path")));
        else if (paths.contains(a.path))
            e.fail(QCoreApplication::translate("Bundle", "the path \"%1\" is listed twice")
                       .arg(a.path),
                   fieldPointer(e, QStringLiteral("path")));
        paths.insert(a.path);
        b.artefacts.append(a);
    }
}

// Without an artefact list, bundle.json pins a SHA256SUMS file by digest, so a sign-off on
// bundle.json still covers every artefact.
std::optional<Error> readSha256Sums(const JsonReader& root, Bundle& b) {
    const QString sumsPath = QDir(b.dir).filePath(QStringLiteral("SHA256SUMS"));
    if (!QFileInfo::exists(sumsPath)) {
        root.fail(QCoreApplication::translate(
                      "Bundle",
                      "required field \"artefacts\" is missing (and there is no SHA256SUMS file)"),
                  QStringLiteral("/artefacts"));
        return std::nullopt;
    }
    if (!root.has(QStringLiteral("sha256sums"))) {
        root.fail(QCoreApplication::translate(
                      "Bundle",
                      "required field \"sha256sums\" is missing: without an artefact list, "
                      "bundle.json must "
                      "pin the SHA256SUMS file by its SHA-256"),
                  QStringLiteral("/sha256sums"));
        return std::nullopt;
    }
    b.sha256SumsDigest = root.sha256Hex(QStringLiteral("sha256sums"));
    if (root.failed())
        return std::nullopt;
    auto read = SafeFile::readInside(b.dir, QStringLiteral("SHA256SUMS"), 64ll << 20);
    if (!read)
        return read.error();
    const QByteArray bytes = *read;
    const QString actual = QString::fromLatin1(Sha256::hashHex(bytes));
    if (actual != b.sha256SumsDigest)
        return Error::checkFailed(
            QCoreApplication::translate(
                "Bundle",
                "SHA256SUMS has SHA-256 %1 but bundle.json pins %2: the file changed "
                "after bundle.json was written")
                .arg(actual, b.sha256SumsDigest),
            sumsPath);
    auto sums = Sha256Sums::parse(bytes, sumsPath);
    if (!sums)
        return sums.error();
    b.artefacts = sums.value();
    b.artefactsFromSha256Sums = true;
    b.manifestPath = sumsPath;
    return std::nullopt;
}

std::optional<EvaluationConfig> readEvaluation(const JsonReader& root) {
    if (!root.has(QStringLiteral("evaluation")))
        return std::nullopt;
    const JsonReader e = root.child(QStringLiteral("evaluation"));
    EvaluationConfig c;
    c.predictions = relativePath(e, QStringLiteral("predictions"));
    c.label = e.string(QStringLiteral("label"));
    c.positiveLabel = e.string(QStringLiteral("positive_label"));
    if (root.failed())
        return std::nullopt;
    const bool hasScore = e.has(QStringLiteral("score")),
               hasPrediction = e.has(QStringLiteral("prediction"));
    if (hasScore == hasPrediction) {
        e.fail(QCoreApplication::translate(
            "Bundle",
            "give either \"score\" with \"threshold\" or \"prediction\" with "
            "\"predicted_positive\""));
        return std::nullopt;
    }
    if (hasScore) {
        c.score = e.string(QStringLiteral("score"));
        c.threshold = e.number(QStringLiteral("threshold"));
        if (!root.failed() && !std::isfinite(c.threshold))
            e.fail(QCoreApplication::translate("Bundle", "the threshold is not a finite number"),
                   fieldPointer(e, QStringLiteral("threshold")));
    } else {
        c.prediction = e.string(QStringLiteral("prediction"));
        c.predictedPositive = uniqueList(e, QStringLiteral("predicted_positive"), true);
        if (!root.failed() && c.predictedPositive.isEmpty())
            e.fail(QCoreApplication::translate("Bundle",
                                               "at least one predicted-positive value is needed"),
                   fieldPointer(e, QStringLiteral("predicted_positive")));
    }
    c.protectedAttributes = uniqueList(e, QStringLiteral("protected_attributes"), true);
    if (!root.failed() && c.protectedAttributes.isEmpty())
        e.fail(QCoreApplication::translate("Bundle", "at least one protected attribute is needed"),
               fieldPointer(e, QStringLiteral("protected_attributes")));
    for (qsizetype i = 0; i < c.protectedAttributes.size() && !root.failed(); ++i) {
        const QString& a = c.protectedAttributes.at(i);
        if (a == c.label || a == c.score || a == c.prediction)
            e.fail(
                QCoreApplication::translate(
                    "Bundle", "\"%1\" is the label or prediction column, not a protected attribute")
                    .arg(a),
                fieldPointer(e, QStringLiteral("protected_attributes")) + QLatin1Char('/') +
                    QString::number(i));
    }
    if (e.has(QStringLiteral("min_group_support"))) {
        const qint64 m = e.integer(QStringLiteral("min_group_support"));
        if (!root.failed() && (m < 1 || m > 1000000000))
            e.fail(
                QCoreApplication::translate("Bundle", "expected a positive count, found %1").arg(m),
                fieldPointer(e, QStringLiteral("min_group_support")));
        c.minGroupSupport = static_cast<int>(m);
    }
    if (root.failed())
        return std::nullopt;
    return c;
}

std::optional<DriftConfig> readDrift(const JsonReader& root) {
    if (!root.has(QStringLiteral("drift")))
        return std::nullopt;
    const JsonReader d = root.child(QStringLiteral("drift"));
    DriftConfig c;
    c.baseline = relativePath(d, QStringLiteral("baseline"));
    c.current = relativePath(d, QStringLiteral("current"));
    c.categorical = uniqueList(d, QStringLiteral("categorical"), false);
    c.ignore = uniqueList(d, QStringLiteral("ignore"), false);
    for (qsizetype i = 0; i < c.ignore.size() && !root.failed(); ++i)
        if (c.categorical.contains(c.ignore.at(i)))
            d.fail(
                QCoreApplication::translate("Bundle", "\"%1\" is both categorical and ignored")
                    .arg(c.ignore.at(i)),
                fieldPointer(d, QStringLiteral("ignore")) + QLatin1Char('/') + QString::number(i));
    if (root.failed())
        return std::nullopt;
    return c;
}
void readImage(const JsonReader& root, Bundle& b) {
    if (!root.has(QStringLiteral("image")))
        return;
    const JsonReader image = root.child(QStringLiteral("image"));
    if (!image.value().isObject()) {
        image.fail(QCoreApplication::translate(
            "Bundle", "expected an object with \"digest\" and optionally \"reference\""));
        return;
    }
    b.imageReference = image.string(QStringLiteral("reference"), false);
    b.imageDigest = image.string(QStringLiteral("digest"));
    static const QRegularExpression digest(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    if (!root.failed() && !digest.match(b.imageDigest).hasMatch())
        image.fail(QCoreApplication::translate(
                       "Bundle", "expected \"sha256:\" and 64 lowercase hex digits, found \"%1\"")
                       .arg(b.imageDigest.left(80)),
                   fieldPointer(image, QStringLiteral("digest")));
}
}  // namespace

QString Bundle::id() const {
    return model + QLatin1Char('@') + version;
}

QString Bundle::bundleJsonPath() const {
    return QDir(dir).filePath(QStringLiteral("bundle.json"));
}

QString Bundle::filePath(const QString& relative) const {
    return QDir(dir).filePath(relative);
}

Result<Bundle> Bundle::load(const QString& dirIn) {
    Bundle b;
    b.dir = QFileInfo(dirIn).absoluteFilePath();
    const QString path = b.bundleJsonPath();
    b.manifestPath = path;
    if (!QFileInfo(path).exists() && !QFileInfo(path).isSymLink())
        return Error::badInput(
            QCoreApplication::translate("Bundle", "the bundle has no bundle.json"), path);
    auto read = SafeFile::readInside(b.dir, QStringLiteral("bundle.json"), maxManifestBytes);
    if (!read)
        return read.error();
    const QByteArray bytes = *read;
    b.digest = QString::fromLatin1(Sha256::hashHex(bytes));
    auto doc = JsonFile::parse(bytes, path);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error::badInput(QCoreApplication::translate("Bundle", "expected a JSON object"),
                               path, QStringLiteral("/"));

    const JsonReader r(path, doc->object());
    if (r.has(QStringLiteral("schema"))) {
        const QString schema = r.string(QStringLiteral("schema"));
        if (!r.failed() && schema != QLatin1String("countersign.bundle/v1"))
            r.fail(QCoreApplication::translate(
                       "Bundle", "unknown schema \"%1\", expected \"countersign.bundle/v1\"")
                       .arg(schema),
                   QStringLiteral("/schema"));
    }
    const QFileInfo versionDir(b.dir);
    const QString folderVersion = versionDir.fileName();
    const QString folderModel = QFileInfo(versionDir.absolutePath()).fileName();
    b.model = r.string(QStringLiteral("model"));
    if (!r.failed() && !Names::isModelName(b.model))
        r.fail(
            QCoreApplication::translate(
                "Bundle", "\"%1\" is not a model name (lowercase letters, digits, '.', '_', '-')")
                .arg(b.model),
            QStringLiteral("/model"));
    if (!r.failed() && b.model != folderModel)
        r.fail(QCoreApplication::translate("Bundle",
                                           "model \"%1\" does not match the folder name \"%2\"")
                   .arg(b.model, folderModel),
               QStringLiteral("/model"));
    b.version = r.string(QStringLiteral("version"));
    if (!r.failed() && !Names::isVersion(b.version))
        r.fail(QCoreApplication::translate(
                   "Bundle", "\"%1\" is not a version (letters, digits, '.', '_', '+', '-')")
                   .arg(b.version),
               QStringLiteral("/version"));
    if (!r.failed() && b.version != folderVersion)
        r.fail(QCoreApplication::translate("Bundle",
                                           "version \"%1\" does not match the folder name \"%2\"")
                   .arg(b.version, folderVersion),
               QStringLiteral("/version"));
    b.kind = r.string(QStringLiteral("kind"));
    if (!r.failed() && b.kind != QLatin1String(kindScheduled) &&
        b.kind != QLatin1String(kindHotfix))
        r.fail(QCoreApplication::translate("Bundle",
                                           "kind must be \"scheduled\" or \"hotfix\", found \"%1\"")
                   .arg(b.kind),
               QStringLiteral("/kind"));
    b.owner = r.string(QStringLiteral("owner"));
    if (!r.failed() && !Names::isOperatorId(b.owner))
        r.fail(QCoreApplication::translate("Bundle", "\"%1\" is not an operator id").arg(b.owner),
               QStringLiteral("/owner"));
    b.created = dateTime(r, QStringLiteral("created"));
    readTraining(r, b);
    readDataHashes(r, b);
    if (r.failed())
        return r.error();
    if (r.has(QStringLiteral("artefacts"))) {
        readArtefacts(r, b);
    } else if (auto e = readSha256Sums(r, b)) {
        return *e;
    }
    b.evaluation = readEvaluation(r);
    b.drift = readDrift(r);
    readImage(r, b);
    if (r.failed())
        return r.error();
    return b;
}

}  // namespace countersign

#include "demo/DemoBundleWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include "crypto/FileHasher.h"
#include "crypto/Sha256.h"
#include "demo/DemoBlob.h"
#include "demo/DemoDriftSamples.h"
#include "demo/DemoPredictions.h"
#include "demo/DemoRandom.h"
#include "demo/DemoScanReports.h"
#include "workspace/Sha256Sums.h"

namespace countersign {

namespace {
using Defect = DemoPlan::Defect;

QString iso(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODate);
}

Status writeBytes(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error::internal(f.errorString(), path);
    return ok();
}

Status writeJson(const QString& path, const QJsonObject& o) {
    return writeBytes(path, QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QString hexOf(const QByteArray& seedText) {
    return QString::fromLatin1(Sha256::hashHex(seedText));
}

QJsonObject hyperparameters(const QString& model) {
    if (model == QLatin1String("fraud-detection"))
        return {{QStringLiteral("algorithm"), QStringLiteral("gradient_boosted_trees")},
                {QStringLiteral("max_depth"), 6},
                {QStringLiteral("learning_rate"), 0.05},
                {QStringLiteral("n_estimators"), 600},
                {QStringLiteral("scale_pos_weight"), 12}};
    if (model == QLatin1String("remittance-scoring"))
        return {{QStringLiteral("algorithm"), QStringLiteral("logistic_regression")},
                {QStringLiteral("C"), 0.5},
                {QStringLiteral("penalty"), QStringLiteral("l2")},
                {QStringLiteral("class_weight"), QStringLiteral("balanced")}};
    return {{QStringLiteral("algorithm"), QStringLiteral("random_forest")},
            {QStringLiteral("n_estimators"), 300},
            {QStringLiteral("max_features"), QStringLiteral("sqrt")},
            {QStringLiteral("min_samples_leaf"), 20}};
}

// Score models use a threshold; device-risk writes a 0/1 prediction column.
bool usesPredictionColumn(const QString& model) {
    return model == QLatin1String("device-risk");
}
int thresholdOf(const QString& model) {
    return model == QLatin1String("remittance-scoring") ? 4500 : 5000;
}
double prevalenceOf(const QString& model) {
    if (model == QLatin1String("remittance-scoring"))
        return 0.12;
    if (model == QLatin1String("device-risk"))
        return 0.09;
    return 0.06;
}

QJsonObject metricsJson(const DemoPlan::Entry& plan, const DemoPredictions::Summary& s,
                        int threshold) {
    const auto ratio = [](qint64 a, qint64 b) {
        return b > 0 ? std::round(1e6 * static_cast<double>(a) / static_cast<double>(b)) / 1e6
                     : 0.0;
    };
    const auto round6 = [](double v) { return std::round(v * 1e6) / 1e6; };
    QJsonObject gaps;
    for (auto it = s.gaps.begin(); it != s.gaps.end(); ++it)
        gaps.insert(it.key(), round6(it.value().toDouble()));
    // The owner of the biased bundle reports a rosier figure than the data gives: the console
    // recomputes from the predictions and never trusts this file.
    if (plan.defect == Defect::Bias)
        gaps.insert(QStringLiteral("gender"), 0.012);
    QJsonObject tprs;
    for (auto it = s.tprByGroup.begin(); it != s.tprByGroup.end(); ++it) {
        QJsonObject groups;
        const QJsonObject in = it.value().toObject();
        for (auto g = in.begin(); g != in.end(); ++g)
            groups.insert(g.key(), round6(g.value().toDouble()));
        tprs.insert(it.key(), groups);
    }
    const qint64 n = s.tp + s.fp + s.tn + s.fn;
    const double precision = ratio(s.tp, s.tp + s.fp), recall = ratio(s.tp, s.tp + s.fn);
    QJsonObject m{
        {QStringLiteral("schema"), QStringLiteral("countersign.metrics/v1")},
        {QStringLiteral("model"), plan.model},
        {QStringLiteral("version"), plan.version},
        {QStringLiteral("evaluated_at"), iso(plan.created.addSecs(-3600))},
        {QStringLiteral("rows"), n},
        {QStringLiteral("positive_rate"), ratio(s.tp + s.fn, n)},
        {QStringLiteral("confusion"), QJsonObject{{QStringLiteral("tp"), s.tp},
                                                  {QStringLiteral("fp"), s.fp},
                                                  {QStringLiteral("tn"), s.tn},
                                                  {QStringLiteral("fn"), s.fn}}},
        {QStringLiteral("accuracy"), ratio(s.tp + s.tn, n)},
        {QStringLiteral("precision"), precision},
        {QStringLiteral("recall"), recall},
        {QStringLiteral("f1"),
         precision + recall > 0 ? round6(2 * precision * recall / (precision + recall)) : 0.0},
        {QStringLiteral("fairness"),
         QJsonObject{{QStringLiteral("metric"), QStringLiteral("equal_opportunity_difference")},
                     {QStringLiteral("gap_by_attribute"), gaps},
                     {QStringLiteral("tpr_by_group"), tprs}}},
    };
    if (!usesPredictionColumn(plan.model))
        m.insert(QStringLiteral("threshold"), threshold / 10000.0);
    return m;
}

QByteArray modelCard(const DemoPlan::Entry& plan) {
    return QStringLiteral(
               "# %1 %2\n\nKind: %3. Retrained on the feature snapshot frozen %4.\n\n"
               "Intended use: scoring in the %1 service. Protected attributes monitored: gender, "
               "age_band (equal opportunity). Demo data: synthetic, generated by "
               "`countersign-cli demo init`.\n")
        .arg(plan.model, plan.version, plan.kind, iso(plan.snapshotFrozen))
        .toUtf8();
}
}  // namespace

Status DemoBundleWriter::write(const QString& dir, const DemoPlan::Entry& plan, std::uint64_t seed,
                               const Size& size, const QString& owner) {
    const QDir d(dir);
    const QByteArray tag = plan.model.toUtf8() + '@' + plan.version.toUtf8();
    const std::uint64_t bundleSeed = DemoRandom::derived(seed, tag.constData()).next();
    auto path = [&](const char* rel) { return d.filePath(QString::fromLatin1(rel)); };
    for (const char* sub : {"model", "evaluation", "drift", "scans"}) QDir().mkpath(path(sub));

    // Model files.
    if (auto s = DemoBlob::write(path("model/model.onnx"), plan.modelBytes, bundleSeed); !s)
        return s;
    QStringList features = DemoDriftSamples::featureNames(size.driftFeatures);
    const QJsonObject preprocessor{
        {QStringLiteral("features"), QJsonArray::fromStringList(features)},
        {QStringLiteral("categorical"),
         QJsonArray::fromStringList(DemoDriftSamples::categoricalFeatures())},
        {QStringLiteral("log_transform"),
         QJsonArray{QStringLiteral("amount"), QStringLiteral("balance")}},
        {QStringLiteral("impute"), QStringLiteral("median")}};
    if (auto s = writeJson(path("model/preprocessor.json"), preprocessor); !s)
        return s;
    if (auto s = writeBytes(path("model/model_card.md"), modelCard(plan)); !s)
        return s;
    for (int i = 0; i < size.shards; ++i) {
        const QString shard =
            d.filePath(QStringLiteral("model/shard-%1.bin").arg(i, 2, 10, QLatin1Char('0')));
        if (auto s = DemoBlob::write(shard, size.shardBytes,
                                     bundleSeed + 1000 + static_cast<std::uint64_t>(i));
            !s)
            return s;
    }
    if (size.smallFiles > 0)
        QDir().mkpath(path("model/parts"));
    for (int i = 0; i < size.smallFiles; ++i) {
        const QString part =
            d.filePath(QStringLiteral("model/parts/part-%1.bin").arg(i, 3, 10, QLatin1Char('0')));
        if (auto s = DemoBlob::write(part, 16 << 10,
                                     bundleSeed + 100000 + static_cast<std::uint64_t>(i));
            !s)
            return s;
    }

    // Scanner reports and the requirements they audit.
    DemoScanReports::Options scan{plan.model, plan.version, iso(plan.created.addSecs(-1800)),
                                  hexOf("image:" + tag), plan.defect == Defect::Critical};
    if (auto s = writeBytes(path("requirements.txt"), DemoScanReports::requirementsTxt(scan)); !s)
        return s;
    if (auto s = writeJson(path("scans/trivy.json"), DemoScanReports::trivy(scan)); !s)
        return s;
    if (auto s = writeJson(path("scans/pip-audit.json"), DemoScanReports::pipAudit(scan)); !s)
        return s;
    if (auto s = writeJson(path("scans/npm-audit.json"), DemoScanReports::npmAudit(scan)); !s)
        return s;

    // Predictions: equal TPR across genders, or a 3.5-point gap for the biased bundle.
    DemoRandom predRandom = DemoRandom::derived(seed, "predictions", bundleSeed);
    DemoPredictions::Spec pred;
    pred.rows = size.predictionRows;
    pred.prevalence = prevalenceOf(plan.model);
    pred.genderTpr = plan.defect == Defect::Bias ? QList<double>{0.800, 0.835, 0.815}
                                                 : QList<double>{0.82, 0.82, 0.82};
    pred.threshold = thresholdOf(plan.model);
    pred.predictionColumn = usesPredictionColumn(plan.model);
    auto summary = DemoPredictions::write(path("evaluation/predictions.csv"), pred, predRandom);
    if (!summary)
        return summary.error();
    if (auto s = writeJson(path("evaluation/metrics.json"),
                           metricsJson(plan, summary.value(), pred.threshold));
        !s)
        return s;

    // Drift samples: `amount` shifted by 0.6 standard deviations for the drifting bundle.
    DemoRandom driftRandom = DemoRandom::derived(seed, "drift", bundleSeed);
    DemoDriftSamples::Spec drift;
    drift.rows = size.driftRows;
    drift.features = size.driftFeatures;
    drift.amountShift = plan.defect == Defect::Drift ? 0.6 : 0.02;
    if (auto s = DemoDriftSamples::write(path("drift/baseline.csv"), path("drift/current.csv"),
                                         drift, driftRandom);
        !s)
        return s;

    // The manifest: every file except scans/ (written by CI, not by the model owner).
    QList<Artefact> artefacts;
    QStringList files;
    for (const char* sub : {"model", "evaluation", "drift"}) {
        const QDir sd(path(sub));
        const auto list = sd.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo& fi : list) files << d.relativeFilePath(fi.absoluteFilePath());
        const auto subdirs = sd.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo& sdi : subdirs)
            for (const QFileInfo& fi :
                 QDir(sdi.absoluteFilePath()).entryInfoList(QDir::Files, QDir::Name))
                files << d.relativeFilePath(fi.absoluteFilePath());
    }
    files << QStringLiteral("requirements.txt");
    files.sort();
    for (const QString& rel : files) {
        auto digest = FileHasher::hash(d.filePath(rel));
        if (!digest)
            return digest.error();
        artefacts.append({rel, digest->sha256, digest->size});
    }

    DemoRandom meta = DemoRandom::derived(seed, "meta", bundleSeed);
    QJsonObject training{
        {QStringLiteral("code_revision"), QString::number(static_cast<qulonglong>(meta.next()), 16)
                                              .left(7)
                                              .rightJustified(7, QLatin1Char('0'))},
        {QStringLiteral("feature_snapshot"),
         QJsonObject{
             {QStringLiteral("id"),
              QString(QStringLiteral("fs-") + plan.snapshotFrozen.date().toString(Qt::ISODate))},
             {QStringLiteral("frozen_at"), iso(plan.snapshotFrozen)}}},
        {QStringLiteral("hyperparameters"), hyperparameters(plan.model)},
        {QStringLiteral("pipeline_run"),
         QStringLiteral("retrain-%1-%2")
             .arg(plan.model)
             .arg(static_cast<qulonglong>(meta.below(900000) + 100000))}};
    QJsonArray dataHashes;
    for (const char* name : {"train.parquet", "validation.parquet", "holdout.parquet"})
        dataHashes.append(
            QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                        {QStringLiteral("sha256"), hexOf("dataset:" + tag + ':' + name)}});
    QJsonObject evaluation{
        {QStringLiteral("predictions"), QStringLiteral("evaluation/predictions.csv")},
        {QStringLiteral("label"), QStringLiteral("label")},
        {QStringLiteral("positive_label"), QStringLiteral("1")},
        {QStringLiteral("protected_attributes"),
         QJsonArray{QStringLiteral("gender"), QStringLiteral("age_band")}},
        {QStringLiteral("min_group_support"), 100}};
    if (pred.predictionColumn) {
        evaluation.insert(QStringLiteral("prediction"), QStringLiteral("prediction"));
        evaluation.insert(QStringLiteral("predicted_positive"), QJsonArray{QStringLiteral("1")});
    } else {
        evaluation.insert(QStringLiteral("score"), QStringLiteral("score"));
        evaluation.insert(QStringLiteral("threshold"), pred.threshold / 10000.0);
    }
    QJsonObject bundle{
        {QStringLiteral("schema"), QStringLiteral("countersign.bundle/v1")},
        {QStringLiteral("model"), plan.model},
        {QStringLiteral("version"), plan.version},
        {QStringLiteral("kind"), plan.kind},
        {QStringLiteral("owner"), owner},
        {QStringLiteral("created"), iso(plan.created)},
        // The image the Trivy report scanned (its RepoDigests): the security gate binds them.
        {QStringLiteral("image"),
         QJsonObject{
             {QStringLiteral("reference"),
              QStringLiteral("registry.example.com/ml/%1:%2").arg(plan.model, plan.version)},
             {QStringLiteral("digest"), QString(QStringLiteral("sha256:") + scan.imageDigestHex)}}},
        {QStringLiteral("training"), training},
        {QStringLiteral("data_hashes"), dataHashes},
        {QStringLiteral("evaluation"), evaluation},
        {QStringLiteral("drift"),
         QJsonObject{{QStringLiteral("baseline"), QStringLiteral("drift/baseline.csv")},
                     {QStringLiteral("current"), QStringLiteral("drift/current.csv")},
                     {QStringLiteral("categorical"),
                      QJsonArray::fromStringList(DemoDriftSamples::categoricalFeatures())},
                     {QStringLiteral("ignore"), QJsonArray{QStringLiteral("id")}}}},
    };
    if (plan.sha256Sums) {
        const QByteArray sums = Sha256Sums::write(artefacts);
        if (auto s = writeBytes(path("SHA256SUMS"), sums); !s)
            return s;
        bundle.insert(QStringLiteral("sha256sums"), QString::fromLatin1(Sha256::hashHex(sums)));
    } else {
        QJsonArray list;
        for (const Artefact& a : artefacts)
            list.append(QJsonObject{{QStringLiteral("path"), a.path},
                                    {QStringLiteral("sha256"), a.sha256},
                                    {QStringLiteral("size"), a.size}});
        bundle.insert(QStringLiteral("artefacts"), list);
    }
    if (auto s = writeJson(path("bundle.json"), bundle); !s)
        return s;

    // After the manifest: alter 16 bytes of the model (same size, different digest).
    if (plan.defect == Defect::Integrity) {
        QFile f(path("model/model.onnx"));
        if (!f.open(QIODevice::ReadWrite) || !f.seek(4096) || f.write("tampered-weights", 16) != 16)
            return Error::internal(f.errorString(), f.fileName());
    }
    return ok();
}

}  // namespace countersign

#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>

#include "common/JsonFile.h"
#include "workspace/Names.h"
#include "workspace/Role.h"

namespace countersign {

namespace {

Result<Controls> loadControls(const QString& root) {
    const QString path = Workspace::controlsPath(root);
    if (!QFileInfo::exists(path))
        return Controls::defaults();
    return Controls::load(path);
}

// The bundle's owner must be on the roster with the model owner role.
std::optional<Error> ownerProblem(const Bundle& b, const Roster& roster) {
    const Operator* owner = roster.find(b.owner);
    if (!owner)
        return Error::badInput(
            QCoreApplication::translate("Workspace", "the owner \"%1\" is not on the roster (%2)")
                .arg(b.owner, roster.path),
            b.bundleJsonPath(), QStringLiteral("/owner"));
    if (!owner->hasRole(Role::modelOwner()))
        return Error::badInput(
            QCoreApplication::translate("Workspace",
                                        "the owner \"%1\" does not have the model_owner role")
                .arg(b.owner),
            b.bundleJsonPath(), QStringLiteral("/owner"));
    return std::nullopt;
}
}  // namespace

QString Workspace::controlsPath(const QString& root) {
    return QDir(root).filePath(QStringLiteral("config/ml/controls.json"));
}
QString Workspace::rosterPath(const QString& root) {
    return QDir(root).filePath(QStringLiteral("config/ml/operators.json"));
}
QString Workspace::modelsDir(const QString& root) {
    return QDir(root).filePath(QStringLiteral("artifacts/models"));
}
QString Workspace::modelsDir() const {
    return modelsDir(m_root);
}
QString Workspace::controlsPath() const {
    return controlsPath(m_root);
}
QString Workspace::rosterPath() const {
    return rosterPath(m_root);
}
QString Workspace::stateDir() const {
    return QDir(m_root).filePath(QStringLiteral(".countersign"));
}
QString Workspace::auditStorePath() const {
    return QDir(stateDir()).filePath(QStringLiteral("audit.sqlite"));
}

QList<BundleEntry> Workspace::scanBundles(const QString& root, const Roster* roster) {
    QList<BundleEntry> out;
    const QDir models(modelsDir(root));
    const auto dirFilter = QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks;
    QStringList modelNames = models.entryList(dirFilter, QDir::Name);
    for (const QString& model : modelNames) {
        const QDir modelDir(models.filePath(model));
        QStringList versions = modelDir.entryList(dirFilter);
        std::sort(versions.begin(), versions.end(), [](const QString& a, const QString& b) {
            return Names::compareVersions(a, b) < 0;
        });
        for (const QString& version : versions) {
            BundleEntry e;
            e.model = model;
            e.version = version;
            e.dir = QFileInfo(modelDir.filePath(version)).absoluteFilePath();
            auto b = Bundle::load(e.dir);
            if (b) {
                e.bundle = b.value();
                if (roster)
                    e.error = ownerProblem(b.value(), *roster);
            } else {
                e.error = b.error();
            }
            out.append(e);
        }
    }
    return out;
}

Result<Workspace> Workspace::open(const QString& rootIn) {
    const QFileInfo info(rootIn);
    if (!info.isDir())
        return Error::badInput(
            QCoreApplication::translate("Workspace",
                                        "the workspace folder does not exist or is not a folder"),
            rootIn);
    Workspace ws;
    ws.m_root = info.absoluteFilePath();
    auto controls = loadControls(ws.m_root);
    if (!controls)
        return controls.error();
    ws.m_controls = controls.value();
    const QString rosterFile = rosterPath(ws.m_root);
    if (!QFileInfo::exists(rosterFile))
        return Error::badInput(
            QCoreApplication::translate("Workspace",
                                        "the workspace has no roster (config/ml/operators.json)"),
            rosterFile);
    auto roster = Roster::load(rosterFile);
    if (!roster)
        return roster.error();
    ws.m_roster = roster.value();
    ws.m_bundles = scanBundles(ws.m_root, &ws.m_roster);
    return ws;
}

QList<Error> Workspace::check(const QString& rootIn) {
    QList<Error> problems;
    const QFileInfo info(rootIn);
    if (!info.isDir()) {
        problems << Error::badInput(
            QCoreApplication::translate("Workspace",
                                        "the workspace folder does not exist or is not a folder"),
            rootIn);
        return problems;
    }
    const QString root = info.absoluteFilePath();
    auto controls = loadControls(root);
    if (!controls)
        problems << controls.error();
    std::optional<Roster> roster;
    if (!QFileInfo::exists(rosterPath(root))) {
        problems << Error::badInput(
            QCoreApplication::translate("Workspace",
                                        "the workspace has no roster (config/ml/operators.json)"),
            rosterPath(root));
    } else if (auto r = Roster::load(rosterPath(root)); r) {
        roster = r.value();
    } else {
        problems << r.error();
    }
    if (!QFileInfo(modelsDir(root)).isDir())
        problems << Error::badInput(
            QCoreApplication::translate("Workspace",
                                        "the workspace has no artifacts/models folder"),
            modelsDir(root));
    const QList<BundleEntry> bundles = scanBundles(root, roster ? &*roster : nullptr);
    for (const BundleEntry& e : bundles)
        if (e.error)
            problems << *e.error;
    if (controls) {
        for (auto it = controls->models.cbegin(); it != controls->models.cend(); ++it) {
            for (const auto& [key, version] :
                 {std::pair{QStringLiteral("production"), it.value().production},
                  std::pair{QStringLiteral("last_known_good"), it.value().lastKnownGood}}) {
                if (version.isEmpty())
                    continue;
                const bool found =
                    // (an init-capture: clang before 16 cannot capture a structured binding)
                    std::any_of(bundles.cbegin(), bundles.cend(),
                                [&, &wanted = version](const BundleEntry& e) {
                                    return e.model == it.key() && e.version == wanted;
                                });
                if (!found)
                    problems << Error::badInput(
                        QCoreApplication::translate("Workspace",
                                                    "there is no bundle %1@%2 in artifacts/models")
                            .arg(it.key(), version),
                        controls->path,
                        QStringLiteral("/models/") + JsonReader::escapePointerToken(it.key()) +
                            QLatin1Char('/') + key);
            }
        }
    }
    return problems;
}

QStringList Workspace::models() const {
    QStringList out;
    for (const BundleEntry& e : m_bundles)
        if (out.isEmpty() || out.back() != e.model)
            out << e.model;
    return out;
}

QList<const BundleEntry*> Workspace::versionsOf(const QString& model) const {
    QList<const BundleEntry*> out;
    for (const BundleEntry& e : m_bundles)
        if (e.model == model)
            out << &e;
    return out;
}

const BundleEntry* Workspace::findEntry(const QString& id) const {
    for (const BundleEntry& e : m_bundles)
        if (e.id() == id)
            return &e;
    return nullptr;
}

Result<Bundle> Workspace::findBundle(const QString& id) const {
    if (!id.contains(QLatin1Char('@')))
        return Error::badInput(QCoreApplication::translate(
                                   "Workspace", "expected a bundle as MODEL@VERSION, found \"%1\"")
                                   .arg(id));
    const BundleEntry* e = findEntry(id);
    if (!e)
        return Error::badInput(
            QCoreApplication::translate("Workspace", "there is no bundle %1 in %2")
                .arg(id, modelsDir()));
    if (e->error)
        return *e->error;
    return *e->bundle;
}

}  // namespace countersign

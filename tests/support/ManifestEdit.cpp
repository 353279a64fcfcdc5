#include "ManifestEdit.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace countersign::test {

bool listAsArtefacts(const QString& bundleDir, const QStringList& relativePaths) {
    QFile manifest(QDir(bundleDir).filePath(QStringLiteral("bundle.json")));
    if (!manifest.open(QIODevice::ReadOnly))
        return false;
    QJsonObject bundle = QJsonDocument::fromJson(manifest.readAll()).object();
    manifest.close();
    QJsonArray artefacts = bundle.value(QStringLiteral("artefacts")).toArray();
    for (const QString& relative : relativePaths) {
        QFile f(QDir(bundleDir).filePath(relative));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        const QByteArray bytes = f.readAll();
        artefacts.append(
            QJsonObject{{QStringLiteral("path"), relative},
                        {QStringLiteral("sha256"),
                         QString::fromLatin1(
                             QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
                        {QStringLiteral("size"), bytes.size()}});
    }
    bundle.insert(QStringLiteral("artefacts"), artefacts);
    return manifest.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           manifest.write(QJsonDocument(bundle).toJson()) > 0;
}

}  // namespace countersign::test

#include "KeysShowCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

#include "PassphrasePrompt.h"
#include "crypto/OperatorKey.h"
#include "crypto/PublicKey.h"

namespace countersign::cli {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("cli", s);
}
}  // namespace

QString KeysShowCommand::summary() const {
    return tr("Show the public key and key id of a key file or public key");
}

QString KeysShowCommand::usageArgs() const {
    return QStringLiteral("FILE");
}

void KeysShowCommand::configure(QCommandLineParser& parser) const {
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        tr("An encrypted key file (asks its passphrase: PKCS#8 encrypts the public half too) "
           "or a public key PEM."));
    parser.addOption({QStringLiteral("passphrase-file"),
                      tr("Read the passphrase from the first line of FILE."), tr("FILE")});
}

int KeysShowCommand::run(const QCommandLineParser& parser, Context& ctx) const {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return ctx.fail(Error::badInput(tr("give exactly one key FILE")));
    const QString path = args.constFirst();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(Error::badInput(f.errorString(), path));
    const QByteArray text = f.read(64 * 1024);
    PublicKey pub;
    if (text.contains("-----BEGIN PUBLIC KEY-----")) {
        auto p = PublicKey::fromPem(QString::fromUtf8(text), path);
        if (!p)
            return ctx.fail(p.error());
        pub = *p;
    } else {
        auto pass = PassphrasePrompt::obtain(parser.value(QStringLiteral("passphrase-file")),
                                             tr("Passphrase for %1: ").arg(path));
        if (!pass)
            return ctx.fail(pass.error());
        auto key = OperatorKey::fromEncryptedPem(text, *pass, path);
        if (!key)
            return ctx.fail(key.error());
        pub = key->publicKey();
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("file"), path},
                                  {QStringLiteral("key_id"), pub.keyId()},
                                  {QStringLiteral("public_key"), pub.pem()}});
    } else {
        ctx.out << tr("Key id: %1").arg(pub.keyId()) << '\n' << pub.pem();
        ctx.out.flush();
    }
    return Ok;
}

}  // namespace countersign::cli

#include "KeysShowCommand.h"

#include <QFile>
#include <QJsonObject>
#include <optional>

#include "PassphrasePrompt.h"
#include "crypto/OperatorKey.h"
#include "crypto/PublicKey.h"
#include "workspace/Workspace.h"

namespace countersign::cli {

QString KeysShowCommand::summary() const {
    return QStringLiteral("Show the public key and key id of a key file or public key");
}

QString KeysShowCommand::usageArgs() const {
    return QStringLiteral("FILE");
}

void KeysShowCommand::configure(QCommandLineParser& parser) const {
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QStringLiteral(
            "An encrypted key file (asks its passphrase: PKCS#8 encrypts the public half too) "
            "or a public key PEM."));
    parser.addOption({QStringLiteral("passphrase-file"),
                      QStringLiteral("Read the passphrase from the first line of FILE."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("operator"),
         QStringLiteral("Also check that it is the roster key of this operator (exit 1 if not)."),
         QStringLiteral("ID")});
}

int KeysShowCommand::run(const QCommandLineParser& parser, Context& ctx) const {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return ctx.fail(Error::badInput(QStringLiteral("give exactly one key FILE")));
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
                                             QStringLiteral("Passphrase for %1: ").arg(path));
        if (!pass)
            return ctx.fail(pass.error());
        auto key = OperatorKey::fromEncryptedPem(text, *pass, path);
        if (!key)
            return ctx.fail(key.error());
        pub = key->publicKey();
    }
    // Against the roster: the key must be the one the roster holds for the operator.
    const QString operatorId = parser.value(QStringLiteral("operator"));
    std::optional<Error> mismatch;
    if (!operatorId.isEmpty()) {
        auto ws = Workspace::open(ctx.workspace);
        if (!ws)
            return ctx.fail(ws.error());
        const Operator* op = ws->roster().find(operatorId);
        if (!op)
            return ctx.fail(Error::badInput(
                QStringLiteral("operator \"%1\" is not on the roster").arg(operatorId),
                ws->rosterPath()));
        if (op->keyId != pub.keyId())
            mismatch = Error::checkFailed(
                QStringLiteral("this is not the roster key of %1: key id %2, the roster has %3")
                    .arg(operatorId, pub.keyId(), op->keyId),
                path);
    }
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("file"), path},
                      {QStringLiteral("key_id"), pub.keyId()},
                      {QStringLiteral("public_key"), pub.pem()}};
        if (!operatorId.isEmpty())
            o.insert(QStringLiteral("matches_roster"), !mismatch.has_value());
        ctx.printJson(o);
    } else {
        ctx.out << QStringLiteral("Key id: %1").arg(pub.keyId()) << '\n' << pub.pem();
        if (!operatorId.isEmpty() && !mismatch)
            ctx.out << QStringLiteral("This is the roster key of %1.").arg(operatorId) << '\n';
        ctx.out.flush();
    }
    if (mismatch) {
        if (!ctx.json)
            ctx.err << QStringLiteral("countersign-cli: ") << mismatch->toString() << Qt::endl;
        return CheckFailed;
    }
    return Ok;
}

}  // namespace countersign::cli

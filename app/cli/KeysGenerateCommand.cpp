#include "KeysGenerateCommand.h"

#include <QFileInfo>
#include <QJsonObject>

#include "PassphrasePrompt.h"
#include "crypto/OperatorKey.h"

namespace countersign::cli {

QString KeysGenerateCommand::summary() const {
    return QStringLiteral("Make an operator's signing key (ECDSA P-256, encrypted PKCS#8)");
}

QString KeysGenerateCommand::usageArgs() const {
    return {};
}

void KeysGenerateCommand::configure(QCommandLineParser& parser) const {
    parser.addOption({QStringLiteral("operator"), QStringLiteral("The operator id the key is for."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The key file to write (0600)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("passphrase-file"),
         QStringLiteral("Read the new passphrase from the first line of FILE instead of asking."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Overwrite an existing key file.")});
}

int KeysGenerateCommand::run(const QCommandLineParser& parser, Context& ctx) const {
    const QString operatorId = parser.value(QStringLiteral("operator"));
    const QString out = parser.value(QStringLiteral("out"));
    if (operatorId.isEmpty())
        return ctx.fail(Error::badInput(QStringLiteral("--operator ID is required")));
    if (out.isEmpty())
        return ctx.fail(Error::badInput(QStringLiteral("--out FILE is required")));
    if (!parser.positionalArguments().isEmpty())
        // Not echoed: a stray argument may well be a passphrase typed in the wrong place.
        return ctx.fail(Error::badInput(QStringLiteral(
            "unexpected argument; a passphrase is never given as an argument (use the prompt "
            "or --passphrase-file)")));
    if (QFileInfo::exists(out) && !parser.isSet(QStringLiteral("force")))
        return ctx.fail(Error::badInput(
            QStringLiteral("the key file exists already; choose another file or give --force"),
            out));

    auto passphrase = PassphrasePrompt::obtain(
        parser.value(QStringLiteral("passphrase-file")),
        QStringLiteral("New passphrase for %1's key: ").arg(operatorId), true);
    if (!passphrase)
        return ctx.fail(passphrase.error());
    const Status policy = OperatorKey::checkNewPassphrase(*passphrase);
    if (!policy)
        return ctx.fail(policy.error());

    auto key = OperatorKey::generate();
    if (!key)
        return ctx.fail(key.error());
    const Status saved = key->saveEncrypted(out, *passphrase);
    if (!saved)
        return ctx.fail(saved.error());

    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("operator"), operatorId},
                                  {QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
                                  {QStringLiteral("key_id"), key->keyId()},
                                  {QStringLiteral("public_key"), key->publicKeyPem()}});
        return Ok;
    }
    ctx.out << QStringLiteral("Wrote %1's key to %2 (encrypted, owner-only).").arg(operatorId, out)
            << '\n'
            << QStringLiteral("Key id: %1").arg(key->keyId()) << '\n'
            << QStringLiteral(
                   "Put this public key in config/ml/operators.json as \"public_key\" of %1:")
                   .arg(operatorId)
            << '\n'
            << key->publicKeyPem();
    ctx.out.flush();
    return Ok;
}

}  // namespace countersign::cli

#include "KeysPasswdCommand.h"

#include <QJsonObject>

#include "PassphrasePrompt.h"
#include "crypto/OperatorKey.h"

namespace countersign::cli {

QString KeysPasswdCommand::summary() const {
    return QStringLiteral("Change the passphrase of a key file");
}

QString KeysPasswdCommand::usageArgs() const {
    return QStringLiteral("FILE");
}

void KeysPasswdCommand::configure(QCommandLineParser& parser) const {
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The key file."));
    parser.addOption({QStringLiteral("passphrase-file"),
                      QStringLiteral("Read the current passphrase from the first line of FILE."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("new-passphrase-file"),
                      QStringLiteral("Read the new passphrase from the first line of FILE."),
                      QStringLiteral("FILE")});
}

int KeysPasswdCommand::run(const QCommandLineParser& parser, Context& ctx) const {
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return ctx.fail(Error::badInput(QStringLiteral("give exactly one key FILE")));
    const QString path = args.constFirst();
    auto oldPass = PassphrasePrompt::obtain(parser.value(QStringLiteral("passphrase-file")),
                                            QStringLiteral("Current passphrase: "));
    if (!oldPass)
        return ctx.fail(oldPass.error());
    // Unlock first, so a wrong passphrase is reported before a new one is asked for.
    auto key = OperatorKey::loadEncrypted(path, *oldPass);
    if (!key)
        return ctx.fail(key.error());
    auto newPass = PassphrasePrompt::obtain(parser.value(QStringLiteral("new-passphrase-file")),
                                            QStringLiteral("New passphrase: "), true);
    if (!newPass)
        return ctx.fail(newPass.error());
    const Status policy = OperatorKey::checkNewPassphrase(*newPass);
    if (!policy)
        return ctx.fail(policy.error());
    const Status saved = key->saveEncrypted(path, *newPass);
    if (!saved)
        return ctx.fail(saved.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("file"), path},
                                  {QStringLiteral("key_id"), key->keyId()},
                                  {QStringLiteral("changed"), true}});
    } else {
        ctx.out
            << QStringLiteral("Changed the passphrase of %1 (key id %2).").arg(path, key->keyId())
            << Qt::endl;
    }
    return Ok;
}

}  // namespace countersign::cli

#include "PassphrasePrompt.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include "crypto/PassphraseFile.h"

namespace countersign::cli {

Result<SecretBytes> PassphrasePrompt::readFromTerminal(const QString& prompt) {
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return Error::badInput(
            QStringLiteral("no terminal to ask the passphrase on; give --passphrase-file FILE"));
    const QByteArray text = prompt.toLocal8Bit();
    (void)!::write(fd, text.constData(), static_cast<size_t>(text.size()));
    termios saved{};
    const bool isTty = tcgetattr(fd, &saved) == 0;
    if (isTty) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    SecretBytes out;
    bool ended = false;
    char c = 0;
    while (true) {
        const ssize_t n = ::read(fd, &c, 1);
        if (n <= 0)
            break;
        if (c == '\n' || c == '\r') {
            ended = true;
            break;
        }
        out.append(c);
    }
    c = 0;
    if (isTty)
        tcsetattr(fd, TCSAFLUSH, &saved);
    ::close(fd);
    if (!ended && out.isEmpty())
        return Error::badInput(QStringLiteral("no passphrase entered"));
    return out;
}

Result<SecretBytes> PassphrasePrompt::obtain(const QString& passphraseFile, const QString& prompt,
                                             bool confirm) {
    if (!passphraseFile.isEmpty())
        return PassphraseFile::read(passphraseFile);
    auto first = readFromTerminal(prompt);
    if (!first || !confirm)
        return first;
    auto second = readFromTerminal(QStringLiteral("Repeat the passphrase: "));
    if (!second)
        return second.error();
    if (!first->equals(*second))
        return Error::badInput(QStringLiteral("the two passphrases differ"));
    return first;
}

}  // namespace countersign::cli

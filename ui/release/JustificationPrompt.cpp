#include "ui/release/JustificationPrompt.h"

#include <QInputDialog>

namespace countersign::ui {

namespace {
struct Next {
    bool set = false;
    std::optional<QString> text;
};
Next& next() {
    static Next n;
    return n;
}
}  // namespace

void JustificationPrompt::setNextAnswer(const QString& text) {
    next() = {true, text};
}

void JustificationPrompt::setNextCancel() {
    next() = {true, std::nullopt};
}

std::optional<QString> JustificationPrompt::ask(QWidget* parent, const QString& title,
                                                const QString& label) {
    std::optional<QString> answer;
    if (next().set) {
        answer = next().text;
        next() = {};
    } else {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(parent, title, label, {}, &ok);
        if (ok)
            answer = text;
    }
    if (answer && answer->trimmed().isEmpty())
        return std::nullopt;
    return answer;
}

}  // namespace countersign::ui

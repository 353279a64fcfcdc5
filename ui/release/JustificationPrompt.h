#pragma once

#include <QString>
#include <optional>

class QWidget;

namespace countersign::ui {

// Asks for a justification (a rejection, a hotfix opened by hand). Tests answer in advance
// with setNextAnswer() or setNextCancel(), so no modal is shown.
class JustificationPrompt {
public:
    // The text, or nullopt when the operator cancelled or gave nothing.
    static std::optional<QString> ask(QWidget* parent, const QString& title, const QString& label);
    static void setNextAnswer(const QString& text);
    static void setNextCancel();
};

}  // namespace countersign::ui

#include "ui/widgets/DialogHooks.h"

#include <QFileDialog>

namespace countersign::ui {

namespace {
std::optional<QString> nextDirectory;
std::optional<QString> nextSaveFileName;
std::optional<QMessageBox::StandardButton> nextAnswer;
bool suppressInformation = false;
QString lastText;
}  // namespace

void DialogHooks::setNextDirectory(const QString& dir) {
    nextDirectory = dir;
}
void DialogHooks::setNextSaveFileName(const QString& path) {
    nextSaveFileName = path;
}
void DialogHooks::setNextAnswer(QMessageBox::StandardButton answer) {
    nextAnswer = answer;
}
void DialogHooks::setSuppressInformation(bool suppress) {
    suppressInformation = suppress;
}
QString DialogHooks::lastInformation() {
    return lastText;
}

void DialogHooks::clear() {
    nextDirectory.reset();
    nextSaveFileName.reset();
    nextAnswer.reset();
    suppressInformation = false;
    lastText.clear();
}

QString DialogHooks::existingDirectory(QWidget* parent, const QString& caption,
                                       const QString& start) {
    if (nextDirectory) {
        const QString dir = *nextDirectory;
        nextDirectory.reset();
        return dir;
    }
    return QFileDialog::getExistingDirectory(parent, caption, start);
}

QString DialogHooks::saveFileName(QWidget* parent, const QString& caption, const QString& start,
                                  const QString& filter) {
    if (nextSaveFileName) {
        const QString path = *nextSaveFileName;
        nextSaveFileName.reset();
        return path;
    }
    return QFileDialog::getSaveFileName(parent, caption, start, filter);
}

QMessageBox::StandardButton DialogHooks::question(QWidget* parent, const QString& title,
                                                  const QString& text,
                                                  QMessageBox::StandardButtons buttons,
                                                  QMessageBox::StandardButton defaultButton) {
    lastText = text;
    if (nextAnswer) {
        const QMessageBox::StandardButton answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void DialogHooks::warning(QWidget* parent, const QString& title, const QString& text) {
    lastText = text;
    if (suppressInformation || nextAnswer) {
        nextAnswer.reset();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void DialogHooks::about(QWidget* parent, const QString& title, const QString& text) {
    lastText = text;
    if (suppressInformation || nextAnswer) {
        nextAnswer.reset();
        return;
    }
    QMessageBox::about(parent, title, text);
}

}  // namespace countersign::ui

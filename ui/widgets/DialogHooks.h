#pragma once

#include <QMessageBox>
#include <QString>
#include <optional>

class QWidget;

namespace countersign::ui {

// Every modal the console shows goes through here, so GUI tests can answer in advance
// and never hang on a dialog (after KeePassXC's MessageBox::setNextAnswer and
// FileDialog::setNextFileName). A prepared answer is used once, then cleared.
class DialogHooks {
public:
    // The folder the next "open workspace" dialog returns (empty: the user cancelled).
    static void setNextDirectory(const QString& dir);
    // The file the next "save file" dialog returns (empty: the user cancelled).
    static void setNextSaveFileName(const QString& path);
    // The button the next message box returns without being shown.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // When set, informational boxes (About, errors) are recorded instead of shown.
    static void setSuppressInformation(bool suppress);
    static QString lastInformation();  // the text of the last box, shown or suppressed
    static void clear();

    static QString existingDirectory(QWidget* parent, const QString& caption, const QString& start);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& start,
                                const QString& filter);
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title,
                                                const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void about(QWidget* parent, const QString& title, const QString& text);
};

}  // namespace countersign::ui

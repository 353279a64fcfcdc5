#pragma once

#include <QGroupBox>

class QFormLayout;
class QLabel;

namespace countersign::ui {

// A titled group of "label: value" rows. Values are selectable text and carry object names
// ("<section>.<key>") so tests can read them.
class FormSection : public QGroupBox {
    Q_OBJECT
public:
    FormSection(const QString& objectName, const QString& title, QWidget* parent = nullptr);

    // Adds a row; `key` names the value label ("manifest.model"). Returns the value label.
    QLabel* addRow(const QString& key, const QString& label, const QString& value);
    // Adds a row with a widget as its value; an empty label lets the widget span the row.
    void addRow(const QString& label, QWidget* value);
    // Adds a full-width line of text (notes, errors).
    QLabel* addNote(const QString& key, const QString& text);

private:
    QFormLayout* m_form = nullptr;
};

}  // namespace countersign::ui

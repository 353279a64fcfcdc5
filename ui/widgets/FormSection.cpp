#include "ui/widgets/FormSection.h"

#include <QFormLayout>
#include <QLabel>

namespace countersign::ui {

FormSection::FormSection(const QString& objectName, const QString& title, QWidget* parent)
    : QGroupBox(title, parent) {
    setObjectName(objectName);
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
}

QLabel* FormSection::addRow(const QString& key, const QString& label, const QString& value) {
    auto* v = new QLabel(value);
    v->setObjectName(objectName() + QLatin1Char('.') + key);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    v->setWordWrap(true);
    v->setAccessibleName(label);
    auto* l = new QLabel(label);
    l->setBuddy(v);
    m_form->addRow(l, v);
    return v;
}

void FormSection::addRow(const QString& label, QWidget* value) {
    if (label.isEmpty())
        m_form->addRow(value);  // spans both columns
    else
        m_form->addRow(label, value);
}

QLabel* FormSection::addNote(const QString& key, const QString& text) {
    auto* v = new QLabel(text);
    v->setObjectName(objectName() + QLatin1Char('.') + key);
    v->setWordWrap(true);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_form->addRow(v);
    return v;
}

}  // namespace countersign::ui

#pragma once

#include <QWidget>

#include "gates/Verdict.h"

namespace countersign::ui {

// A compact badge: the verdict's icon, a title ("Bias") and the verdict's text or a short
// detail ("Fail 2.6 %") on the verdict's tint, so the state reads without colour. Its
// accessible name says the same in words.
class VerdictBadge : public QWidget {
    Q_OBJECT
public:
    explicit VerdictBadge(const QString& title, QWidget* parent = nullptr);

    void setVerdict(Verdict verdict, const QString& detail = {});
    Verdict verdict() const { return m_verdict; }
    QString title() const { return m_title; }
    void setTitle(const QString& title);
    // What the badge shows after the title: the detail if any, else the verdict's text.
    QString stateText() const;

    QSize sizeHint() const override;
    // Room for the title and the verdict's word; a longer detail is elided (full text in the
    // tooltip) when the badge gets less than its size hint.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    QString m_title;
    QString m_detail;
    Verdict m_verdict = Verdict::Undefined;
};

}  // namespace countersign::ui

#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include "common/Result.h"

namespace countersign {

// Fast buffered text output for the demo's large CSV files: numbers are formatted by hand
// (locale-free, identical everywhere), the buffer is written in large blocks.
class DemoTextWriter {
public:
    explicit DemoTextWriter(const QString& path);
    Status open();
    DemoTextWriter& text(const char* s);
    DemoTextWriter& text(const QByteArray& s) { return raw(s.constData(), s.size()); }
    DemoTextWriter& ch(char c);
    DemoTextWriter& integer(qint64 v);
    // v rounded to `decimals` places, always with exactly that many digits after the point.
    DemoTextWriter& fixed(double v, int decimals);
    // n / 10^decimals for an integer n (e.g. a score stored as 0..9999 with 4 decimals).
    DemoTextWriter& scaled(qint64 n, int decimals);
    Status close();

private:
    DemoTextWriter& raw(const char* data, qsizetype size);
    void flushIfFull();

    QFile m_file;
    QByteArray m_buffer;
    bool m_failed = false;
};

}  // namespace countersign

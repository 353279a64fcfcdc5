#include "demo/DemoTextWriter.h"

#include <QCoreApplication>
#include <charconv>
#include <cmath>
#include <cstring>

namespace countersign {

namespace {
constexpr qsizetype kBlock = 4 << 20;
constexpr qint64 kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
}  // namespace

DemoTextWriter::DemoTextWriter(const QString& path) : m_file(path) {
    m_buffer.reserve(kBlock + 4096);
}

Status DemoTextWriter::open() {
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::badInput(m_file.errorString(), m_file.fileName());
    return ok();
}

DemoTextWriter& DemoTextWriter::raw(const char* data, qsizetype size) {
    m_buffer.append(data, size);
    flushIfFull();
    return *this;
}

DemoTextWriter& DemoTextWriter::text(const char* s) {
    return raw(s, static_cast<qsizetype>(std::strlen(s)));
}

DemoTextWriter& DemoTextWriter::ch(char c) {
    m_buffer.append(c);
    return *this;
}

DemoTextWriter& DemoTextWriter::integer(qint64 v) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return raw(buf, r.ptr - buf);
}

DemoTextWriter& DemoTextWriter::scaled(qint64 n, int decimals) {
    if (decimals <= 0)
        return integer(n);
    if (n < 0) {
        ch('-');
        n = -n;
    }
    integer(n / kPow10[decimals]);
    ch('.');
    char buf[16];
    qint64 frac = n % kPow10[decimals];
    for (int i = decimals - 1; i >= 0; --i) {
        buf[i] = static_cast<char>('0' + frac % 10);
        frac /= 10;
    }
    return raw(buf, decimals);
}

DemoTextWriter& DemoTextWriter::fixed(double v, int decimals) {
    return scaled(std::llround(v * static_cast<double>(kPow10[decimals])), decimals);
}

void DemoTextWriter::flushIfFull() {
    if (m_buffer.size() < kBlock)
        return;
    if (!m_failed && m_file.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
}

Status DemoTextWriter::close() {
    if (!m_failed && !m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    m_file.close();
    if (m_failed || m_file.error() != QFileDevice::NoError)
        return Error::internal(
            QCoreApplication::translate("DemoTextWriter", "cannot write the file: %1")
                .arg(m_file.errorString()),
            m_file.fileName());
    return ok();
}

}  // namespace countersign

#include "metrics/CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <cstring>

#include "common/SafeFile.h"
#include "crypto/Sha256.h"

namespace countersign {

CsvReader::CsvReader(qsizetype blockSize) : m_blockSize(qMax<qsizetype>(blockSize, 16)) {}
CsvReader::~CsvReader() = default;

Status CsvReader::open(const QString& path) {
    m_name = path;
    auto file = SafeFile::open(path);
    if (!file)
        return file.error();
    return adopt(file.value());
}

Status CsvReader::openInside(const QString& root, const QString& relative) {
    auto file = SafeFile::openInside(root, relative);
    if (!file)
        return file.error();
    m_name = file->path();
    return adopt(file.value());
}

Status CsvReader::adopt(SafeFile& file) {
    m_total = file.size();
    auto device = file.toQFile();
    if (!device)
        return Error::badInput(QCoreApplication::translate("CsvReader", "cannot read the file"),
                               m_name);
    m_device = std::move(device);
    return ok();
}

void CsvReader::openBytes(const QByteArray& bytes, const QString& nameForErrors) {
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    m_total = bytes.size();
    m_name = nameForErrors;
    m_device = std::move(buffer);
}

bool CsvReader::fill() {
    if (m_eof || !m_device) {
        m_eof = true;
        return false;
    }
    // Keep the unparsed tail (the record being read) at the front.
    if (m_pos > 0) {
        const qsizetype tail = m_end - m_pos;
        if (tail > 0)
            std::memmove(m_buf.data(), m_buf.data() + m_pos, size_t(tail));
        m_consumedBefore += m_pos;
        m_end = tail;
        m_pos = 0;
    }
    if (qsizetype(m_buf.size()) - m_end < m_blockSize / 2)
        m_buf.resize(size_t(qMax<qsizetype>(m_blockSize, qsizetype(m_buf.size()) * 2)));
    const qint64 got = m_device->read(m_buf.data() + m_end, qint64(m_buf.size()) - m_end);
    if (got < 0) {
        m_error = Error::badInput(
            QCoreApplication::translate("CsvReader", "read error: %1").arg(m_device->errorString()),
            m_name);
        m_eof = true;
        return false;
    }
    if (got == 0) {
        m_eof = true;
        if (m_sha)
            m_shaHex = QString::fromLatin1(m_sha->finish().toHex());
        return false;
    }
    if (m_sha)
        m_sha->add(m_buf.data() + m_end, size_t(got));
    m_end += qsizetype(got);
    if (!m_started) {
        m_started = true;
        if (m_end >= 3 && std::memcmp(m_buf.data(), "\xEF\xBB\xBF", 3) == 0) {
            m_pos = 3;
        }
    }
    return true;
}

bool CsvReader::next() {
    m_fields.clear();
    m_malformed = false;
    if (m_error)
        return false;
    for (;;) {
        if (m_pos >= m_end) {
            if (m_eof)
                return false;
            fill();
            if (m_error)
                return false;
            continue;
        }
        const char* base = m_buf.data();
        const char* p = base + m_pos;
        const char* end = base + m_end;
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        if (!nl && !m_eof) {
            fill();
            if (m_error)
                return false;
            continue;
        }
        const char* lineEnd = nl ? nl : end;
        if (!std::memchr(p, '"', size_t(lineEnd - p))) {
            // Fast path: no quotes on this line, so fields are plain comma-separated spans.
            const char* e = lineEnd;
            if (e > p && e[-1] == '\r')
                --e;
            m_recordLine = m_line;
            if (nl)
                ++m_line;
            m_pos = (nl ? nl + 1 : end) - base;
            if (e == p)
                continue;  // blank line
            const char* s = p;
            for (;;) {
                const char* c = static_cast<const char*>(std::memchr(s, ',', size_t(e - s)));
                if (!c) {
                    m_fields.emplace_back(s, e - s);
                    break;
                }
                m_fields.emplace_back(s, c - s);
                s = c + 1;
            }
            return true;
        }
        qsizetype consumed = 0;
        bool needMore = false;
        if (parseQuoted(m_pos, consumed, needMore)) {
            m_pos += consumed;
            return true;
        }
        if (needMore) {
            fill();
            if (m_error)
                return false;
            continue;
        }
        return false;  // m_error set
    }
}

bool CsvReader::parseQuoted(qsizetype start, qsizetype& consumed, bool& needMore) {
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    // Unescaped output is never longer than the input, so size the scratch buffer once and
    // write through a pointer.
    if (qsizetype(m_scratch.size()) < m_end - start)
        m_scratch.resize(m_end - start);
    char* const out0 = m_scratch.data();
    char* out = out0;
    m_scratchBounds.clear();
    m_fields.clear();
    m_malformed = false;
    State state = State::FieldStart;
    qsizetype fieldStart = 0;
    bool lastQuoted = false;
    qint64 newlines = 0;
    const char* buf = m_buf.data();
    qsizetype i = start;
    auto endField = [&] {
        qsizetype fieldEnd = out - out0;
        if (!lastQuoted && fieldEnd > fieldStart && out0[fieldEnd - 1] == '\r')
            --fieldEnd;
        m_scratchBounds.push_back(fieldStart);
        m_scratchBounds.push_back(fieldEnd);
        fieldStart = out - out0;
        lastQuoted = false;
    };
    bool done = false;
    for (; i < m_end && !done; ++i) {
        const char c = buf[i];
        switch (state) {
            case State::FieldStart:
                if (c == '"') {
                    state = State::Quoted;
                    lastQuoted = true;
                } else if (c == ',') {
                    endField();
                } else if (c == '\n') {
                    ++newlines;
                    endField();
                    done = true;
                } else {
                    *out++ = c;
                    state = State::Unquoted;
                }
                break;
            case State::Unquoted:
                if (c == ',') {
                    endField();
                    state = State::FieldStart;
                } else if (c == '\n') {
                    ++newlines;
                    endField();
                    done = true;
                } else {
                    *out++ = c;  // a quote inside an unquoted field is kept literally
                }
                break;
            case State::Quoted:
                if (c == '"') {
                    state = State::AfterQuote;
                } else {
                    if (c == '\n')
                        ++newlines;
                    *out++ = c;
                }
                break;
            case State::AfterQuote:
                if (c == '"') {
                    *out++ = '"';
                    state = State::Quoted;
                } else if (c == ',') {
                    endField();
                    state = State::FieldStart;
                } else if (c == '\n') {
                    ++newlines;
                    endField();
                    done = true;
                } else if (c == '\r') {
                    // CR before the LF that ends the record
                } else {
                    m_malformed = true;
                    *out++ = c;
                    state = State::Unquoted;
                    lastQuoted = false;
                }
                break;
        }
    }
    if (!done) {
        if (!m_eof) {
            needMore = true;
            return false;
        }
        if (state == State::Quoted) {
            m_error = Error::badInput(
                QCoreApplication::translate("CsvReader",
                                            "quoted field not closed before the end of the file"),
                m_name, QStringLiteral("line %1").arg(m_line));
            m_pos = m_end;
            return false;
        }
        endField();
    }
    consumed = i - start;
    m_recordLine = m_line;
    m_line += newlines;
    for (size_t k = 0; k + 1 < m_scratchBounds.size(); k += 2)
        m_fields.emplace_back(out0 + m_scratchBounds[k],
                              m_scratchBounds[k + 1] - m_scratchBounds[k]);
    return true;
}

void CsvReader::setComputeSha256(bool on) {
    if (on && !m_sha)
        m_sha = std::make_unique<Sha256>();
    if (!on)
        m_sha.reset();
}

QString CsvReader::sha256Hex() const {
    return m_shaHex;
}

QStringList CsvReader::fieldsAsStrings() const {
    QStringList out;
    out.reserve(fieldCount());
    for (const QByteArrayView& f : m_fields) out.append(QString::fromUtf8(f));
    return out;
}

Result<QStringList> CsvReader::header() const {
    const QStringList names = fieldsAsStrings();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const qsizetype first = names.indexOf(names.at(i));
        if (first != i)
            return Error::badInput(
                QCoreApplication::translate(
                    "CsvReader", "the column name \"%1\" is given twice (columns %2 and %3)")
                    .arg(names.at(i))
                    .arg(first + 1)
                    .arg(i + 1),
                m_name, QStringLiteral("line %1").arg(m_recordLine));
    }
    return names;
}

}  // namespace countersign

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

#include "common/Result.h"

class QIODevice;

namespace countersign {
class SafeFile;
}

namespace countersign {
class Sha256;
}

namespace countersign {

// A streaming RFC 4180 reader over bytes: quoted fields, embedded commas and line breaks,
// doubled quotes, CRLF or LF line ends, an optional UTF-8 byte order mark. It reads large
// blocks and hands out fields as byte views into its buffer (no per-field allocation on the
// hot path); a view stays valid until the next call to next().
//
//   CsvReader csv;
//   if (Status s = csv.open(path); !s) return s.error();
//   while (csv.next()) { QByteArrayView v = csv.field(2); ... csv.line(); }
//   if (csv.error()) return *csv.error();
//
// Blank lines are skipped. A record whose quoting is malformed (text after a closing quote)
// is still returned, with malformed() set, so callers can count it as a bad row.
class CsvReader {
public:
    explicit CsvReader(qsizetype blockSize = 4 << 20);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Opens through SafeFile: a symbolic link, FIFO or device is refused by name.
    Status open(const QString& path);
    // A file of a bundle: `relative` under `root`, never leaving it (SafeFile::openInside).
    Status openInside(const QString& root, const QString& relative);
    void openBytes(const QByteArray& bytes, const QString& nameForErrors = {});

    // Advances to the next record; false at the end or on an error (see error()).
    bool next();

    qsizetype fieldCount() const { return qsizetype(m_fields.size()); }
    QByteArrayView field(qsizetype i) const { return m_fields[size_t(i)]; }
    // The line (1-based) where the current record starts.
    qint64 line() const { return m_recordLine; }
    bool malformed() const { return m_malformed; }

    // Reading problems: an unterminated quoted field at the end, an I/O error.
    const std::optional<Error>& error() const { return m_error; }

    qint64 bytesConsumed() const { return m_consumedBefore + qint64(m_pos); }
    qint64 totalBytes() const { return m_total; }
    const QString& fileName() const { return m_name; }

    // Hashes every byte read (evidence of exactly what was parsed); call before next().
    void setComputeSha256(bool on);
    // SHA-256 (hex) of the bytes read so far: of the whole file once next() returned false.
    QString sha256Hex() const;

    // The current record's fields as strings (UTF-8), e.g. for a header.
    QStringList fieldsAsStrings() const;
    // The current record read as a header: a column name given twice is an error naming the
    // file, the line and both columns (columns are found by name, so one would be ignored).
    Result<QStringList> header() const;

private:
    Status adopt(SafeFile& file);
    bool fill();  // reads more bytes after the current record start; false at the end
    bool parseQuoted(qsizetype start, qsizetype& consumed, bool& needMore);

    std::unique_ptr<QIODevice> m_device;
    QString m_name;
    std::vector<char> m_buf;
    qsizetype m_blockSize;
    qsizetype m_pos = 0;  // start of unparsed data
    qsizetype m_end = 0;  // end of valid data
    bool m_eof = false;
    bool m_started = false;
    qint64 m_consumedBefore = 0;
    qint64 m_total = 0;
    qint64 m_line = 1;  // line of m_pos
    qint64 m_recordLine = 0;
    bool m_malformed = false;
    std::vector<QByteArrayView> m_fields;
    std::vector<qsizetype> m_scratchBounds;
    std::vector<char> m_scratch;
    std::optional<Error> m_error;
    std::unique_ptr<Sha256> m_sha;
    QString m_shaHex;
};

}  // namespace countersign

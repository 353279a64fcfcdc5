#pragma once

#include <QByteArray>
#include <QString>

#include "common/Result.h"
#include "scans/ScanReport.h"

namespace countersign {

// Reads any supported scanner report, recognising the format from the content (never the
// file name). An empty file, text before the JSON, truncated JSON, a scanner's error object
// ({"error": …} as npm writes it) or JSON no scanner writes is an error naming the file and
// the reason, never an empty (passing) report.
class ScanParser {
public:
    static constexpr qint64 maxReportBytes = 1ll << 30;  // 1 GiB

    // A report named by the operator (scans parse): opened with SafeFile::open.
    static Result<ScanReport> read(const QString& path);
    // A report of a bundle (root/scans/…): opened with SafeFile::openInside.
    static Result<ScanReport> readInside(const QString& root, const QString& relative);
    static Result<ScanReport> parse(const QByteArray& bytes, const QString& pathForErrors);
};

}  // namespace countersign

#include "ui/risk/CsvRowCounter.h"

#include <QCoreApplication>
#include <QFile>

#include "common/SafeFile.h"

namespace countersign::ui {

CsvRowCounter::CsvRowCounter(QObject* parent)
    : QObject(parent), m_counts(this, [this](const Counts& counts) {
          for (const auto& [path, shape] : counts)
              emit counted(path, shape.rows, shape.columns, shape.error);
      }) {}

void CsvRowCounter::cancel() {
    m_counts.cancel();
}

void CsvRowCounter::start(const QStringList& paths) {
    m_counts.start([paths](const Background<Counts>::Token& token) {
        Counts counts;
        for (const QString& path : paths) counts.append({path, count(path, token.cancelFlag())});
        return counts;
    });
}

CsvRowCounter::Shape CsvRowCounter::count(const QString& path, const std::atomic_bool* cancelled) {
    Shape shape;
    auto opened = SafeFile::open(path);
    if (!opened) {
        shape.error = opened.error().message;
        return shape;
    }
    const std::unique_ptr<QFile> qfile = opened->toQFile();
    QFile& file = *qfile;
    const QByteArray header = file.readLine();
    if (header.isEmpty()) {
        shape.error = QCoreApplication::translate("CsvRowCounter", "empty file");
        return shape;
    }
    shape.columns = static_cast<int>(header.count(',')) + 1;
    qint64 rows = 0;
    bool lastEndedLine = true;
    QByteArray block(1 << 20, Qt::Uninitialized);
    while (true) {
        if (cancelled && cancelled->load())
            return {};
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0) {
            shape.error = file.errorString();
            return shape;
        }
        if (n == 0)
            break;
        const QByteArrayView view(block.constData(), n);
        rows += view.count('\n');
        lastEndedLine = view.back() == '\n';
    }
    if (!lastEndedLine)
        ++rows;  // a last row without a newline
    shape.rows = rows;
    return shape;
}

}  // namespace countersign::ui

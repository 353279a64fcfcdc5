#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <utility>

#include "ui/async/Background.h"

namespace countersign::ui {

// Counts the data rows (lines after the header) and header columns of CSV files on a pool
// thread, so the panes stay responsive on the benchmark's 10-million-row files. A new start()
// or the counter's destruction cancels earlier counts; their results are dropped.
class CsvRowCounter : public QObject {
    Q_OBJECT
public:
    struct Shape {
        qint64 rows = -1;  // -1 when it could not be read
        int columns = 0;
        QString error;
    };

    explicit CsvRowCounter(QObject* parent = nullptr);

    // Counts every file in one request; `counted` is emitted for each when all are done.
    void start(const QStringList& paths);
    void cancel();
    // The counting itself (also used by tests); stops early when *cancelled becomes true. The
    // file is opened as every file Countersign reads (SafeFile: no link, no FIFO waited on).
    static Shape count(const QString& path, const std::atomic_bool* cancelled = nullptr);

signals:
    void counted(const QString& path, qint64 rows, int columns, const QString& error);

private:
    using Counts = QList<std::pair<QString, Shape>>;
    Background<Counts> m_counts;
};

}  // namespace countersign::ui

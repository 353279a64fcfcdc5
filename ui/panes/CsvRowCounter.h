#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

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
    ~CsvRowCounter() override;

    void start(const QString& path);
    void cancel();
    // The counting itself (also used by tests); stops early when *cancelled becomes true.
    static Shape count(const QString& path, const std::atomic_bool* cancelled = nullptr);

signals:
    void counted(const QString& path, qint64 rows, int columns, const QString& error);

private:
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

}  // namespace countersign::ui

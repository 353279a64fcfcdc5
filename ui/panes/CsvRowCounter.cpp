#include "panes/CsvRowCounter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace countersign::ui {

CsvRowCounter::CsvRowCounter(QObject* parent)
    : QObject(parent), m_cancelled(std::make_shared<std::atomic_bool>(false)) {}

CsvRowCounter::~CsvRowCounter() {
    cancel();
}

void CsvRowCounter::cancel() {
    m_cancelled->store(true);
    m_cancelled = std::make_shared<std::atomic_bool>(false);
}

void CsvRowCounter::start(const QString& path) {
    std::shared_ptr<std::atomic_bool> flag = m_cancelled;
    auto* watcher = new QFutureWatcher<Shape>(this);
    connect(watcher, &QFutureWatcher<Shape>::finished, this, [this, watcher, flag, path] {
        watcher->deleteLater();
        if (flag->load())
            return;
        const Shape s = watcher->result();
        emit counted(path, s.rows, s.columns, s.error);
    });
    watcher->setFuture(QtConcurrent::run([path, flag] { return count(path, flag.get()); }));
}

CsvRowCounter::Shape CsvRowCounter::count(const QString& path, const std::atomic_bool* cancelled) {
    Shape shape;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        shape.error = file.exists()
                          ? file.errorString()
                          : QCoreApplication::translate("CsvRowCounter", "file not found");
        return shape;
    }
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

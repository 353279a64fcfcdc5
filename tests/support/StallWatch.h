#pragma once

// Measures how long the GUI thread goes without serving its event loop while a test drives the
// console: a precise timer asks to run every 2 ms; the longest gap between two of its ticks is
// the worst stall, named by the step the test marked last. Time the test itself spends between
// steps (making data, waiting on a QTRY) counts too, so a test calls resume() after its own set-up.
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <algorithm>

namespace countersign::test {

class StallWatch : public QObject {
public:
    struct Stall {
        qint64 ms = 0;
        QString during;
    };

    StallWatch() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start() {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    // The step the GUI thread is about to take (named in the report of a stall in it).
    void mark(const QString& step) {
        tick();
        m_step = step;
    }
    // Forget the time since the last tick: the test's own work, not the console's.
    void resume() { m_last = m_clock.elapsed(); }
    const Stall& worst() const { return m_worst; }
    // Every stall of at least `threshold` ms, one line each, longest first.
    QString report(qint64 threshold) const {
        QList<Stall> list;
        for (const Stall& s : m_all)
            if (s.ms >= threshold)
                list << s;
        std::sort(list.begin(), list.end(),
                  [](const Stall& a, const Stall& b) { return a.ms > b.ms; });
        QStringList lines;
        for (const Stall& s : list)
            lines << QStringLiteral("%1 ms during: %2").arg(s.ms).arg(s.during);
        return lines.join(QLatin1Char('\n'));
    }

private:
    void tick() {
        if (!m_clock.isValid())
            return;
        const qint64 now = m_clock.elapsed();
        const qint64 gap = now - m_last;
        m_last = now;
        if (gap >= 10)
            m_all.append({gap, m_step});
        if (gap > m_worst.ms)
            m_worst = {gap, m_step};
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QString m_step = QStringLiteral("(start)");
    Stall m_worst;
    QList<Stall> m_all;
};

}  // namespace countersign::test

#pragma once

#include <QDateTime>

namespace countersign {

// Time is injected so calendars, windows and deadlines can be tested at chosen instants.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;  // always UTC
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    static const SystemClock& instance();
};

// A clock that stays where it is set: tests, and the CLI's --now for reproducible runs.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at) : m_at(at.toUTC()) {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = at.toUTC(); }
    void advance(qint64 seconds) { m_at = m_at.addSecs(seconds); }

private:
    QDateTime m_at;
};

// The system clock moved to start at a chosen instant and running on from there: the console's
// --clock option, so the demo workspace can be walked through inside its change window.
class ShiftedClock final : public Clock {
public:
    explicit ShiftedClock(const QDateTime& startAt)
        : m_offsetMs(QDateTime::currentDateTimeUtc().msecsTo(startAt.toUTC())) {}
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs); }

private:
    qint64 m_offsetMs;
};

}  // namespace countersign

#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

/**
 * The one clock every time-dependent feature asks (now line, Now & Next, default day, Catch up,
 * reminders, periodic sync). It can be set to any instant, from which it keeps running, so that a
 * past conference can be tried as if it were today (`--now`, LANYARD_NOW) and tests can drive it.
 */
class Clock : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QDateTime now READ now NOTIFY minuteChanged)
public:
    explicit Clock(QObject *parent = nullptr);

    /** The current instant in UTC. */
    QDateTime now() const;
    /** From now on, time runs from `instant`. */
    void setNow(const QDateTime &instant);
    /** Stops the clock at `instant` (tests): now() returns it until set again. */
    void freezeAt(const QDateTime &instant);
    bool isFrozen() const { return m_frozen.isValid(); }
    /** Moves the clock on by `seconds`, as if time had passed; emits minuteChanged when a minute turns. */
    void advance(qint64 seconds);

    /** Parses --now / LANYARD_NOW: ISO 8601 with offset or Z. Invalid when not parsable. */
    static QDateTime parseInstant(const QString &text);

Q_SIGNALS:
    /** Emitted when the wall-clock minute turns (and whenever the clock is set). */
    void minuteChanged();

private:
    void scheduleNextTick();

    qint64 m_offsetMs = 0;
    QDateTime m_frozen;
    QTimer m_timer;
};

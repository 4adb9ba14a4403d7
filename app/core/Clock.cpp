#include "Clock.h"

#include "TimeRules.h"

Clock::Clock(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        Q_EMIT minuteChanged();
        scheduleNextTick();
    });
    scheduleNextTick();
}

QDateTime Clock::now() const
{
    if (m_frozen.isValid())
        return m_frozen;
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
}

void Clock::setNow(const QDateTime &instant)
{
    m_frozen = {};
    m_offsetMs = QDateTime::currentDateTimeUtc().msecsTo(instant);
    scheduleNextTick();
    Q_EMIT minuteChanged();
}

void Clock::freezeAt(const QDateTime &instant)
{
    m_frozen = instant.toUTC();
    m_timer.stop();
    Q_EMIT minuteChanged();
}

void Clock::advance(qint64 seconds)
{
    const QDateTime before = now();
    if (m_frozen.isValid())
        m_frozen = m_frozen.addSecs(seconds);
    else
        m_offsetMs += seconds * 1000;
    if (before.toSecsSinceEpoch() / 60 != now().toSecsSinceEpoch() / 60)
        Q_EMIT minuteChanged();
    if (!m_frozen.isValid())
        scheduleNextTick();
}

void Clock::scheduleNextTick()
{
    const qint64 ms = now().toMSecsSinceEpoch();
    const qint64 untilNextMinute = 60000 - (ms % 60000);
    m_timer.start(int(untilNextMinute) + 50);
}

QDateTime Clock::parseInstant(const QString &text)
{
    const auto instant = TimeRules::parseInstant(text);
    return instant ? *instant : QDateTime();
}

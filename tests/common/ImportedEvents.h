#pragma once

// What the importer tests of every format share: import bytes as a named file, find an event by
// title (and start), write an instant in the conference's zone, and pin a whole event.

#include "core/TimeRules.h"
#include "feeds/FeedImporter.h"

#include <QTest>

namespace ImportedEvents
{
inline ImportResult importBytes(const QByteArray &bytes, const QString &name, const QString &timeZone = {})
{
    ImportOptions options;
    options.sourceName = name;
    options.timeZone = timeZone;
    return FeedImporter::import(bytes, options);
}

/** The event of that title (and start, "2026-01-31T09:30:00+01:00", when given), or null. */
inline const Event *findEvent(const Schedule &schedule, const QString &title, const QString &startIso = {})
{
    const QTimeZone zone = schedule.conference.timeZone();
    for (const Event &event : schedule.events) {
        if (event.title == title && (startIso.isEmpty() || TimeRules::isoWithOffset(event.start, zone) == startIso))
            return &event;
    }
    return nullptr;
}

inline QString iso(const Schedule &schedule, const QDateTime &instant)
{
    return TimeRules::isoWithOffset(instant, schedule.conference.timeZone());
}
} // namespace ImportedEvents

/** Pins an event's start, end, day, room and speakers ("A, B"), in the conference's zone. */
#define COMPARE_EVENT(schedule, event, startIso, endIso, dayIso, roomName, speakers)                                                       \
    do {                                                                                                                                   \
        QVERIFY2(event, "event not found");                                                                                                \
        QCOMPARE(ImportedEvents::iso(schedule, (event)->start), QStringLiteral(startIso));                                                 \
        QCOMPARE(ImportedEvents::iso(schedule, (event)->end), QStringLiteral(endIso));                                                     \
        QCOMPARE((event)->day, QDate::fromString(QStringLiteral(dayIso), Qt::ISODate));                                                    \
        QCOMPARE((event)->room, QStringLiteral(roomName));                                                                                 \
        QCOMPARE((event)->speakerNames().join(u", "_s), QStringLiteral(speakers));                                                         \
    } while (false)

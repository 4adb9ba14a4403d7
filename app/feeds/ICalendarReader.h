#pragma once

#include "ImportContext.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

/**
 * iCalendar (RFC 5545) as a programme: each VEVENT is an event, LOCATION its room, the calendar's
 * X-WR-CALNAME its title and X-WR-TIMEZONE its zone.
 *
 * Hand-written rather than a library, for the ways real calendars bend the RFC: folded lines are
 * unfolded as bytes before UTF-8 decoding (a fold may split a character), line ends may be CR LF,
 * LF, CR or CR CR LF; a TZID without a VTIMEZONE block names an IANA zone (also behind prefixes
 * such as "/mozilla.org/20050126_1/"), Windows zone names are mapped, commas may be escaped or
 * not; vCalendar 1.0 parameters (bare "QUOTED-PRINTABLE", CHARSET=, the calendar's TZ offset)
 * are understood. Speakers come from ATTENDEE;CN=..., or, where that is all there is, from a
 * "Speaker: ..." line at the top of the DESCRIPTION, which is then taken out of the abstract.
 */
class ICalendarReader
{
public:
    explicit ICalendarReader(ImportContext &context);

    /** Reads the whole calendar into the context's schedule; an error means nothing usable. */
    std::optional<ImportError> read(const QByteArray &bytes);

    /** Property values as RFC 5545 escapes them: \\n, \\, \\; and \\\\ (unknown escapes keep the character). */
    static QString unescapeText(QStringView value);
    /** The speaker names of a "Speaker: A, B" line (also "Speakers:", "Presenter:", "By:", "von:"); empty when it is none. */
    static QStringList speakerLine(QStringView line);

    /** Hostile input is refused, not worked through: components nested deeper, or longer properties. */
    static constexpr int maxNesting = 16;
    static constexpr qsizetype maxLineLength = FeedImporter::maxTextLength;

private:
    struct Parameter
    {
        QString name;
        QString value;
    };
    struct Property
    {
        QString name;
        QList<Parameter> parameters;
        QString value;
        FeedLocation where;
        QString parameter(QStringView name) const;
    };
    struct PendingEvent
    {
        QList<Property> properties;
        FeedLocation where;
    };
    struct TimeZoneBlock
    {
        QString location; // X-LIC-LOCATION
        bool hasDaylight = false;
        std::optional<int> standardOffset;
    };
    /** A DTSTART or DTEND as written: a UTC, zoned or floating date-time, or a date. */
    struct CalendarTime
    {
        QDate date;
        QTime time; // invalid for an all-day date
        bool utc = false;
        QString tzid;
    };

    std::optional<ImportError> parseLines(const QByteArray &bytes);
    std::optional<ImportError> buildEvents();
    /** Indico: the VEVENT of the whole event names the conference and leaves the talks. */
    void takeIndicoEvent(Schedule &schedule);
    std::optional<CalendarTime> parseTime(const Property &property) const;
    /** The zone of a TZID; an invalid zone when it cannot be resolved. */
    QTimeZone zoneFor(const QString &tzid);
    QDateTime toInstant(const CalendarTime &time, const FeedLocation &where, std::optional<ImportError> &error);

    ImportContext &m_context;
    QList<PendingEvent> m_events;
    QHash<QString, TimeZoneBlock> m_timeZoneBlocks;
    QHash<QString, QTimeZone> m_tzidZones;
    QString m_calendarName;
    QString m_calendarDescription;
    QString m_calendarZone;
    std::optional<int> m_vcalendarOffset;
    FeedLocation m_calendarWhere;
};

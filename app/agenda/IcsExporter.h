#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class Agenda;
struct AgendaItem;

/**
 * The agenda as an iCalendar file (RFC 5545) that calendar programs import: one VEVENT per item
 * with a UID that is the same on every export (a re-import updates instead of duplicating),
 * DTSTART/DTEND in UTC, DTSTAMP, SUMMARY, LOCATION (room and venue; a trip's place), GEO (a
 * trip's place, "lat;lon"), DESCRIPTION (speakers, who goes on a trip, recordings, the user's
 * note), URL (a trip's OpenStreetMap link), CATEGORIES (track), PRIORITY (1 must see, 5 maybe),
 * STATUS (CANCELLED for events gone from the programme). Lines end in CRLF and are folded at 75
 * octets, never inside a UTF-8 character.
 */
namespace IcsExporter
{
struct Options
{
    /** DTSTAMP: when the file was made (UTC). */
    QDateTime stamp;
    /** X-WR-CALNAME; empty for none. */
    QString calendarName;
};

/** What a calendar object on a CalDAV server needs beyond the file export. */
struct ObjectOptions
{
    /** METHOD:PUBLISH, for a file; a CalDAV calendar object must not have it (RFC 4791 4.1). */
    bool publishMethod = true;
    /** More properties of an item's VEVENT (content lines without line end; folded here). */
    std::function<QList<QByteArray>(const AgendaItem &item)> extraProperties;
};

QByteArray exportAgenda(const Agenda &agenda, const Options &options);
QByteArray exportAgenda(const Agenda &agenda, const Options &options, const ObjectOptions &object);

/** "<event id>@lanyard", "trip-<hex>@lanyard": derived from stable ids only. */
QString uidFor(const AgendaItem &item);
/** The event id in a UID this exporter wrote, or empty. */
QString eventIdFromUid(const QString &uid);
/** TEXT value escaping: backslash, semicolon, comma and newline; other control characters dropped. */
QString escapeText(const QString &text);
/** One content line (no line end) as UTF-8, folded at 75 octets, with CRLF after every physical line. */
QByteArray foldLine(const QByteArray &line);
/** "20130706T000000Z". */
QByteArray utcStamp(const QDateTime &instant);
} // namespace IcsExporter

#pragma once

#include "core/Conference.h"
#include "core/Event.h"
#include "store/UserDataStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

class ScheduleStore;

/** What importing bookmarks from a calendar did (or, with `error` set, why it did nothing). */
struct BookmarkImportReport
{
    QString error;
    /** Calendar entries read from the file. */
    int entries = 0;
    /** Entries that matched an event and were bookmarked now. */
    int bookmarked = 0;
    /** Entries whose event was already bookmarked (left as it was). */
    int alreadyBookmarked = 0;
    /** "Title (start)" of each entry no event matched: reported, never silently dropped. */
    QStringList unmatched;

    bool ok() const { return error.isEmpty(); }
    QString summary() const;
};

/**
 * Bookmarks from an .ics file another app exported (or Lanyard's own export): each VEVENT is
 * matched to an event in the database by its UID (Lanyard's own UIDs, the feed's guid, or the
 * feed's event id), else by its URL, else by its title plus start instant. The file is read with
 * FeedImporter, the same reader that imports iCalendar programmes, so every calendar quirk it
 * handles (folding, zones, line ends) is handled here too. New bookmarks are must-sees.
 */
namespace IcsBookmarkImport
{
/** Finds events for calendar entries; built once over the events that may match. */
class Matcher
{
public:
    explicit Matcher(const QList<Event> &events);
    /** The id of the event an entry (as the importer read it) stands for, or empty. */
    QString match(const Event &entry) const;

    static QString normalizedUrl(const QString &url);
    /** A title as matching compares it: spaces simplified, without case and accents ("Zoë" is "zoe"). */
    static QString normalizedTitle(const QString &title);

private:
    QHash<QString, QString> m_byUid;
    QHash<QString, QString> m_byUrl;
    QHash<QString, QString> m_byTitleStart;
    QHash<QString, QString> m_conferenceOf;
};

/** A calendar's entries as FeedImporter read them, or why it could not be read. */
struct Entries
{
    QString error;
    QList<Event> events;
    bool ok() const { return error.isEmpty(); }
};

/**
 * Reads an .ics file's entries. Zone-less ("floating") times are read in the zone of the
 * conferences given when they all share one. Bytes that are not iCalendar are refused.
 */
Entries readEntries(const QByteArray &bytes, const QString &sourceName, const QList<Conference> &conferences);

/**
 * Reads the whole calendar, then bookmarks every matched event in one transaction; a file that
 * cannot be read changes nothing. `conferenceId` limits matching to one conference (empty: all).
 * Zone-less ("floating") times are read in that conference's zone (or the only conference's).
 */
BookmarkImportReport import(const QByteArray &bytes, const QString &sourceName, const ScheduleStore &schedule, UserDataStore &userData,
                            const QString &conferenceId, const QDateTime &now);
} // namespace IcsBookmarkImport

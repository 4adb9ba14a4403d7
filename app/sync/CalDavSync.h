#pragma once

#include "CalDavClient.h"
#include "CalDavObject.h"
#include "store/CalendarSyncStore.h"

#include <QHash>
#include <QSet>

#include <functional>

class PlaceStore;
class ScheduleStore;
class TripStore;
class UserDataStore;

/** What one calendar sync did. */
struct CalDavSyncReport
{
    bool ok = false;
    /** Names the server and the HTTP status or network error. */
    QString error;
    int httpStatus = 0;
    /** Objects read from the server and merged in. */
    int pulled = 0;
    /** Objects written to the server (new or changed). */
    int pushed = 0;
    /** Objects deleted on the server (bookmark or trip removed here). */
    int deleted = 0;
    /** Bookmarks and trips removed here because the server's copy was deleted. */
    int removedLocally = 0;
    /** What changed here or lost against a later change ("What changed"). */
    QList<CalendarSyncNote> notes;
};

/**
 * One two-way sync of the agenda with the connected collection: read what changed on the server
 * (RFC 6578 sync-collection, or a PROPFIND of every ETag where the server lacks it), merge it in
 * field by field by change time, then write what changed here (PUT with If-None-Match: * or
 * If-Match) and delete what is gone here (DELETE with If-Match). A 412 means the server's copy
 * changed meanwhile: it is read and merged, and the write is tried again (three times at most).
 * Local data is only ever changed by a merge; a failure stops the sync and loses nothing, and a
 * sync stopped anywhere (even killed) converges at the next one.
 */
class CalDavSync
{
public:
    struct Stores
    {
        ScheduleStore &schedule;
        UserDataStore &userData;
        TripStore *trips = nullptr;
        PlaceStore *places = nullptr;
        CalendarSyncStore &state;
    };

    CalDavSync(CalDavClient &client, const Stores &stores, std::function<QDateTime()> now);

    CalDavSyncReport run();

private:
    struct LocalItem
    {
        QString uid;
        QString kind;
        QString localId;
        QString title;
        QByteArray object;
        QString fingerprint;
    };
    struct Listing
    {
        /** href -> etag of members new or changed since the last sync. */
        QHash<QString, QString> changed;
        QSet<QString> removed;
        QString syncToken;
    };

    bool list(const CalendarAccount &account, Listing *listing);
    bool pull(const QString &href, const QString &listedEtag);
    /** Three-way: `base` is what both sides last agreed on (none when this side never saw the item). */
    bool merge(const CalDavEntry &entry, const std::optional<CalDavEntry> &base);
    bool mergeEvent(const CalDavEntry &entry, const std::optional<CalDavEntry> &base);
    bool mergeTrip(const CalDavEntry &entry, const std::optional<CalDavEntry> &base);
    std::optional<CalDavEntry> baseOf(const QString &uid) const;
    /** A copy: the callers go on to change m_items. */
    std::optional<CalendarItemState> itemAt(const QString &href) const;
    bool removedOnServer(const CalendarItemState &state);
    bool push(const LocalItem &first);
    bool removeFromServer(const CalendarItemState &first);
    QHash<QString, LocalItem> localItems() const;
    /** UIDs the server must keep: the agenda's, bookmarks of events not here, every trip. */
    QSet<QString> keptUids() const;
    QUrl urlOf(const QString &href) const;
    QString hrefFor(const QString &uid) const;
    bool failWith(const CalDavResponse &response, const QString &what);
    bool failWith(const QString &message);
    QString eventTitle(const QString &eventId, const QString &fallback) const;

    CalDavClient &m_client;
    Stores m_stores;
    std::function<QDateTime()> m_now;
    QUrl m_collection;
    QHash<QString, CalendarItemState> m_items; // by uid
    CalDavSyncReport m_report;
};

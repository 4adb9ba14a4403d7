#include "CalDavSync.h"

#include "agenda/Agenda.h"
#include "agenda/IcsExporter.h"
#include "agenda/TripPlanning.h"
#include "store/ScheduleStore.h"
#include "store/TripStore.h"
#include "store/UserDataStore.h"

#include "core/TestStopPoint.h"

// Named points where a crash-safety test stops the program (LANYARD_TEST_STOP_AT).
#define LANYARD_TEST_STOP(point) TestStop::at(point)

using namespace Qt::Literals::StringLiterals;

namespace
{
constexpr int kMaxAttempts = 3;

/** A server's href as the sync compares it: the path, percent-decoded. */
QString hrefKey(const QUrl &base, const QString &href)
{
    return QUrl::fromPercentEncoding(base.resolved(QUrl(href)).path(QUrl::FullyEncoded).toUtf8());
}

QString uidForEvent(const QString &eventId)
{
    AgendaItem item;
    item.id = eventId;
    return IcsExporter::uidFor(item);
}

QString uidForTrip(const QString &tripId)
{
    AgendaItem item;
    item.kind = AgendaItem::Kind::Trip;
    item.id = tripId;
    return IcsExporter::uidFor(item);
}

EventFieldTimes localTimes(const EventUserData &data)
{
    return {data.priorityChangedAt, data.noteChangedAt, data.ratingChangedAt, data.watchedChangedAt, data.dismissedChangedAt};
}

QString fieldName(UserDataField field)
{
    switch (field) {
    case UserDataField::Priority:
        return u"priority"_s;
    case UserDataField::Note:
        return u"note"_s;
    case UserDataField::Rating:
        return u"rating"_s;
    case UserDataField::Watched:
        return u"watched"_s;
    case UserDataField::Dismissed:
        return u"dismissed"_s;
    }
    return {};
}

/** A field's value as UserDataStore names it in an override, to compare with the last agreed one. */
bool sameField(UserDataField field, const EventUserData &a, const EventUserData &b)
{
    switch (field) {
    case UserDataField::Priority:
        return a.priority == b.priority;
    case UserDataField::Note:
        return a.note == b.note;
    case UserDataField::Rating:
        return a.rating == b.rating;
    case UserDataField::Watched:
        return a.isWatched() == b.isWatched();
    case UserDataField::Dismissed:
        return a.dismissedAt.isValid() == b.dismissedAt.isValid();
    }
    return false;
}

} // namespace

CalDavSync::CalDavSync(CalDavClient &client, const Stores &stores, std::function<QDateTime()> now)
    : m_client(client)
    , m_stores(stores)
    , m_now(std::move(now))
{
}

bool CalDavSync::failWith(const CalDavResponse &response, const QString &what)
{
    m_report.httpStatus = response.status;
    return failWith(CalDavClient::describeFailure(response, what));
}

bool CalDavSync::failWith(const QString &message)
{
    if (m_report.error.isEmpty())
        m_report.error = message;
    return false;
}

QUrl CalDavSync::urlOf(const QString &href) const
{
    QUrl url = m_collection;
    url.setPath(href, QUrl::DecodedMode);
    return url;
}

QString CalDavSync::hrefFor(const QString &uid) const
{
    QString name;
    for (const QChar c : uid)
        name += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' || c == u'.' ? c : u'_';
    return hrefKey(m_collection, QString()) + name + u".ics"_s;
}

QString CalDavSync::eventTitle(const QString &eventId, const QString &fallback) const
{
    if (const auto event = m_stores.schedule.event(eventId))
        return event->title;
    return fallback.isEmpty() ? eventId : fallback;
}

CalDavSyncReport CalDavSync::run()
{
    m_report = {};
    QString error;
    const auto account = m_stores.state.account(&error);
    if (!account) {
        failWith(error.isEmpty() ? u"not connected to a calendar (lanyard calendar connect URL --user NAME)"_s : error);
        return m_report;
    }
    m_collection = QUrl(account->collectionUrl);
    for (const CalendarItemState &item : m_stores.state.items())
        m_items.insert(item.uid, item);

    Listing listing;
    bool ok = list(*account, &listing);
    LANYARD_TEST_STOP("caldav-listed");
    // 1. What the server changed.
    for (auto it = listing.changed.cbegin(); ok && it != listing.changed.cend(); ++it)
        ok = pull(it.key(), it.value());
    for (const QString &href : std::as_const(listing.removed)) {
        if (!ok)
            break;
        if (const auto state = itemAt(href))
            ok = removedOnServer(*state);
    }
    // 2. What changed here.
    if (ok) {
        const QHash<QString, LocalItem> local = localItems();
        for (const LocalItem &item : local) {
            const auto known = m_items.constFind(item.uid);
            if (known == m_items.constEnd() || known->fingerprint != item.fingerprint) {
                if (!(ok = push(item)))
                    break;
            }
        }
    }
    if (ok) {
        const QSet<QString> kept = keptUids();
        const QList<CalendarItemState> known = m_items.values();
        for (const CalendarItemState &state : known) {
            if (!kept.contains(state.uid) && !(ok = removeFromServer(state)))
                break;
        }
    }
    m_report.ok = ok;
    if (!m_stores.state.recordAttempt(m_now(), m_report.error, listing.syncToken, ok, &error) && ok) {
        m_report.ok = false;
        m_report.error = error;
    }
    if (!m_report.notes.isEmpty() || ok)
        m_stores.state.replaceNotes(m_report.notes);
    return m_report;
}

bool CalDavSync::list(const CalendarAccount &account, Listing *listing)
{
    const auto fromMultiStatus = [this](const CalDavResponse &response, DavMultiStatus *out) {
        QString error;
        const auto parsed = CalDavXml::parse(response.body, &error);
        if (!parsed)
            return failWith(u"%1: %2"_s.arg(response.source(), error));
        *out = *parsed;
        return true;
    };
    const QString collectionKey = hrefKey(m_collection, QString());
    // RFC 6578 where the server has it: only what changed since the token.
    const auto syncCollection = [&](const QString &token) {
        const QString body =
            uR"(<?xml version="1.0" encoding="utf-8"?><d:sync-collection xmlns:d="DAV:"><d:sync-token>%1</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>)"_s
                .arg(CalDavXml::escape(token));
        return m_client.send("REPORT", m_collection, body.toUtf8(), {{"Depth", "0"}, {"Content-Type", "application/xml; charset=utf-8"}});
    };
    CalDavResponse response = syncCollection(account.syncToken);
    if (response.status != 207 && !account.syncToken.isEmpty() && response.error.isEmpty() && response.status != 401
        && response.status != 404) {
        // The token expired (403/409 valid-sync-token): start again from nothing.
        response = syncCollection(QString());
    }
    if (response.status == 207) {
        DavMultiStatus multistatus;
        if (!fromMultiStatus(response, &multistatus))
            return false;
        listing->syncToken = multistatus.syncToken;
        const bool full = account.syncToken.isEmpty() || multistatus.syncToken.isEmpty();
        QSet<QString> present;
        for (const DavResponse &member : std::as_const(multistatus.responses)) {
            const QString href = hrefKey(m_collection, member.href);
            if (href == collectionKey)
                continue;
            if (member.status == 404) {
                listing->removed.insert(href);
                continue;
            }
            present.insert(href);
            const QString etag = member.text(CalDavXml::key(CalDavXml::dav, u"getetag"_s));
            listing->changed.insert(href, etag);
        }
        if (full) {
            for (const CalendarItemState &state : std::as_const(m_items)) {
                if (!present.contains(state.href))
                    listing->removed.insert(state.href);
            }
        }
    } else if (!response.error.isEmpty() || response.status == 401 || response.status == 404 || response.status == 403
               || response.status >= 500) {
        return failWith(response, u"reading the calendar"_s);
    } else {
        // No sync-collection: every member's ETag, compared with what was seen.
        response = m_client.propfind(m_collection, 1, u"<d:getetag/><d:resourcetype/>"_s);
        if (response.status != 207)
            return failWith(response, u"reading the calendar"_s);
        DavMultiStatus multistatus;
        if (!fromMultiStatus(response, &multistatus))
            return false;
        QSet<QString> present;
        for (const DavResponse &member : std::as_const(multistatus.responses)) {
            const QString href = hrefKey(m_collection, member.href);
            if (href == collectionKey)
                continue;
            present.insert(href);
            listing->changed.insert(href, member.text(CalDavXml::key(CalDavXml::dav, u"getetag"_s)));
        }
        for (const CalendarItemState &state : std::as_const(m_items)) {
            if (!present.contains(state.href))
                listing->removed.insert(state.href);
        }
    }
    // What this side already has at that ETag needs no second read.
    for (const CalendarItemState &state : std::as_const(m_items)) {
        const auto found = listing->changed.constFind(state.href);
        if (found != listing->changed.constEnd() && !found->isEmpty() && *found == state.etag)
            listing->changed.erase(found);
    }
    return true;
}

bool CalDavSync::pull(const QString &href, const QString &listedEtag)
{
    const CalDavResponse response = m_client.send("GET", urlOf(href));
    if (response.status == 404) {
        const auto state = itemAt(href);
        return state ? removedOnServer(*state) : true;
    }
    if (!response.ok())
        return failWith(response, u"reading %1"_s.arg(href));
    QString error;
    const auto entry = CalDavObject::read(response.body, &error);
    if (!entry)
        return true; // someone else's event in the collection: left alone
    ++m_report.pulled;
    if (!merge(*entry, baseOf(entry->uid)))
        return false;
    // Merged here, not yet recorded as agreed: the next sync reads it again.
    LANYARD_TEST_STOP("caldav-pulled");
    CalendarItemState state;
    state.uid = entry->uid;
    state.href = href;
    state.etag = response.etag.isEmpty() ? listedEtag : response.etag;
    state.kind = entry->kindName();
    state.localId = entry->localId();
    state.fingerprint = entry->fingerprint;
    state.object = response.body;
    state.syncedAt = m_now();
    if (!m_stores.state.putItem(state, &error))
        return failWith(error);
    m_items.insert(state.uid, state);
    return true;
}

std::optional<CalendarItemState> CalDavSync::itemAt(const QString &href) const
{
    for (const CalendarItemState &state : m_items) {
        if (state.href == href)
            return state;
    }
    return std::nullopt;
}

std::optional<CalDavEntry> CalDavSync::baseOf(const QString &uid) const
{
    const auto known = m_items.constFind(uid);
    if (known == m_items.constEnd() || known->object.isEmpty())
        return std::nullopt;
    return CalDavObject::read(known->object);
}

bool CalDavSync::merge(const CalDavEntry &entry, const std::optional<CalDavEntry> &base)
{
    if (base && base->kind != entry.kind)
        return merge(entry, std::nullopt);
    return entry.kind == CalDavEntry::Kind::Trip ? mergeTrip(entry, base) : mergeEvent(entry, base);
}

bool CalDavSync::mergeEvent(const CalDavEntry &entry, const std::optional<CalDavEntry> &base)
{
    EventUserData incoming = entry.userData;
    incoming.priorityChangedAt = entry.times.priority;
    incoming.noteChangedAt = entry.times.note;
    incoming.ratingChangedAt = entry.times.rating;
    incoming.watchedChangedAt = entry.times.watched;
    incoming.dismissedChangedAt = entry.times.dismissed;
    const EventUserData local = m_stores.userData.value(incoming.eventId);
    QList<UserDataOverride> overrides;
    QString error;
    if (!m_stores.userData.merge({incoming}, &overrides, &error))
        return failWith(error);
    const EventUserData merged = m_stores.userData.value(incoming.eventId);
    const QString title = eventTitle(incoming.eventId, entry.summary);
    for (const UserDataOverride &lost : std::as_const(overrides)) {
        // The later change won; the loser is named where its side had really changed it since
        // both last agreed (not where an older value was simply brought up to date).
        const bool remoteLost = sameField(lost.field, merged, local);
        if (base && sameField(lost.field, remoteLost ? incoming : local, base->userData))
            continue;
        const QString name = fieldName(lost.field);
        m_report.notes.append({u"override"_s, incoming.eventId, title,
                               remoteLost ? u"%1 \"%2\" from the calendar lost against a later change here"_s.arg(name, lost.lostValue)
                                          : u"%1 \"%2\" replaced by a later change from the calendar"_s.arg(name, lost.lostValue),
                               m_now()});
    }
    return true;
}

bool CalDavSync::mergeTrip(const CalDavEntry &entry, const std::optional<CalDavEntry> &base)
{
    if (!m_stores.trips)
        return true;
    const Trip &remote = entry.trip;
    const auto local = m_stores.trips->trip(remote.id);
    // Trips merge as a whole; "changed" ignores the change time itself.
    const auto same = [](Trip a, Trip b) {
        a.updatedAt = b.updatedAt = {};
        a.createdAt = b.createdAt = {};
        a.changedAt = b.changedAt = {};
        return a == b;
    };
    if (local && same(*local, remote))
        return true;
    const bool localChanged = !base || !local || !same(*local, base->trip);
    const bool remoteChanged = !base || !same(remote, base->trip);
    if (!local && base) {
        // Removed here since the last sync: the delete pass takes it off the server, unless the
        // server's copy changed since, which brings it back.
        if (!remoteChanged)
            return true;
    }
    bool remoteWins = !local || (remoteChanged && !localChanged);
    if (local && remoteChanged && localChanged)
        remoteWins = remote.changedAt > local->changedAt;
    if (!remoteWins) {
        if (remoteChanged) {
            m_report.notes.append({u"override"_s, remote.id, local->title,
                                   u"the calendar's version of this trip (\"%1\") lost against the later one here"_s.arg(remote.title),
                                   m_now()});
        }
        return true;
    }
    if (local && localChanged) {
        m_report.notes.append({u"override"_s, remote.id, remote.title,
                               u"this trip as it was here (\"%1\") was replaced by the later version from the calendar"_s.arg(local->title),
                               m_now()});
    }
    QString error;
    if (!m_stores.trips->putAll({remote}, &error))
        return failWith(error);
    return true;
}

bool CalDavSync::removedOnServer(const CalendarItemState &state)
{
    QString error;
    if (state.kind == u"trip"_s) {
        const auto trip = m_stores.trips ? m_stores.trips->trip(state.localId) : std::nullopt;
        const auto base = baseOf(state.uid);
        // Changed here since both sides agreed: kept, and written back at the push.
        const bool changedHere = trip
            && (base ? !(trip->title == base->trip.title && trip->start == base->trip.start && trip->end == base->trip.end
                         && trip->notes == base->trip.notes && trip->who == base->trip.who && trip->placeId == base->trip.placeId)
                     : trip->changedAt > state.syncedAt);
        if (trip && !changedHere) {
            if (!m_stores.trips->remove(state.localId, &error))
                return failWith(error);
            ++m_report.removedLocally;
            m_report.notes.append(
                {u"removed"_s, state.localId, trip->title, u"trip deleted from the calendar, so removed here"_s, m_now()});
        }
    } else {
        const EventUserData data = m_stores.userData.value(state.localId);
        const auto base = baseOf(state.uid);
        // Its priority changed here since both sides agreed: kept, and written back at the push.
        const bool changedHere = base ? data.priority != base->userData.priority : data.priorityChangedAt > state.syncedAt;
        if (data.isBookmarked() && !changedHere) {
            if (!m_stores.userData.setPriority(state.localId, data.conferenceId, Priority::None, &error))
                return failWith(error);
            ++m_report.removedLocally;
            m_report.notes.append({u"removed"_s, state.localId, eventTitle(state.localId, {}),
                                   u"deleted from the calendar, so no longer bookmarked (note and rating kept)"_s, m_now()});
        }
    }
    if (!m_stores.state.removeItem(state.uid, &error))
        return failWith(error);
    m_items.remove(state.uid);
    return true;
}

QHash<QString, CalDavSync::LocalItem> CalDavSync::localItems() const
{
    QHash<QString, LocalItem> result;
    Agenda::Options options;
    options.otherItems = TripPlanning::agendaItems(TripSources{m_stores.trips, m_stores.places}, m_stores.schedule, {});
    const Agenda agenda = Agenda::build(m_stores.schedule, m_stores.userData, options);
    for (const AgendaItem &item : agenda.items()) {
        LocalItem local;
        local.uid = IcsExporter::uidFor(item);
        local.localId = item.id;
        local.title = item.title;
        if (item.kind == AgendaItem::Kind::Trip) {
            const auto trip = m_stores.trips ? m_stores.trips->trip(item.id) : std::nullopt;
            if (!trip)
                continue;
            local.kind = u"trip"_s;
            local.object = CalDavObject::write(agenda, item, {}, {}, &*trip);
        } else {
            const EventUserData data = m_stores.userData.value(item.id);
            local.kind = u"event"_s;
            local.object = CalDavObject::write(agenda, item, data, localTimes(data), nullptr);
        }
        local.fingerprint = CalDavObject::fingerprint(local.object);
        result.insert(local.uid, local);
    }
    return result;
}

QSet<QString> CalDavSync::keptUids() const
{
    QSet<QString> kept;
    for (const LocalItem &item : localItems())
        kept.insert(item.uid);
    for (const EventUserData &data : m_stores.userData.all()) {
        // A bookmark of an event this database has no programme for stays on the server.
        if (data.isBookmarked() && !m_stores.schedule.event(data.eventId))
            kept.insert(uidForEvent(data.eventId));
    }
    if (m_stores.trips) {
        for (const Trip &trip : m_stores.trips->trips())
            kept.insert(uidForTrip(trip.id));
    }
    return kept;
}

bool CalDavSync::push(const LocalItem &first)
{
    LocalItem item = first;
    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        const auto known = m_items.constFind(item.uid);
        const bool create = known == m_items.constEnd();
        const QString href = create ? hrefFor(item.uid) : known->href;
        QList<QPair<QByteArray, QByteArray>> headers = {{"Content-Type", "text/calendar; charset=utf-8"}};
        if (create || known->etag.isEmpty())
            headers.append(qMakePair(QByteArray("If-None-Match"), QByteArray("*")));
        else
            headers.append(qMakePair(QByteArray("If-Match"), known->etag.toUtf8()));
        if (!create && known->etag.isEmpty()) {
            // Written before without an ETag in the answer: read it back first.
            if (!pull(href, {}))
                return false;
            continue;
        }
        const CalDavResponse response = m_client.send("PUT", urlOf(href), item.object, headers);
        if (response.status == 412) {
            // Changed (or made) on the server meanwhile: read, merge, and write the merged result.
            if (!pull(href, {}))
                return false;
            const QHash<QString, LocalItem> local = localItems();
            const auto again = local.constFind(item.uid);
            if (again == local.constEnd())
                return true; // the merge removed it here; the delete pass decides
            item = *again;
            const auto now = m_items.constFind(item.uid);
            if (now != m_items.constEnd() && now->fingerprint == item.fingerprint)
                return true;
            continue;
        }
        if (!response.ok())
            return failWith(response, u"writing \"%1\""_s.arg(item.title));
        // On the server, not yet recorded here: the next sync finds it by its UID.
        LANYARD_TEST_STOP("caldav-put");
        CalendarItemState state;
        state.uid = item.uid;
        state.href = href;
        state.etag = response.etag;
        state.kind = item.kind;
        state.localId = item.localId;
        state.fingerprint = item.fingerprint;
        state.object = item.object;
        state.syncedAt = m_now();
        QString error;
        if (!m_stores.state.putItem(state, &error))
            return failWith(error);
        m_items.insert(state.uid, state);
        ++m_report.pushed;
        return true;
    }
    return failWith(u"%1: \"%2\" kept changing on the server (HTTP 412 Precondition Failed %3 times); try again later"_s
                        .arg(urlOf(hrefFor(item.uid)).toDisplayString(), item.title)
                        .arg(kMaxAttempts));
}

bool CalDavSync::removeFromServer(const CalendarItemState &first)
{
    CalendarItemState state = first;
    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!state.etag.isEmpty())
            headers.append(qMakePair(QByteArray("If-Match"), state.etag.toUtf8()));
        const CalDavResponse response = m_client.send("DELETE", urlOf(state.href), {}, headers);
        if (response.status == 412) {
            if (!pull(state.href, {}))
                return false;
            if (keptUids().contains(state.uid))
                return true; // a later change on the server brought it back here
            const auto now = m_items.constFind(state.uid);
            if (now == m_items.constEnd())
                return true;
            state = *now;
            continue;
        }
        if (!response.ok() && response.status != 404)
            return failWith(response, u"deleting %1"_s.arg(state.href));
        LANYARD_TEST_STOP("caldav-deleted");
        QString error;
        if (!m_stores.state.removeItem(state.uid, &error))
            return failWith(error);
        m_items.remove(state.uid);
        ++m_report.deleted;
        return true;
    }
    return failWith(u"%1: the calendar's copy kept changing (HTTP 412 Precondition Failed %2 times); try again later"_s
                        .arg(urlOf(state.href).toDisplayString())
                        .arg(kMaxAttempts));
}

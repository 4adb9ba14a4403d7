#include "IcsBookmarkImport.h"

#include "IcsExporter.h"
#include "core/SearchText.h"
#include "feeds/FeedImporter.h"
#include "store/ScheduleStore.h"

#include <QSet>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

QString BookmarkImportReport::summary() const
{
    if (!ok())
        return error;
    QString text = u"%1 calendar entries: %2 bookmarked, %3 already bookmarked, %4 not found in the programme"_s.arg(entries)
                       .arg(bookmarked)
                       .arg(alreadyBookmarked)
                       .arg(unmatched.size());
    return text;
}

namespace IcsBookmarkImport
{

Matcher::Matcher(const QList<Event> &events)
{
    for (const Event &event : events) {
        m_conferenceOf.insert(event.id, event.conferenceId);
        m_byUid.insert(event.id.toLower(), event.id);
        if (!event.guid.isEmpty())
            m_byUid.insert(event.guid.trimmed().toLower(), event.id);
        const QString url = normalizedUrl(event.url);
        if (!url.isEmpty())
            m_byUrl.insert(url, event.id);
        m_byTitleStart.insert(normalizedTitle(event.title) + u'@' + QString::number(event.start.toSecsSinceEpoch()), event.id);
    }
}

QString Matcher::normalizedUrl(const QString &url)
{
    QUrl parsed(url.trimmed(), QUrl::TolerantMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return {};
    // http and https, a trailing slash and the fragment do not make another page.
    QString text =
        parsed.adjusted(QUrl::RemoveScheme | QUrl::RemoveFragment | QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
    return text.toLower();
}

QString Matcher::normalizedTitle(const QString &title)
{
    return SearchText::fold(title.simplified());
}

QString Matcher::match(const Event &entry) const
{
    const QString uid = entry.guid.trimmed();
    if (!uid.isEmpty()) {
        // Lanyard's own export: "<event id>@lanyard".
        const QString ownId = IcsExporter::eventIdFromUid(uid);
        if (!ownId.isEmpty() && m_conferenceOf.contains(ownId))
            return ownId;
        if (const auto found = m_byUid.constFind(uid.toLower()); found != m_byUid.constEnd())
            return *found;
        // Other apps often add their own domain to the feed's guid or id ("1234@app.example").
        const qsizetype at = uid.lastIndexOf(u'@');
        if (at > 0) {
            if (const auto found = m_byUid.constFind(uid.left(at).toLower()); found != m_byUid.constEnd())
                return *found;
        }
    }
    const QString url = normalizedUrl(entry.url);
    if (!url.isEmpty()) {
        if (const auto found = m_byUrl.constFind(url); found != m_byUrl.constEnd())
            return *found;
    }
    if (entry.start.isValid()) {
        const QString key = normalizedTitle(entry.title) + u'@' + QString::number(entry.start.toSecsSinceEpoch());
        if (const auto found = m_byTitleStart.constFind(key); found != m_byTitleStart.constEnd())
            return *found;
    }
    return {};
}

Entries readEntries(const QByteArray &bytes, const QString &sourceName, const QList<Conference> &conferences)
{
    Entries result;
    if (FeedImporter::detect(bytes) != FeedImporter::Format::ICalendar) {
        result.error = u"%1 is not an iCalendar file (no BEGIN:VCALENDAR)"_s.arg(sourceName);
        return result;
    }
    ImportOptions options;
    options.sourceName = sourceName;
    ImportResult parsed = FeedImporter::import(bytes, options);
    QSet<QString> zones;
    for (const Conference &conference : conferences)
        zones.insert(conference.timeZoneId);
    if (!parsed.ok() && zones.size() == 1) {
        // Floating times in a calendar that names no zone: they are meant in the conference's zone.
        options.timeZone = *zones.constBegin();
        ImportResult again = FeedImporter::import(bytes, options);
        if (again.ok())
            parsed = std::move(again);
    }
    if (!parsed.ok()) {
        result.error = parsed.error->toString();
        return result;
    }
    result.events = std::move(parsed.schedule.events);
    return result;
}

BookmarkImportReport import(const QByteArray &bytes, const QString &sourceName, const ScheduleStore &schedule, UserDataStore &userData,
                            const QString &conferenceId, const QDateTime &now)
{
    BookmarkImportReport report;
    QList<Conference> conferences;
    for (const ConferenceSummary &summary : schedule.conferences()) {
        if (conferenceId.isEmpty() || summary.conference.id == conferenceId)
            conferences.append(summary.conference);
    }
    if (conferences.isEmpty()) {
        report.error = conferenceId.isEmpty() ? u"there is no programme to match the calendar's events against; import one first"_s
                                              : u"no conference with id \"%1\""_s.arg(conferenceId);
        return report;
    }

    Entries parsed = readEntries(bytes, sourceName, conferences);
    if (!parsed.ok()) {
        report.error = parsed.error;
        return report;
    }

    QList<Event> events;
    for (const Conference &conference : std::as_const(conferences))
        events.append(schedule.events(conference.id));
    const Matcher matcher(events);
    QHash<QString, QString> conferenceOf;
    for (const Event &event : std::as_const(events))
        conferenceOf.insert(event.id, event.conferenceId);

    QList<EventUserData> writes;
    QSet<QString> seen;
    report.entries = int(parsed.events.size());
    for (const Event &entry : std::as_const(parsed.events)) {
        const QString id = matcher.match(entry);
        if (id.isEmpty()) {
            report.unmatched.append(u"%1 (%2)"_s.arg(entry.title, entry.start.toUTC().toString(Qt::ISODate)));
            continue;
        }
        if (userData.isBookmarked(id) || seen.contains(id)) {
            ++report.alreadyBookmarked;
            continue;
        }
        seen.insert(id);
        EventUserData data = userData.value(id);
        data.conferenceId = conferenceOf.value(id);
        data.priority = Priority::MustSee;
        data.bookmarkedAt = now;
        data.dismissedAt = {};
        data.updatedAt = now;
        writes.append(data);
        ++report.bookmarked;
    }
    QString error;
    if (!userData.putAll(writes, &error)) {
        report = BookmarkImportReport();
        report.error = u"%1: cannot store the bookmarks: %2; nothing was changed"_s.arg(sourceName, error);
    }
    return report;
}

} // namespace IcsBookmarkImport

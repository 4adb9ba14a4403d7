#include "CalDavObject.h"

#include "agenda/Agenda.h"
#include "agenda/IcsExporter.h"
#include "feeds/ICalendarReader.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace
{
struct ContentLine
{
    QString name;
    QString value;
};

/** Unfolds (CRLF or LF followed by a space or tab) and splits into name and raw value, VEVENT only. */
QList<ContentLine> veventLines(const QByteArray &object)
{
    QByteArray text = object;
    text.replace("\r\n", "\n");
    text.replace("\n ", "");
    text.replace("\n\t", "");
    QList<ContentLine> lines;
    int depth = 0; // components nested inside the VEVENT (VALARM) are skipped
    bool inEvent = false;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty())
            continue;
        // The value starts at the first colon outside a quoted parameter value.
        qsizetype colon = -1;
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line[i] == u'"')
                quoted = !quoted;
            else if (line[i] == u':' && !quoted) {
                colon = i;
                break;
            }
        }
        if (colon < 0)
            continue;
        const QString head = line.left(colon);
        const QString name = head.section(u';', 0, 0).toUpper();
        const QString value = line.mid(colon + 1);
        if (name == u"BEGIN"_s) {
            if (inEvent)
                ++depth;
            else if (value.compare(u"VEVENT"_s, Qt::CaseInsensitive) == 0)
                inEvent = true;
            continue;
        }
        if (name == u"END"_s) {
            if (inEvent && depth > 0)
                --depth;
            else if (inEvent)
                break; // only the first VEVENT
            continue;
        }
        if (inEvent && depth == 0)
            lines.append({name, value});
    }
    return lines;
}

QString valueOf(const QList<ContentLine> &lines, const QString &name)
{
    for (const ContentLine &line : lines) {
        if (line.name == name)
            return line.value;
    }
    return {};
}

bool has(const QList<ContentLine> &lines, const QString &name)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&name](const ContentLine &line) { return line.name == name; });
}

QByteArray line(const char *name, const QString &value)
{
    return QByteArray(name) + ':' + value.toUtf8();
}

QString priorityText(Priority priority)
{
    switch (priority) {
    case Priority::MustSee:
        return u"must"_s;
    case Priority::Maybe:
        return u"maybe"_s;
    case Priority::None:
        break;
    }
    return u"none"_s;
}
} // namespace

namespace CalDavObject
{

QString instantText(const QDateTime &instant)
{
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime instantFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!instant.isValid())
        instant = QDateTime::fromString(text, Qt::ISODate);
    return instant.isValid() ? instant.toUTC() : QDateTime();
}

QByteArray write(const Agenda &agenda, const AgendaItem &item, const EventUserData &userData, const EventFieldTimes &times,
                 const Trip *trip)
{
    IcsExporter::Options options;
    IcsExporter::ObjectOptions object;
    object.publishMethod = false;
    // DTSTAMP from the data, not the clock: the same data gives the same bytes.
    QDateTime stamp = trip ? trip->changedAt : std::max({times.priority, times.note, times.rating, times.watched, times.dismissed});
    options.stamp = stamp.isValid() ? stamp : QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
    object.extraProperties = [&](const AgendaItem &) {
        QList<QByteArray> lines;
        const auto text = [](const QString &value) { return IcsExporter::escapeText(value); };
        if (trip) {
            lines.append(line("X-LANYARD-KIND", u"trip"_s));
            lines.append(line("X-LANYARD-CONFERENCE", text(trip->conferenceId)));
            lines.append(line("X-LANYARD-TRIP-ID", text(trip->id)));
            lines.append(line("X-LANYARD-TRIP-TITLE", text(trip->title)));
            lines.append(line("X-LANYARD-TRIP-PLACE", text(trip->placeId)));
            lines.append(line("X-LANYARD-TRIP-START", instantText(trip->start)));
            lines.append(line("X-LANYARD-TRIP-END", instantText(trip->end)));
            lines.append(line("X-LANYARD-TRIP-NOTES", text(trip->notes)));
            lines.append(line("X-LANYARD-TRIP-WHO", text(trip->who)));
            lines.append(line("X-LANYARD-TRIP-CREATED", instantText(trip->createdAt)));
            lines.append(line("X-LANYARD-TRIP-UPDATED", instantText(trip->updatedAt)));
            lines.append(line("X-LANYARD-TRIP-CHANGED", instantText(trip->changedAt)));
            return lines;
        }
        lines.append(line("X-LANYARD-KIND", u"event"_s));
        lines.append(line("X-LANYARD-CONFERENCE", text(userData.conferenceId)));
        lines.append(line("X-LANYARD-EVENT", text(userData.eventId)));
        lines.append(line("X-LANYARD-PRIORITY", priorityText(userData.priority)));
        lines.append(line("X-LANYARD-PRIORITY-CHANGED", instantText(times.priority)));
        lines.append(line("X-LANYARD-BOOKMARKED", instantText(userData.bookmarkedAt)));
        lines.append(line("X-LANYARD-NOTE", text(userData.note)));
        lines.append(line("X-LANYARD-NOTE-CHANGED", instantText(times.note)));
        lines.append(line("X-LANYARD-RATING", QString::number(userData.rating)));
        lines.append(line("X-LANYARD-RATING-CHANGED", instantText(times.rating)));
        lines.append(line("X-LANYARD-WATCHED", instantText(userData.watchedAt)));
        lines.append(line("X-LANYARD-WATCHED-CHANGED", instantText(times.watched)));
        lines.append(line("X-LANYARD-DISMISSED", instantText(userData.dismissedAt)));
        lines.append(line("X-LANYARD-DISMISSED-CHANGED", instantText(times.dismissed)));
        return lines;
    };
    const Agenda one = Agenda::fromItems({item}, agenda.conferences());
    return IcsExporter::exportAgenda(one, options, object);
}

std::optional<CalDavEntry> read(const QByteArray &object, QString *errorMessage)
{
    const QList<ContentLine> lines = veventLines(object);
    const auto text = [&lines](const QString &name) { return ICalendarReader::unescapeText(valueOf(lines, name)); };
    const auto instant = [&lines](const QString &name) { return instantFromText(valueOf(lines, name).trimmed()); };
    if (!has(lines, u"X-LANYARD-KIND"_s)) {
        if (errorMessage)
            *errorMessage = lines.isEmpty() ? u"no VEVENT in the calendar object"_s : u"not written by Lanyard"_s;
        return std::nullopt;
    }
    CalDavEntry entry;
    entry.uid = text(u"UID"_s);
    entry.summary = text(u"SUMMARY"_s);
    entry.fingerprint = fingerprint(object);
    const QString kind = valueOf(lines, u"X-LANYARD-KIND"_s).trimmed().toLower();
    if (kind == u"trip"_s) {
        entry.kind = CalDavEntry::Kind::Trip;
        Trip &trip = entry.trip;
        trip.id = text(u"X-LANYARD-TRIP-ID"_s);
        trip.conferenceId = text(u"X-LANYARD-CONFERENCE"_s);
        trip.title = text(u"X-LANYARD-TRIP-TITLE"_s);
        trip.placeId = text(u"X-LANYARD-TRIP-PLACE"_s);
        trip.start = instant(u"X-LANYARD-TRIP-START"_s);
        trip.end = instant(u"X-LANYARD-TRIP-END"_s);
        trip.notes = text(u"X-LANYARD-TRIP-NOTES"_s);
        trip.who = text(u"X-LANYARD-TRIP-WHO"_s);
        trip.createdAt = instant(u"X-LANYARD-TRIP-CREATED"_s);
        trip.updatedAt = instant(u"X-LANYARD-TRIP-UPDATED"_s);
        trip.changedAt = instant(u"X-LANYARD-TRIP-CHANGED"_s);
        if (trip.id.isEmpty() || !trip.start.isValid() || !trip.end.isValid() || trip.end <= trip.start) {
            if (errorMessage)
                *errorMessage = u"a trip without an id or valid times"_s;
            return std::nullopt;
        }
        return entry;
    }
    if (kind != u"event"_s) {
        if (errorMessage)
            *errorMessage = u"unknown X-LANYARD-KIND \"%1\""_s.arg(kind);
        return std::nullopt;
    }
    EventUserData &data = entry.userData;
    data.eventId = text(u"X-LANYARD-EVENT"_s);
    data.conferenceId = text(u"X-LANYARD-CONFERENCE"_s);
    const QString priority = valueOf(lines, u"X-LANYARD-PRIORITY"_s).trimmed().toLower();
    data.priority = priority == u"must"_s ? Priority::MustSee : priority == u"maybe"_s ? Priority::Maybe : Priority::None;
    data.bookmarkedAt = instant(u"X-LANYARD-BOOKMARKED"_s);
    data.note = text(u"X-LANYARD-NOTE"_s);
    data.rating = std::clamp(valueOf(lines, u"X-LANYARD-RATING"_s).trimmed().toInt(), 0, 5);
    data.watchedAt = instant(u"X-LANYARD-WATCHED"_s);
    data.dismissedAt = instant(u"X-LANYARD-DISMISSED"_s);
    entry.times.priority = instant(u"X-LANYARD-PRIORITY-CHANGED"_s);
    entry.times.note = instant(u"X-LANYARD-NOTE-CHANGED"_s);
    entry.times.rating = instant(u"X-LANYARD-RATING-CHANGED"_s);
    entry.times.watched = instant(u"X-LANYARD-WATCHED-CHANGED"_s);
    entry.times.dismissed = instant(u"X-LANYARD-DISMISSED-CHANGED"_s);
    if (data.eventId.isEmpty() || data.conferenceId.isEmpty()) {
        if (errorMessage)
            *errorMessage = u"an event without an event or conference id"_s;
        return std::nullopt;
    }
    return entry;
}

QString fingerprint(const QByteArray &object)
{
    static const QStringList kept = {u"UID"_s,         u"SUMMARY"_s, u"DTSTART"_s,  u"DTEND"_s, u"LOCATION"_s,  u"GEO"_s,
                                     u"DESCRIPTION"_s, u"STATUS"_s,  u"PRIORITY"_s, u"URL"_s,   u"CATEGORIES"_s};
    QStringList parts;
    for (const ContentLine &line : veventLines(object)) {
        if (line.name.startsWith(u"X-LANYARD-"_s)
            && (line.name.endsWith(u"-CHANGED"_s) || line.name.endsWith(u"-UPDATED"_s) || line.name.endsWith(u"-CREATED"_s)))
            continue;
        if (kept.contains(line.name) || line.name.startsWith(u"X-LANYARD-"_s))
            parts.append(line.name + u':' + line.value);
    }
    parts.sort();
    return QString::fromLatin1(QCryptographicHash::hash(parts.join(u'\n').toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace CalDavObject

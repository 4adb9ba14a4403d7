#include "IcsExporter.h"

#include "Agenda.h"

#include <QTimeZone>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace IcsExporter
{

namespace
{
constexpr qsizetype kMaxOctets = 75;
const QString kUidSuffix = u"@lanyard"_s;
const QString kTripPrefix = u"trip-"_s;

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) && !url.host().isEmpty();
}

QByteArray property(const QByteArray &name, const QString &value)
{
    return foldLine(name + ':' + value.toUtf8());
}

QString description(const AgendaItem &item)
{
    QStringList parts;
    if (!item.subtitle.isEmpty())
        parts.append(item.subtitle);
    if (!item.speakers.isEmpty())
        parts.append((item.speakers.size() == 1 ? u"Speaker: "_s : u"Speakers: "_s) + item.speakers.join(u", "_s));
    for (const QString &video : item.videos)
        parts.append(u"Recording: "_s + video);
    if (!item.who.isEmpty())
        parts.append(u"Who: "_s + item.who);
    if (item.cancelled)
        parts.append(u"Cancelled: this event is no longer in the programme."_s);
    if (!item.note.isEmpty())
        parts.append(u"My note:\n"_s + item.note);
    return parts.join(u"\n\n"_s);
}
} // namespace

QString uidFor(const AgendaItem &item)
{
    if (item.kind == AgendaItem::Kind::Trip && !item.id.startsWith(kTripPrefix))
        return kTripPrefix + item.id + kUidSuffix;
    return item.id + kUidSuffix;
}

QString eventIdFromUid(const QString &uid)
{
    if (!uid.endsWith(kUidSuffix) || uid.startsWith(kTripPrefix))
        return {};
    return uid.chopped(kUidSuffix.size());
}

QString escapeText(const QString &text)
{
    QString result;
    result.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'\\':
            result += u"\\\\"_s;
            break;
        case u';':
            result += u"\\;"_s;
            break;
        case u',':
            result += u"\\,"_s;
            break;
        case u'\r':
            // CR LF and a lone CR are both one line break.
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                break;
            result += u"\\n"_s;
            break;
        case u'\n':
            result += u"\\n"_s;
            break;
        case u'\t':
            result += c;
            break;
        default:
            // RFC 5545 TEXT allows no other control characters.
            if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
                result += c;
            break;
        }
    }
    return result;
}

QByteArray foldLine(const QByteArray &line)
{
    QByteArray result;
    result.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    bool first = true;
    while (true) {
        // A continuation line starts with a space, which counts towards its 75 octets.
        const qsizetype room = first ? kMaxOctets : kMaxOctets - 1;
        if (line.size() - pos <= room) {
            if (!first)
                result += ' ';
            result += line.mid(pos);
            result += "\r\n";
            return result;
        }
        qsizetype cut = pos + room;
        // Never between the bytes of one UTF-8 character: back up to the start of the character.
        while (cut > pos && (uchar(line[cut]) & 0xC0) == 0x80)
            --cut;
        if (cut == pos)
            cut = pos + room; // not UTF-8 at all; cannot happen for text from QString::toUtf8
        if (!first)
            result += ' ';
        result += line.mid(pos, cut - pos);
        result += "\r\n";
        pos = cut;
        first = false;
    }
}

QByteArray utcStamp(const QDateTime &instant)
{
    return instant.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

QByteArray exportAgenda(const Agenda &agenda, const Options &options)
{
    return exportAgenda(agenda, options, ObjectOptions());
}

QByteArray exportAgenda(const Agenda &agenda, const Options &options, const ObjectOptions &object)
{
    QByteArray out;
    out += "BEGIN:VCALENDAR\r\n";
    out += "VERSION:2.0\r\n";
    out += property("PRODID", u"-//Lanyard//Lanyard %1//EN"_s.arg(QStringLiteral(LANYARD_VERSION)));
    out += "CALSCALE:GREGORIAN\r\n";
    if (object.publishMethod)
        out += "METHOD:PUBLISH\r\n";
    if (!options.calendarName.isEmpty())
        out += property("X-WR-CALNAME", escapeText(options.calendarName));
    const QByteArray stamp = utcStamp(options.stamp.isValid() ? options.stamp : QDateTime::currentDateTimeUtc());

    for (const AgendaItem &item : agenda.items()) {
        out += "BEGIN:VEVENT\r\n";
        out += property("UID", uidFor(item));
        out += "DTSTAMP:" + stamp + "\r\n";
        out += "DTSTART:" + utcStamp(item.start) + "\r\n";
        out += "DTEND:" + utcStamp(item.end.isValid() && item.end >= item.start ? item.end : item.start) + "\r\n";
        out += property("SUMMARY", escapeText(item.title));
        QStringList where;
        if (!item.location.isEmpty())
            where.append(item.location);
        // A talk's room is in the venue; a trip's place is somewhere else altogether.
        if (const Conference *conference = agenda.conference(item.conferenceId);
            item.kind == AgendaItem::Kind::Event && conference && !conference->venue.isEmpty())
            where.append(conference->venue);
        if (!where.isEmpty())
            out += property("LOCATION", escapeText(where.join(u", "_s)));
        // RFC 5545 GEO: latitude and longitude as floats, separated by a semicolon (not escaped).
        if (item.geo)
            out += property("GEO", Geo::coordinate(item.geo->latitude) + u';' + Geo::coordinate(item.geo->longitude));
        const QString text = description(item);
        if (!text.isEmpty())
            out += property("DESCRIPTION", escapeText(text));
        if (isHttpUrl(item.url))
            out += property("URL", QString::fromLatin1(QUrl(item.url, QUrl::StrictMode).toEncoded()));
        else if (item.kind == AgendaItem::Kind::Trip && item.geo)
            out += property("URL", Geo::openStreetMapUrl(*item.geo));
        if (!item.track.isEmpty())
            out += property("CATEGORIES", escapeText(item.track));
        if (item.priority == Priority::MustSee)
            out += "PRIORITY:1\r\n";
        else if (item.priority == Priority::Maybe)
            out += "PRIORITY:5\r\n";
        out += item.cancelled ? "STATUS:CANCELLED\r\n" : "STATUS:CONFIRMED\r\n";
        out += "TRANSP:OPAQUE\r\n";
        if (object.extraProperties) {
            for (const QByteArray &line : object.extraProperties(item))
                out += foldLine(line);
        }
        out += "END:VEVENT\r\n";
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

} // namespace IcsExporter

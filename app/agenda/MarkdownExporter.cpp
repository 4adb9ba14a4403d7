#include "MarkdownExporter.h"

#include "Agenda.h"
#include "core/TimeRules.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace MarkdownExporter
{

namespace
{
QString minutesText(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return u"%1 min"_s.arg(minutes);
    return minutes % 60 == 0 ? u"%1 h"_s.arg(minutes / 60) : u"%1 h %2 min"_s.arg(minutes / 60).arg(minutes % 60);
}

QString timeRange(const AgendaItem &item, const QTimeZone &zone)
{
    return item.start.toTimeZone(zone).toString(u"HH:mm"_s) + u"–"_s + item.end.toTimeZone(zone).toString(u"HH:mm"_s);
}

/** A link target in angle brackets, so that parentheses and spaces in it cannot break it. */
QString linkTarget(const QString &url)
{
    QString safe = url;
    safe.replace(u"<"_s, u"%3C"_s).replace(u">"_s, u"%3E"_s).replace(u" "_s, u"%20"_s);
    return u'<' + safe + u'>';
}
} // namespace

QString escape(const QString &text)
{
    // Inline formatting anywhere; block markers (headings, lists, quotes) only where a line starts.
    static const QString special = u"\\`*_[]<>|~"_s;
    static const QString lineStart = u"#+->="_s;
    QString result;
    result.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (special.contains(c) || (i == 0 && lineStart.contains(c)))
            result += u'\\';
        result += c;
    }
    // "1. " at the start would become a numbered list.
    static const QRegularExpression numbered(u"^(\\d+)([.)])"_s);
    result.replace(numbered, u"\\1\\\\2"_s);
    return result;
}

QByteArray exportAgenda(const Agenda &agenda, const QString &title)
{
    const QLocale locale = QLocale::c();
    QString out = u"# "_s + escape(title) + u"\n"_s;
    if (agenda.isEmpty())
        out += u"\nNothing bookmarked yet.\n"_s;

    QString shownConference;
    for (const AgendaDay &day : agenda.days()) {
        const Conference *conference = agenda.conference(day.conferenceId);
        const QTimeZone zone = conference && conference->timeZone().isValid() ? conference->timeZone() : QTimeZone::utc();
        if (day.conferenceId != shownConference && agenda.conferences().size() > 1 && conference) {
            out += u"\n# "_s + escape(conference->title) + u"\n"_s;
            shownConference = day.conferenceId;
        }
        out += u"\n## "_s + locale.toString(day.date, u"dddd d MMMM yyyy"_s) + u"\n\n"_s;
        if (conference && !conference->timeZoneId.isEmpty()) {
            const int offset = day.items.constFirst().start.toTimeZone(zone).offsetFromUtc();
            out += u"Times in "_s + escape(conference->timeZoneId) + u" (UTC"_s + TimeRules::offsetString(offset) + u").\n\n"_s;
        }
        for (const AgendaItem &item : day.items) {
            if (item.gapBeforeSeconds > 0)
                out += u"- *"_s + minutesText(item.gapBeforeSeconds) + u" free*\n"_s;
            const QString heading = u"**"_s + timeRange(item, zone) + u"** "_s
                + (item.url.isEmpty() ? escape(item.title) : u'[' + escape(item.title) + u"]("_s + linkTarget(item.url) + u')');
            QStringList flags;
            if (item.kind == AgendaItem::Kind::Trip)
                flags.append(u"trip"_s);
            if (item.priority == Priority::MustSee)
                flags.append(u"must see"_s);
            else if (item.priority == Priority::Maybe)
                flags.append(u"maybe"_s);
            if (item.rating > 0)
                flags.append(u"rated %1/5"_s.arg(item.rating));
            if (item.isWatched())
                flags.append(u"watched"_s);
            if (item.cancelled)
                out += u"- ~~"_s + heading + u"~~ **cancelled**: no longer in the programme\n"_s;
            else
                out += u"- "_s + heading + (flags.isEmpty() ? QString() : u" ("_s + flags.join(u", "_s) + u')') + u'\n';

            if (!item.location.isEmpty()) {
                out += u"  - Where: "_s + escape(item.location);
                if (item.roomChange())
                    out += u" (room change from "_s + escape(item.previousLocation) + u')';
                out += u'\n';
            }
            if (!item.who.isEmpty())
                out += u"  - Who: "_s + escape(item.who) + u'\n';
            if (item.geo)
                out += u"  - Map: "_s + linkTarget(Geo::openStreetMapUrl(*item.geo)) + u'\n';
            if (!item.speakers.isEmpty())
                out += u"  - "_s + (item.speakers.size() == 1 ? u"Speaker: "_s : u"Speakers: "_s) + escape(item.speakers.join(u", "_s))
                    + u'\n';
            if (!item.conflicts.isEmpty()) {
                QStringList others;
                for (const QString &id : item.conflicts) {
                    if (const AgendaItem *other = agenda.item(id))
                        others.append(escape(other->title) + u" ("_s + timeRange(*other, zone) + u')');
                }
                out += u"  - **Conflicts with:** "_s + others.join(u"; "_s) + u'\n';
            }
            for (const QString &video : item.videos)
                out += u"  - Recording: "_s + linkTarget(video) + u'\n';
            if (!item.note.isEmpty()) {
                QStringList lines = item.note.split(u'\n');
                for (QString &line : lines)
                    line = escape(line.trimmed());
                // A hard line break (backslash) keeps the note's own lines inside the list item.
                out += u"  - Note: "_s + lines.join(u"\\\n    "_s) + u'\n';
            }
        }
    }
    return out.toUtf8();
}

} // namespace MarkdownExporter

#include "CsvExporter.h"

#include "Agenda.h"
#include "core/TimeRules.h"

using namespace Qt::Literals::StringLiterals;

namespace CsvExporter
{

QStringList columns()
{
    return {u"kind"_s,       u"id"_s,   u"conference"_s, u"day"_s,       u"start"_s,  u"end"_s,     u"title"_s,
            u"speakers"_s,   u"room"_s, u"track"_s,      u"priority"_s,  u"rating"_s, u"watched"_s, u"note"_s,
            u"recordings"_s, u"url"_s,  u"conflicts"_s,  u"cancelled"_s, u"who"_s,    u"lat"_s,     u"lon"_s};
}

QString field(const QString &value)
{
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') || value.contains(u'\r') || value.contains(u'\n');
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray exportAgenda(const Agenda &agenda)
{
    QString out;
    auto writeRow = [&out](const QStringList &values) {
        QStringList fields;
        fields.reserve(values.size());
        for (const QString &value : values)
            fields.append(field(value));
        out += fields.join(u',') + u"\r\n"_s;
    };
    writeRow(columns());
    for (const AgendaItem &item : agenda.items()) {
        const QTimeZone zone = agenda.zoneOf(item);
        writeRow({AgendaItem::kindName(item.kind),
                  item.id,
                  item.conferenceId,
                  item.day.toString(Qt::ISODate),
                  TimeRules::isoWithOffset(item.start, zone),
                  TimeRules::isoWithOffset(item.end, zone),
                  item.title,
                  item.speakers.join(u" | "_s),
                  item.location,
                  item.track,
                  AgendaItem::priorityName(item.priority),
                  item.rating > 0 ? QString::number(item.rating) : QString(),
                  item.isWatched() ? u"yes"_s : u"no"_s,
                  item.note,
                  item.videos.join(u" | "_s),
                  item.url,
                  item.conflicts.join(u' '),
                  item.cancelled ? u"yes"_s : u"no"_s,
                  item.who,
                  item.geo ? Geo::coordinate(item.geo->latitude) : QString(),
                  item.geo ? Geo::coordinate(item.geo->longitude) : QString()});
    }
    return out.toUtf8();
}

} // namespace CsvExporter

#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "agenda/NowNext.h"
#include "agenda/TripPlanning.h"
#include "core/Clock.h"
#include "core/EventJson.h"
#include "core/TimeRules.h"
#include "store/HiddenItems.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace
{
QJsonObject entryToJson(const NowNext::Entry &entry, const QTimeZone &zone)
{
    // The CLI's event object, with what Now & Next adds to it.
    QJsonObject object = EventJson::toJson(entry.event, zone, entry.bookmarked);
    if (entry.running) {
        object.insert(u"progress"_s, qRound(entry.progress * 1000) / 1000.0);
        object.insert(u"minutesLeft"_s, int((entry.seconds + 59) / 60));
    } else {
        object.insert(u"startsIn"_s, int((entry.seconds + 59) / 60));
    }
    object.insert(u"conflicts"_s, QJsonArray::fromStringList(entry.conflictIds));
    return object;
}

QString timeIn(const QDateTime &instant, const QTimeZone &zone, const QString &format)
{
    return instant.toTimeZone(zone).toString(format);
}

void printEntry(QTextStream &out, const NowNext::Entry &entry, const QTimeZone &zone)
{
    const Event &event = entry.event;
    out << "  " << timeIn(event.start, zone, u"HH:mm"_s) << "-" << timeIn(event.end, zone, u"HH:mm"_s) << "  "
        << (entry.bookmarked ? "* " : "  ") << event.title;
    if (!event.room.isEmpty())
        out << "  [" << event.room << "]";
    if (!event.persons.isEmpty())
        out << "  " << event.speakerNames().join(u", "_s);
    if (entry.running)
        out << "  (" << qRound(entry.progress * 100) << "%, " << (entry.seconds + 59) / 60 << " min left)";
    else
        out << "  (in " << (entry.seconds + 59) / 60 << " min)";
    if (!entry.conflictTitles.isEmpty())
        out << "  ! clashes with " << entry.conflictTitles.join(u"; "_s);
    out << Qt::endl;
}
} // namespace

int CliCommands::now(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliArguments::jsonOption());
    parser.addOption(CliArguments::conferenceOption());
    parser.addOption(QCommandLineOption(u"window"_s, u"How far ahead \"next\" looks (default 60)."_s, u"MINUTES"_s));
    if (!CliArguments::parse(parser, u"now"_s, arguments, context))
        return 2;

    qint64 windowMinutes = 60;
    if (parser.isSet(u"window"_s)) {
        bool ok = false;
        windowMinutes = parser.value(u"window"_s).toLongLong(&ok);
        if (!ok || windowMinutes < 0 || windowMinutes > 7 * 24 * 60)
            return context.fail(u"now: --window takes a number of minutes from 0 to 10080, not \"%1\""_s.arg(parser.value(u"window"_s)));
    }
    QList<Conference> conferences;
    if (parser.isSet(u"conference"_s)) {
        QString error;
        const auto conference = context.resolveConference(parser.value(u"conference"_s), &error);
        if (!conference)
            return context.fail(error);
        conferences.append(*conference);
    } else {
        for (const ConferenceSummary &summary : context.schedule.conferences())
            conferences.append(summary.conference);
    }

    // What the user hid from every view stays hidden here too.
    HiddenItems hidden(context.database);
    QString error;
    if (!hidden.load(&error))
        return context.fail(u"now: cannot read the hidden items: %1"_s.arg(error));

    const QDateTime at = context.clock.now();
    const bool json = parser.isSet(u"json"_s);
    QJsonArray nowArray;
    QJsonArray nextArray;
    QJsonArray conferenceArray;
    for (const Conference &conference : std::as_const(conferences)) {
        const QTimeZone zone = conference.timeZone();
        const QHash<QString, QDateTime> cancelled = context.schedule.cancelledEvents(conference.id);
        QList<Event> events = context.schedule.events(conference.id);
        events.removeIf([&](const Event &event) { return cancelled.contains(event.id) || hidden.isHidden(event); });
        // Bookmarks plus trips, as in every other view: a talk clashes with a trip here too.
        const Agenda agenda =
            Agenda::build(context.schedule, context.userData,
                          {conference.id, TripPlanning::agendaItems(context.tripSources(), context.schedule, conference.id)});
        const NowNext::Snapshot snapshot = NowNext::compute(events, at, agenda, context.schedule.rooms(conference.id), windowMinutes * 60);
        if (json) {
            for (const NowNext::Entry &entry : snapshot.now)
                nowArray.append(entryToJson(entry, zone));
            for (const NowNext::Entry &entry : snapshot.next)
                nextArray.append(entryToJson(entry, zone));
            QJsonObject summary{{u"id"_s, conference.id}, {u"phase"_s, NowNext::phaseName(snapshot.phase)}};
            if (snapshot.firstStart.isValid()) {
                summary.insert(u"firstStart"_s, TimeRules::isoWithOffset(snapshot.firstStart, zone));
                summary.insert(u"lastEnd"_s, TimeRules::isoWithOffset(snapshot.lastEnd, zone));
            }
            if (snapshot.nextStart.isValid())
                summary.insert(u"nextStart"_s, TimeRules::isoWithOffset(snapshot.nextStart, zone));
            conferenceArray.append(summary);
            continue;
        }

        QTextStream &out = context.out;
        out << conference.title << " at " << timeIn(at, zone, u"ddd yyyy-MM-dd HH:mm"_s) << " "
            << TimeRules::offsetString(at.toTimeZone(zone).offsetFromUtc()) << Qt::endl;
        switch (snapshot.phase) {
        case NowNext::Phase::NoProgramme:
            out << "  no events" << Qt::endl;
            break;
        case NowNext::Phase::Before:
            out << "  starts " << timeIn(snapshot.firstStart, zone, u"ddd yyyy-MM-dd HH:mm"_s) << Qt::endl;
            break;
        case NowNext::Phase::After:
            out << "  is over; see what you missed in Lanyard's Catch up page" << Qt::endl;
            break;
        case NowNext::Phase::Between:
            out << "  nothing more today; continues " << timeIn(snapshot.nextStart, zone, u"ddd yyyy-MM-dd HH:mm"_s) << Qt::endl;
            break;
        case NowNext::Phase::During:
            break;
        }
        if (!snapshot.now.isEmpty()) {
            out << "Now:" << Qt::endl;
            for (const NowNext::Entry &entry : snapshot.now)
                printEntry(out, entry, zone);
        }
        if (!snapshot.next.isEmpty()) {
            out << "Next " << windowMinutes << " min:" << Qt::endl;
            for (const NowNext::Entry &entry : snapshot.next)
                printEntry(out, entry, zone);
        }
    }
    if (json) {
        const QTimeZone zone = conferences.size() == 1 ? conferences.constFirst().timeZone() : QTimeZone::utc();
        context.printJson(QJsonObject{{u"at"_s, TimeRules::isoWithOffset(at, zone)},
                                      {u"now"_s, nowArray},
                                      {u"next"_s, nextArray},
                                      {u"conferences"_s, conferenceArray}});
    }
    return 0;
}

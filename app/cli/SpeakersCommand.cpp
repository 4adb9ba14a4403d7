#include "CliArguments.h"
#include "CliCommands.h"
#include "CliContext.h"

#include "agenda/Speakers.h"
#include "store/HiddenItems.h"
#include "store/ScheduleStore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

int CliCommands::speakers(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(CliArguments::jsonOption());
    parser.addOption(CliArguments::conferenceOption());
    if (!CliArguments::parse(parser, u"speakers"_s, arguments, context))
        return 2;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(u"speakers: unexpected \"%1\""_s.arg(parser.positionalArguments().constFirst()));

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
        return context.fail(u"speakers: cannot read the hidden items: %1"_s.arg(error));
    QList<Event> events;
    for (const Conference &conference : std::as_const(conferences)) {
        const QHash<QString, QDateTime> cancelled = context.schedule.cancelledEvents(conference.id);
        for (Event &event : context.schedule.events(conference.id)) {
            if (!cancelled.contains(event.id) && !hidden.isHidden(event))
                events.append(std::move(event));
        }
    }

    const QList<Speaker> speakers = Speakers::directory(events);
    if (parser.isSet(u"json"_s)) {
        // What the feeds say about each speaker: from the first of their conferences that says anything.
        QHash<QString, QHash<QString, PersonDetails>> detailsByConference;
        for (const Conference &conference : std::as_const(conferences))
            detailsByConference.insert(conference.id, context.schedule.speakerDetails(conference.id));
        QJsonArray array;
        for (const Speaker &speaker : speakers) {
            QJsonObject object{{u"name"_s, speaker.name},
                               {u"events"_s, QJsonArray::fromStringList(speaker.eventIds)},
                               {u"talks"_s, int(speaker.eventIds.size())},
                               {u"conferences"_s, QJsonArray::fromStringList(speaker.conferenceIds)}};
            for (const QString &conferenceId : speaker.conferenceIds) {
                const PersonDetails details = detailsByConference.value(conferenceId).value(speaker.name);
                if (details.isEmpty())
                    continue;
                QJsonArray links;
                for (const Link &link : details.links)
                    links.append(QJsonObject{{u"title"_s, link.title}, {u"url"_s, link.url}});
                object.insert(u"tagline"_s, details.tagline);
                object.insert(u"biography"_s, details.biography);
                object.insert(u"picture"_s, details.pictureUrl);
                object.insert(u"links"_s, links);
                break;
            }
            array.append(object);
        }
        context.printJson(array);
        return 0;
    }
    for (const Speaker &speaker : speakers)
        context.out << speaker.name << "  (" << speaker.eventIds.size() << ")  " << speaker.eventTitles.join(u"; "_s) << Qt::endl;
    return 0;
}

// A second process that writes user data the way a window left open all day does: its stores are
// read once, then it waits for "go" on standard input (so that every writer of a test has read
// before any writes), then writes one field of many events (or trips), one change at a time.
//
//   userdata_writer DB FIELD ROUND ID...
//   FIELD: priority | note | rating | watched | trip-notes | trip-who
//
// Prints "ready" once loaded and "done N" at the end; exits 1 on the first failed write.

#include "core/Event.h"
#include "core/Trip.h"
#include "shell/Storage.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.size() < 5) {
        err << "usage: userdata_writer DB FIELD ROUND ID..." << Qt::endl;
        return 2;
    }
    const QString field = arguments.at(2);
    const int round = arguments.at(3).toInt();
    const QStringList ids = arguments.mid(4);

    Storage storage(arguments.at(1));
    QString error;
    if (!storage.open(QDateTime::currentDateTimeUtc(), &error)) {
        err << "cannot open: " << error << Qt::endl;
        return 1;
    }
    out << "ready" << Qt::endl;
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly) || input.readLine().trimmed() != "go") {
        err << "no go" << Qt::endl;
        return 1;
    }

    int written = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString &id = ids.at(i);
        bool ok = false;
        if (field.startsWith(u"trip-"_s)) {
            // The trip as this process read it at start: another writer may have changed it since.
            std::optional<Trip> trip = storage.trips().trip(id);
            if (!trip) {
                err << "no trip " << id << Qt::endl;
                return 1;
            }
            if (field == u"trip-notes"_s)
                trip->notes = u"notes %1 of round %2"_s.arg(i).arg(round);
            else
                trip->who = u"friends %1 of round %2"_s.arg(i).arg(round);
            ok = storage.trips().update(*trip, &error);
        } else {
            const QList<Event> events = storage.schedule().eventsByIds({id});
            if (events.isEmpty()) {
                err << "no event " << id << Qt::endl;
                return 1;
            }
            const QString conference = events.constFirst().conferenceId;
            if (field == u"priority"_s)
                ok = storage.userData().setPriority(id, conference, round % 2 ? Priority::MustSee : Priority::Maybe, &error);
            else if (field == u"note"_s)
                ok = storage.userData().setNote(id, conference, u"note %1 of round %2"_s.arg(i).arg(round), &error);
            else if (field == u"rating"_s)
                ok = storage.userData().setRating(id, conference, int((i + round) % 5) + 1, &error);
            else if (field == u"watched"_s)
                ok = storage.userData().setWatched(id, conference, round % 2 == 1, &error);
            else
                error = u"unknown field "_s + field;
        }
        if (!ok) {
            err << "write " << i << " failed: " << error << Qt::endl;
            return 1;
        }
        ++written;
    }
    out << "done " << written << Qt::endl;
    return 0;
}

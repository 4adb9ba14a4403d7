// The JSON backup restore, into a database that already holds the bundled programme and some user
// data. A refused backup must change nothing; an accepted one, restored a second time, must change
// nothing more (the merge is idempotent, as UserDataBackup promises).
#include "FuzzSupport.h"
#include "agenda/UserDataBackup.h"
#include "store/Database.h"
#include "store/ScheduleStore.h"
#include "store/SqlHelpers.h"
#include "store/UserDataStore.h"
#include "sync/BundledProgramme.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace
{
struct Environment
{
    std::unique_ptr<Database> database;
    std::unique_ptr<ScheduleStore> schedule;
    std::unique_ptr<UserDataStore> userData;
    QList<EventUserData> baseline;
};
Environment *s_environment = nullptr;

const QDateTime kNow = QDateTime(QDate(2013, 7, 6), QTime(10, 0), QTimeZone::utc());

/** Every user_events and friends row as the database holds it, in key order. */
QString userRows(const Database &database)
{
    QSqlQuery query(database.connection());
    QString rows;
    for (const QString &sql : {u"SELECT * FROM user_events ORDER BY event_id"_s, u"SELECT * FROM friends ORDER BY name"_s}) {
        if (!query.exec(sql))
            FuzzSupport::broken("user rows readable", query.lastQuery());
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                rows += query.value(i).toString() + u'|';
            rows += u'\n';
        }
    }
    return rows;
}

void reset(Environment &environment)
{
    QString error;
    if (!Sql::exec(environment.database->connection(), u"DELETE FROM user_events"_s, {}, &error)
        || !Sql::exec(environment.database->connection(), u"DELETE FROM friends"_s, {}, &error)
        || !environment.userData->putAll(environment.baseline, &error) || !environment.userData->load(&error))
        FuzzSupport::broken("reset", error);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::quietQt(argc, argv);
    auto *environment = new Environment;
    environment->database = std::make_unique<Database>(u":memory:"_s);
    environment->schedule = std::make_unique<ScheduleStore>(*environment->database);
    environment->userData = std::make_unique<UserDataStore>(*environment->database);
    environment->userData->setNowProvider([] { return kNow; });
    QString error;
    if (!environment->database->open(&error) || !BundledProgramme::ensureLoaded(*environment->schedule, kNow, &error))
        FuzzSupport::broken("set-up", error);

    // Some user data already here: a must-see with a note, a maybe with a rating, a watched talk.
    const QList<Event> events = environment->schedule->events(QString::fromLatin1(BundledProgramme::kConferenceId));
    if (events.size() < 3)
        FuzzSupport::broken("set-up", u"the bundled programme has too few events"_s);
    EventUserData must;
    must.eventId = events[0].id;
    must.conferenceId = events[0].conferenceId;
    must.priority = Priority::MustSee;
    must.bookmarkedAt = kNow.addDays(-30);
    must.note = u"ask about the slides"_s;
    must.updatedAt = kNow.addDays(-30);
    EventUserData maybe = must;
    maybe.eventId = events[1].id;
    maybe.priority = Priority::Maybe;
    maybe.note.clear();
    maybe.rating = 4;
    EventUserData watched;
    watched.eventId = events[2].id;
    watched.conferenceId = events[2].conferenceId;
    watched.watchedAt = kNow.addDays(-1);
    watched.updatedAt = kNow.addDays(-1);
    environment->baseline = {must, maybe, watched};
    reset(*environment);
    s_environment = environment;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Environment &environment = *s_environment;
    const QByteArray bytes = FuzzSupport::bytesOf(data, size);
    // Read just before: each field's time of change comes from the real clock, so the rows a reset
    // writes differ by those times from the ones the previous reset wrote.
    const QString before = userRows(*environment.database);
    const RestoreReport first = UserDataBackup::restore(bytes, u"fuzz"_s, *environment.schedule, *environment.userData);
    if (!first.ok()) {
        if (userRows(*environment.database) != before)
            FuzzSupport::broken("a refused backup changes nothing", first.error);
        return 0;
    }
    const RestoreReport second = UserDataBackup::restore(bytes, u"fuzz"_s, *environment.schedule, *environment.userData);
    if (!second.ok() || second.added != 0 || second.updated != 0 || second.friends.added != 0 || second.friends.updated != 0)
        FuzzSupport::broken("restoring twice changes nothing", second.ok() ? second.summary() : second.error);
    reset(environment);
    return 0;
}

#include "ScheduleBuilder.h"

#include "core/EventJson.h"
#include "core/TimeRules.h"
#include "store/Database.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace
{
Schedule firstProgramme()
{
    return ScheduleBuilder(u"storeconf"_s)
        .event(u"g-keynote"_s, u"Keynote"_s, u"2013-07-06 09:00"_s, 60, u"Plenary Hall"_s, {u"Ada"_s})
        .event(u"g-dont"_s, u"Don't Do This"_s, u"2013-07-07 13:00"_s, 30, u"Plenary Hall"_s, {u"Richard Jones"_s})
        .event(u"g-moves"_s, u"Moving Talk"_s, u"2013-07-07 14:00"_s, 30, u"Tasman A"_s, {u"Bo"_s})
        .event(u"g-gone"_s, u"Cancelled Talk"_s, u"2013-07-07 15:00"_s, 30, u"Tasman B"_s, {u"Cy"_s})
        .event(u"g-gone2"_s, u"Unloved Talk"_s, u"2013-07-07 15:00"_s, 30, u"Tasman A"_s)
        .build();
}
} // namespace

/** Applying programmes: one transaction, the change list, cancelled bookmarks kept, user data untouched. */
class TestScheduleStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_database.reset(new Database(m_dir->filePath(u"store.sqlite"_s)));
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
        m_store.reset(new ScheduleStore(*m_database));
        m_user.reset(new UserDataStore(*m_database));
        QVERIFY(m_user->load());
    }

    void firstImportStoresEverything()
    {
        QSignalSpy conferences(m_store.get(), &ScheduleStore::conferencesChanged);
        const ApplyResult result = m_store->apply(firstProgramme(), {u"test"_s, {}});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.firstImport);
        QVERIFY(result.changes.isEmpty());
        QCOMPARE(conferences.count(), 1);

        const QList<ConferenceSummary> all = m_store->conferences();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].conference.id, u"storeconf"_s);
        QCOMPARE(all[0].eventCount, 5);
        QCOMPARE(m_store->days(u"storeconf"_s).size(), 2);
        QCOMPARE(m_store->rooms(u"storeconf"_s), (QStringList{u"Plenary Hall"_s, u"Tasman A"_s, u"Tasman B"_s}));

        const QList<Event> sunday = m_store->events(u"storeconf"_s, QDate(2013, 7, 7));
        QCOMPARE(sunday.size(), 4);
        QCOMPARE(sunday[0].title, u"Don't Do This"_s);
        QCOMPARE(TimeRules::isoWithOffset(sunday[0].start, QTimeZone("Australia/Hobart")), u"2013-07-07T13:00:00+10:00"_s);
        QCOMPARE(sunday[0].speakerNames(), QStringList{u"Richard Jones"_s});
        // Same start: room order decides (Tasman A before Tasman B).
        QCOMPARE(sunday[2].room, u"Tasman A"_s);
        QCOMPARE(sunday[3].room, u"Tasman B"_s);
    }

    /** The recording flag keeps its three values (unset, opted out, recorded), and the Sessionize flags stay. */
    void recordingFlagRoundTrips()
    {
        ScheduleBuilder builder(u"storeconf"_s);
        builder.event(u"g-out"_s, u"Opted Out"_s, u"2013-07-06 09:00"_s, 60, u"Plenary Hall"_s);
        builder.last().recorded = false;
        builder.last().plenum = true;
        builder.event(u"g-in"_s, u"Recorded"_s, u"2013-07-06 10:00"_s, 60, u"Plenary Hall"_s);
        builder.last().recorded = true;
        builder.event(u"g-silent"_s, u"Silent"_s, u"2013-07-06 11:00"_s, 60, u"Plenary Hall"_s);
        builder.last().serviceSession = true;
        const ApplyResult result = m_store->apply(builder.build(), {u"test"_s, {}});
        QVERIFY2(result.ok(), qPrintable(result.error));
        const QList<Event> events = m_store->events(u"storeconf"_s, QDate(2013, 7, 6));
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].recorded, std::optional<bool>(false));
        QVERIFY(events[0].plenum);
        QCOMPARE(events[1].recorded, std::optional<bool>(true));
        QCOMPARE(events[2].recorded, std::optional<bool>());
        QVERIFY(events[2].serviceSession);
        QVERIFY(!events[1].serviceSession && !events[1].plenum);

        const QTimeZone zone("Australia/Hobart");
        QCOMPARE(EventJson::toJson(events[0], zone, false).value(u"recorded"_s), QJsonValue(false));
        QCOMPARE(EventJson::toJson(events[1], zone, false).value(u"recorded"_s), QJsonValue(true));
        QVERIFY(EventJson::toJson(events[2], zone, false).value(u"recorded"_s).isNull());
        QCOMPARE(EventJson::toJson(events[2], zone, false).value(u"service_session"_s), QJsonValue(true));
    }

    void theSameProgrammeAgainIsANoOp()
    {
        QVERIFY(m_store->apply(firstProgramme(), {u"test"_s, {}}).ok());
        QSignalSpy changed(m_store.get(), &ScheduleStore::scheduleChanged);
        const ApplyResult again = m_store->apply(firstProgramme(), {u"test"_s, {}});
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(again.unchanged);
        QCOMPARE(changed.count(), 0);
    }

    void anUpdateReportsEachChange()
    {
        QVERIFY(m_store->apply(firstProgramme(), {u"test"_s, {}}).ok());
        Schedule updated = ScheduleBuilder(u"storeconf"_s)
                               .event(u"g-keynote"_s, u"Keynote"_s, u"2013-07-06 09:00"_s, 60, u"Plenary Hall"_s, {u"Ada"_s})
                               .event(u"g-dont"_s, u"Don't Do This"_s, u"2013-07-07 13:00"_s, 30, u"Tasman A"_s, {u"Richard Jones"_s})
                               .event(u"g-moves"_s, u"Moving Talk, renamed"_s, u"2013-07-07 14:30"_s, 30, u"Tasman A"_s, {u"Bo"_s, u"Di"_s})
                               .event(u"g-new"_s, u"Brand New"_s, u"2013-07-07 16:00"_s, 30, u"Tasman B"_s)
                               .build();
        const ApplyResult result = m_store->apply(updated, {u"test"_s, {}});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!result.unchanged);

        QHash<QString, QStringList> kinds;
        for (const EventChange &change : result.changes)
            kinds[change.title].append(EventChange::kindName(change.kind));
        QCOMPARE(kinds.value(u"Don't Do This"_s), QStringList{u"moved"_s});
        QCOMPARE(kinds.value(u"Moving Talk, renamed"_s), (QStringList{u"retimed"_s, u"renamed"_s, u"speakers"_s}));
        QCOMPARE(kinds.value(u"Brand New"_s), QStringList{u"new"_s});
        QCOMPARE(kinds.value(u"Cancelled Talk"_s), QStringList{u"cancelled"_s});
        QCOMPARE(kinds.value(u"Unloved Talk"_s), QStringList{u"cancelled"_s});

        for (const EventChange &change : result.changes) {
            if (change.kind == EventChange::Kind::Moved) {
                QCOMPARE(change.before, u"Plenary Hall"_s);
                QCOMPARE(change.after, u"Tasman A"_s);
            }
            if (change.kind == EventChange::Kind::Retimed) {
                QCOMPARE(change.before, u"2013-07-07T14:00:00+10:00/2013-07-07T14:30:00+10:00"_s);
                QCOMPARE(change.after, u"2013-07-07T14:30:00+10:00/2013-07-07T15:00:00+10:00"_s);
            }
        }
        QCOMPARE(m_store->lastChanges(u"storeconf"_s).size(), result.changes.size());
    }

    void aBookmarkedEventThatVanishesStaysMarkedCancelled()
    {
        const Schedule first = firstProgramme();
        QVERIFY(m_store->apply(first, {u"test"_s, {}}).ok());
        const QString goneId = first.events[3].id;
        const QString unlovedId = first.events[4].id;
        QVERIFY(m_user->setPriority(goneId, u"storeconf"_s, Priority::MustSee));

        Schedule updated = ScheduleBuilder(u"storeconf"_s)
                               .event(u"g-keynote"_s, u"Keynote"_s, u"2013-07-06 09:00"_s, 60, u"Plenary Hall"_s, {u"Ada"_s})
                               .build();
        QVERIFY(m_store->apply(updated, {u"test"_s, {}}).ok());

        const auto kept = m_store->event(goneId);
        QVERIFY2(kept.has_value(), "a bookmarked event is never deleted silently");
        QCOMPARE(kept->title, u"Cancelled Talk"_s);
        QVERIFY(m_store->cancelledEvents(u"storeconf"_s).contains(goneId));
        QVERIFY(!m_store->event(unlovedId).has_value());
        QVERIFY(m_user->isBookmarked(goneId));

        // The next update does not report it as cancelled again.
        const ApplyResult next = m_store->apply(updated, {u"test"_s, {}});
        QVERIFY(next.ok());
        QVERIFY(next.unchanged);

        // When it comes back it is no longer cancelled.
        QVERIFY(m_store->apply(first, {u"test"_s, {}}).ok());
        QVERIFY(!m_store->cancelledEvents(u"storeconf"_s).contains(goneId));
    }

    void removingAConferenceKeepsUserData()
    {
        const Schedule first = firstProgramme();
        QVERIFY(m_store->apply(first, {u"test"_s, {}}).ok());
        const QString id = first.events[1].id;
        QVERIFY(m_user->setPriority(id, u"storeconf"_s, Priority::Maybe));
        QVERIFY(m_user->setNote(id, u"storeconf"_s, u"Front row."_s));
        QString error;
        QVERIFY2(m_store->removeConference(u"storeconf"_s, &error), qPrintable(error));
        QVERIFY(m_store->conferences().isEmpty());
        QVERIFY(!m_store->event(id));

        UserDataStore reloaded(*m_database);
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.priority(id), Priority::Maybe);
        QCOMPARE(reloaded.value(id).note, u"Front row."_s);

        // Imported again, the bookmark applies to the same event.
        QVERIFY(m_store->apply(first, {u"test"_s, {}}).ok());
        QVERIFY(m_store->event(id).has_value());
        QVERIFY(!m_store->removeConference(u"nosuch"_s, &error));
        QVERIFY(error.contains(u"nosuch"_s));
    }

    void eventsByIdsReturnsThemInStartOrder()
    {
        const Schedule first = firstProgramme();
        QVERIFY(m_store->apply(first, {u"test"_s, {}}).ok());
        const QList<Event> found = m_store->eventsByIds({first.events[2].id, first.events[0].id, u"missing\"id"_s});
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].title, u"Keynote"_s);
        QCOMPARE(found[1].title, u"Moving Talk"_s);
    }

    void aFailedApplyChangesNothing()
    {
        QVERIFY(m_store->apply(firstProgramme(), {u"test"_s, {}}).ok());
        Schedule broken = firstProgramme();
        broken.events[2].id = broken.events[1].id; // two events with one id cannot both be stored
        broken.events[2].title = u"Changed"_s;
        const ApplyResult result = m_store->apply(broken, {u"test"_s, {}});
        QVERIFY(!result.ok());
        QVERIFY(!result.error.isEmpty());
        const QList<Event> sunday = m_store->events(u"storeconf"_s, QDate(2013, 7, 7));
        QCOMPARE(sunday.size(), 4);
        QCOMPARE(sunday[1].title, u"Moving Talk"_s);
    }

    void aReimportWritesOnlyTheEventsThatChanged()
    {
        QVERIFY(m_store->apply(firstProgramme(), {u"test"_s, {}}).ok());
        const QHash<QString, qint64> seqsBefore = seqs();
        Schedule updated = firstProgramme();
        updated.events[1].title = u"Don't Do That"_s;
        const ApplyResult result = m_store->apply(updated, {u"test"_s, {}});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!result.unchanged);
        QCOMPARE(result.eventRowsWritten, 1);
        QCOMPARE(seqs(), seqsBefore);
        QCOMPARE(result.changes.size(), 1);
        QCOMPARE(result.changes[0].kind, EventChange::Kind::Renamed);
        QCOMPARE(m_store->event(updated.events[1].id)->title, u"Don't Do That"_s);
        verifySearchIndex();
    }

    void anAbstractOnlyChangeIsStored()
    {
        QVERIFY(m_store->apply(firstProgramme(), {u"test"_s, {}}).ok());
        Schedule updated = firstProgramme();
        updated.events[2].abstract = u"Now with an abstract"_s.toUtf8();
        const ApplyResult result = m_store->apply(updated, {u"test"_s, {}});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!result.unchanged);
        QVERIFY(result.changes.isEmpty());
        QCOMPARE(result.eventRowsWritten, 1);
        QCOMPARE(QString::fromUtf8(m_store->event(updated.events[2].id)->abstract), u"Now with an abstract"_s);
        verifySearchIndex();
    }

    void speakerDetailsAreStoredAndFollowReimports()
    {
        Schedule programme = firstProgramme();
        programme.personDetails = {
            {u"Ada"_s,
             u"Ada writes compilers."_s,
             u"Compiler engineer"_s,
             u"https://pics.example.org/ada.jpg"_s,
             {{u"Home"_s, u"https://ada.example.org/"_s}, {QString(), u"mailto:ada@example.org"_s}}},
            {u"Bo"_s, {}, {}, {}, {{u"Blog"_s, u"https://bo.example.org/"_s}}},
            // Speaks at none of the events: not kept.
            {u"Zed"_s, u"Zed is not on the programme."_s, {}, {}, {}},
        };
        QVERIFY(m_store->apply(programme, {u"test"_s, {}}).ok());
        QHash<QString, PersonDetails> stored = m_store->speakerDetails(u"storeconf"_s);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.value(u"Ada"_s), programme.personDetails[0]);
        QCOMPARE(stored.value(u"Bo"_s), programme.personDetails[1]);
        QVERIFY(!stored.contains(u"Richard Jones"_s)); // a speaker the feed says nothing about
        QVERIFY(!stored.contains(u"Zed"_s));
        const QList<SpeakerDetailsAt> ada = m_store->speakerDetailsOf(u"Ada"_s);
        QCOMPARE(ada.size(), 1);
        QCOMPARE(ada[0].conferenceId, u"storeconf"_s);
        QCOMPARE(ada[0].details.biography, u"Ada writes compilers."_s);
        QVERIFY(m_store->speakerDetailsOf(u"Richard Jones"_s).isEmpty());

        // The same feed again writes nothing.
        const ApplyResult again = m_store->apply(programme, {u"test"_s, {}});
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(again.unchanged);

        // A changed biography and one link fewer: the catalogue is rewritten, no event row is.
        const QHash<QString, qint64> seqsBefore = seqs();
        QSignalSpy changed(m_store.get(), &ScheduleStore::scheduleChanged);
        programme.personDetails[0].biography = u"Ada writes compilers and tends bees."_s;
        programme.personDetails[0].links.removeLast();
        const ApplyResult result = m_store->apply(programme, {u"test"_s, {}});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!result.unchanged);
        QCOMPARE(result.eventRowsWritten, 0);
        QVERIFY(result.changes.isEmpty());
        QCOMPARE(seqs(), seqsBefore);
        QCOMPARE(changed.count(), 1);
        stored = m_store->speakerDetails(u"storeconf"_s);
        QCOMPARE(stored.value(u"Ada"_s).biography, u"Ada writes compilers and tends bees."_s);
        QCOMPARE(stored.value(u"Ada"_s).links, (QList<Link>{{u"Home"_s, u"https://ada.example.org/"_s}}));

        // A feed that stops saying anything takes the details away.
        programme.personDetails.clear();
        QVERIFY(m_store->apply(programme, {u"test"_s, {}}).ok());
        QVERIFY(m_store->speakerDetails(u"storeconf"_s).isEmpty());
        QCOMPARE(countRows(u"person_links"_s), 0);
    }

    void removingAConferenceTakesItsSpeakerDetails()
    {
        Schedule programme = firstProgramme();
        programme.personDetails = {{u"Ada"_s, u"Bio"_s, {}, {}, {{u"Home"_s, u"https://ada.example.org/"_s}}}};
        QVERIFY(m_store->apply(programme, {u"test"_s, {}}).ok());
        QCOMPARE(countRows(u"person_links"_s), 1);
        QString error;
        QVERIFY2(m_store->removeConference(u"storeconf"_s, &error), qPrintable(error));
        QCOMPARE(countRows(u"persons"_s), 0);
        QCOMPARE(countRows(u"person_links"_s), 0);
        QVERIFY(m_store->speakerDetailsOf(u"Ada"_s).isEmpty());
    }

    void aRetimedTalkKeepsSeqsInStartOrder()
    {
        QVERIFY(m_store->apply(firstProgramme(), {u"test"_s, {}}).ok());
        QVERIFY(m_user->setNote(firstProgramme().events[0].id, u"storeconf"_s, u"bring a jumper"_s));
        const QHash<QString, qint64> seqsBefore = seqs();
        // The first talk moves to the end, a new one comes first, and one goes.
        Schedule updated = ScheduleBuilder(u"storeconf"_s)
                               .event(u"g-early"_s, u"Early Bird"_s, u"2013-07-06 08:00"_s, 30, u"Plenary Hall"_s)
                               .event(u"g-keynote"_s, u"Keynote"_s, u"2013-07-07 17:00"_s, 60, u"Plenary Hall"_s, {u"Ada"_s})
                               .event(u"g-dont"_s, u"Don't Do This"_s, u"2013-07-07 13:00"_s, 30, u"Plenary Hall"_s, {u"Richard Jones"_s})
                               .event(u"g-moves"_s, u"Moving Talk"_s, u"2013-07-07 14:00"_s, 30, u"Tasman A"_s, {u"Bo"_s})
                               .event(u"g-gone"_s, u"Cancelled Talk"_s, u"2013-07-07 15:00"_s, 30, u"Tasman B"_s, {u"Cy"_s})
                               .build();
        const ApplyResult result = m_store->apply(updated, {u"test"_s, {}});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.eventRowsWritten, 3); // one inserted, one moved, one deleted
        const QHash<QString, qint64> seqsAfter = seqs();
        for (const Event &event : updated.events) {
            if (event.title == u"Don't Do This"_s || event.title == u"Moving Talk"_s || event.title == u"Cancelled Talk"_s)
                QCOMPARE(seqsAfter.value(event.id), seqsBefore.value(event.id));
        }
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"SELECT title FROM events ORDER BY seq"_s));
        QStringList bySeq;
        while (query.next())
            bySeq.append(query.value(0).toString());
        QStringList byStart;
        for (const Event &event : m_store->events(u"storeconf"_s))
            byStart.append(event.title);
        QCOMPARE(bySeq, byStart);
        QCOMPARE(m_user->value(updated.events[1].id).note, u"bring a jumper"_s);
        verifySearchIndex();
    }

    void theSearchIndexFollowsNotesAndReimports()
    {
        const Schedule first = firstProgramme();
        QVERIFY(m_store->apply(first, {u"test"_s, {}}).ok());
        QVERIFY(m_user->setNote(first.events[1].id, u"storeconf"_s, u"platypus"_s));
        verifySearchIndex();
        Schedule updated = first;
        updated.events[1].abstract = u"Rewritten"_s.toUtf8();
        QVERIFY(m_store->apply(updated, {u"test"_s, {}}).ok());
        verifySearchIndex();
        QVERIFY(m_user->setNote(first.events[1].id, u"storeconf"_s, QString()));
        verifySearchIndex();
        QString error;
        QVERIFY2(m_store->removeConference(u"storeconf"_s, &error), qPrintable(error));
        verifySearchIndex();
    }

private:
    QHash<QString, qint64> seqs() const
    {
        QHash<QString, qint64> result;
        QSqlQuery query(m_database->connection());
        if (query.exec(u"SELECT id, seq FROM events"_s)) {
            while (query.next())
                result.insert(query.value(0).toString(), query.value(1).toLongLong());
        }
        return result;
    }

    int countRows(const QString &table) const
    {
        QSqlQuery query(m_database->connection());
        if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    /** FTS5's own check of the index against the text it reads (the view over events and notes). */
    void verifySearchIndex()
    {
        QSqlQuery query(m_database->connection());
        QVERIFY2(query.exec(u"INSERT INTO event_search (event_search, rank) VALUES ('integrity-check', 1)"_s),
                 qPrintable(query.lastError().text()));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ScheduleStore> m_store;
    std::unique_ptr<UserDataStore> m_user;
};

QTEST_GUILESS_MAIN(TestScheduleStore)
#include "tst_schedulestore.moc"

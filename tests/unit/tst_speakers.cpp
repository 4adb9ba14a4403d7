#include "ScheduleBuilder.h"

#include "agenda/Speakers.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** The speakers directory as a function of the events, and how typed text finds a name. */
class TestSpeakers : public QObject
{
    Q_OBJECT

    static QStringList names(const QList<Speaker> &speakers)
    {
        QStringList result;
        for (const Speaker &speaker : speakers)
            result.append(speaker.name);
        return result;
    }

private Q_SLOTS:
    void countsEveryTalkOfEveryone()
    {
        const Schedule schedule = ScheduleBuilder(u"sp"_s)
                                      .event(u"a"_s, u"Solo"_s, u"2013-07-06 09:00"_s, 30, u"Hall"_s, {u"Bob"_s})
                                      .event(u"b"_s, u"Pair"_s, u"2013-07-06 10:00"_s, 30, u"Hall"_s, {u"Ann"_s, u"Bob"_s})
                                      .event(u"c"_s, u"Twice listed"_s, u"2013-07-07 10:00"_s, 30, u"Hall"_s, {u"Émile"_s, u"Émile"_s})
                                      .event(u"d"_s, u"Nobody"_s, u"2013-07-07 11:00"_s, 30, u"Hall"_s, {u"  "_s})
                                      .event(u"e"_s, u"Lower case"_s, u"2013-07-07 12:00"_s, 30, u"Hall"_s, {u"ada"_s})
                                      .build();
        const QList<Speaker> speakers = Speakers::directory(schedule.events);
        // Sorted as people read names: case and accents do not push anyone to the end.
        QCOMPARE(names(speakers), (QStringList{u"ada"_s, u"Ann"_s, u"Bob"_s, u"Émile"_s}));
        const Speaker &bob = speakers[2];
        // The event shared by two speakers counts for both.
        QCOMPARE(bob.eventIds, (QStringList{schedule.events[0].id, schedule.events[1].id}));
        QCOMPARE(bob.eventTitles, (QStringList{u"Solo"_s, u"Pair"_s}));
        QCOMPARE(speakers[1].eventIds, QStringList{schedule.events[1].id});
        // A name listed twice on one event counts once.
        QCOMPARE(speakers[3].eventIds.size(), 1);
        QCOMPARE(bob.conferenceIds, QStringList{u"sp"_s});
    }

    void acrossConferences()
    {
        Schedule first = ScheduleBuilder(u"one"_s).event(u"a"_s, u"First"_s, u"2013-07-06 09:00"_s, 30, u"Hall"_s, {u"Ann"_s}).build();
        const Schedule second =
            ScheduleBuilder(u"two"_s).event(u"a"_s, u"Second"_s, u"2014-07-06 09:00"_s, 30, u"Hall"_s, {u"Ann"_s}).build();
        first.events.append(second.events);
        const QList<Speaker> speakers = Speakers::directory(first.events);
        QCOMPARE(speakers.size(), 1);
        QCOMPARE(speakers[0].eventIds.size(), 2);
        QCOMPARE(speakers[0].conferenceIds, (QStringList{u"one"_s, u"two"_s}));
    }

    void searchIgnoresCaseAccentsAndWordOrder()
    {
        QVERIFY(Speakers::matches(u"José Ángel Pérez"_s, u"jose"_s));
        QVERIFY(Speakers::matches(u"José Ángel Pérez"_s, u"PEREZ angel"_s));
        QVERIFY(Speakers::matches(u"Richard Jones"_s, u"  rich  "_s));
        QVERIFY(Speakers::matches(u"Richard Jones"_s, u""_s));
        QVERIFY(!Speakers::matches(u"Richard Jones"_s, u"richard smith"_s));
        QCOMPARE(Speakers::fold(u"Ünïcödé"_s), u"unicode"_s);
    }
};

QTEST_GUILESS_MAIN(TestSpeakers)
#include "tst_speakers.moc"

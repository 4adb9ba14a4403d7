#include "core/Event.h"
#include "store/EventContentHash.h"

#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Qt::Literals::StringLiterals;

/**
 * The digest by which a re-import tells a changed event from an unchanged one: anything stored
 * of an event changes it, and it is the same from run to run (it is kept in the database).
 */
class TestEventContentHash : public QObject
{
    Q_OBJECT

    static Event sample()
    {
        Event event;
        event.id = u"conf-1"_s;
        event.guid = u"30303030-3030-3030-3030-303030303031"_s;
        event.feedId = u"1"_s;
        event.slug = u"bench-1"_s;
        event.title = u"Zoë's Café Tour"_s;
        event.subtitle = u"a subtitle"_s;
        event.room = u"Room 0"_s;
        event.track = u"Main"_s;
        event.type = u"lecture"_s;
        event.language = u"en"_s;
        event.abstract = u"An abstract of a few words, long enough to take more than one step."_s.toUtf8();
        event.url = u"https://example.org/talk/1"_s;
        event.start = QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc());
        event.end = event.start.addSecs(1800);
        event.day = QDate(2026, 3, 2);
        event.persons = {Person{u"3"_s, u"Bo Santos"_s}};
        event.links = {Link{u"Slides"_s, u"https://example.org/slides/1.pdf"_s}};
        event.videos = {u"https://media.ccc.de/v/bench-1"_s};
        return event;
    }

private Q_SLOTS:
    void everyStoredFieldChangesTheDigest_data()
    {
        QTest::addColumn<std::function<void(Event &)>>("change");
        QTest::newRow("title") << std::function<void(Event &)>([](Event &e) { e.title += u'!'; });
        QTest::newRow("abstract, one letter") << std::function<void(Event &)>([](Event &e) { e.abstract[30] = 'X'; });
        QTest::newRow("guid") << std::function<void(Event &)>([](Event &e) { e.guid.chop(1); });
        QTest::newRow("start") << std::function<void(Event &)>([](Event &e) { e.start = e.start.addSecs(60); });
        QTest::newRow("recorded") << std::function<void(Event &)>([](Event &e) { e.recorded = false; });
        QTest::newRow("plenum") << std::function<void(Event &)>([](Event &e) { e.plenum = true; });
        QTest::newRow("speaker id") << std::function<void(Event &)>([](Event &e) { e.persons[0].id = u"4"_s; });
        QTest::newRow("link title") << std::function<void(Event &)>([](Event &e) { e.links[0].title = u"Paper"_s; });
        QTest::newRow("a video more") << std::function<void(Event &)>([](Event &e) { e.videos.append(e.videos.constFirst()); });
        // The same letters, split differently between two fields.
        QTest::newRow("text moved between fields") << std::function<void(Event &)>([](Event &e) {
            e.subtitle = e.title.right(4) + e.subtitle;
            e.title.chop(4);
        });
        QTest::newRow("a letter not on an 8-byte boundary")
            << std::function<void(Event &)>([](Event &e) { e.url.replace(u"talk"_s, u"tulk"_s); });
    }

    void everyStoredFieldChangesTheDigest()
    {
        QFETCH(std::function<void(Event &)>, change);
        Event changed = sample();
        change(changed);
        QVERIFY(!(changed == sample()));
        QVERIFY(EventContentHash::of(changed) != EventContentHash::of(sample()));
    }

    void theSameEventHasTheSameDigest()
    {
        QCOMPARE(EventContentHash::of(sample()), EventContentHash::of(sample()));
        // Kept in the database: the value itself is the same on every machine and in every build
        // (a new digest comes with a new version in EventContentHash::of, and a new value here).
        QCOMPARE(EventContentHash::of(sample()), Q_INT64_C(-78726717360843699));
    }
};

QTEST_GUILESS_MAIN(TestEventContentHash)
#include "tst_eventcontenthash.moc"

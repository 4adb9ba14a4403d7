#include "ScheduleBuilder.h"

#include "core/EventIdentity.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** Stable ids: the same on every machine and every re-import, whatever order the feed lists slots in. */
class TestEventIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conferenceIdsAreSlugs()
    {
        Conference conference;
        conference.acronym = u"Camp2019"_s;
        QCOMPARE(EventIdentity::conferenceIdFor(conference), u"camp2019"_s);
        conference.acronym.clear();
        conference.title = u"Kieler Linux-Tage 2020 – Zoë's Edition"_s;
        QCOMPARE(EventIdentity::conferenceIdFor(conference), u"kieler-linux-tage-2020-zoe-s-edition"_s);
        conference.title.clear();
        QCOMPARE(EventIdentity::conferenceIdFor(conference), u"conference"_s);
    }

    void theKeyFallsBackFromGuidToIdToSlugToTitle()
    {
        Event event;
        event.title = u"Talk"_s;
        event.start = QDateTime(QDate(2013, 7, 7), QTime(3, 0), QTimeZone::utc());
        QCOMPARE(EventIdentity::keyFor(event), u"title:Talk@2013-07-07T03:00:00Z"_s);
        event.slug = u"talk-slug"_s;
        QCOMPARE(EventIdentity::keyFor(event), u"slug:talk-slug"_s);
        event.feedId = u"42"_s;
        QCOMPARE(EventIdentity::keyFor(event), u"id:42"_s);
        event.guid = u"A0A0FCFE-B7FB-46E3-84B6-97A5406016B4"_s;
        QCOMPARE(EventIdentity::keyFor(event), u"guid:a0a0fcfe-b7fb-46e3-84b6-97a5406016b4"_s);
    }

    void idsNeverChangeBetweenVersions()
    {
        // A bookmark made with one version must find its event with every later one: this value
        // is the contract, not an implementation detail.
        QCOMPARE(EventIdentity::idFor(u"pyconau2013"_s, u"guid:00000000-0000-0000-0000-000000000001"_s), u"8137ad60116e1f46"_s);
        QCOMPARE(EventIdentity::idFor(u"pyconau2013"_s, u"guid:x"_s).size(), 16);
    }

    void repeatedKeysAreNumberedInStartOrderWhateverTheFileOrder()
    {
        auto build = [](bool reversed) {
            ScheduleBuilder builder(u"dup"_s, u"Europe/Berlin"_s);
            if (reversed) {
                builder.event(u"same"_s, u"Workshop part 2"_s, u"2019-12-28 14:00"_s, 60, u"A"_s);
                builder.event(u"same"_s, u"Workshop part 1"_s, u"2019-12-27 14:00"_s, 60, u"A"_s);
            } else {
                builder.event(u"same"_s, u"Workshop part 1"_s, u"2019-12-27 14:00"_s, 60, u"A"_s);
                builder.event(u"same"_s, u"Workshop part 2"_s, u"2019-12-28 14:00"_s, 60, u"A"_s);
            }
            return builder.build();
        };
        const Schedule forward = build(false);
        const Schedule backward = build(true);
        QVERIFY(forward.events[0].id != forward.events[1].id);
        QCOMPARE(forward.events[0].id, backward.events[1].id);
        QCOMPARE(forward.events[1].id, backward.events[0].id);
        QCOMPARE(forward.events[0].id, EventIdentity::idFor(u"dup"_s, u"guid:same"_s));
        QCOMPARE(forward.events[1].id, EventIdentity::idFor(u"dup"_s, u"guid:same#2"_s));
    }
};

QTEST_GUILESS_MAIN(TestEventIdentity)
#include "tst_eventidentity.moc"

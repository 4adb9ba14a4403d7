#include "ScheduleBuilder.h"

#include "store/Database.h"
#include "store/HiddenItems.h"
#include "store/ScheduleStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** What the user hid from every view: per conference, per kind, kept in the database, reversible. */
class TestHiddenItems : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_database;
    std::unique_ptr<QTemporaryDir> m_dir;

    static Event event(const QString &conferenceId, const QString &track, const QString &room, const QString &language, const QString &type)
    {
        Event result;
        result.conferenceId = conferenceId;
        result.track = track;
        result.room = room;
        result.language = language;
        result.type = type;
        return result;
    }

private Q_SLOTS:
    void init()
    {
        // A new database per test (the old one is closed first).
        m_database.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<Database>(m_dir->filePath(u"hidden.sqlite"_s));
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
    }

    void hidesEachKindOnlyInItsConference()
    {
        HiddenItems hidden(*m_database);
        QVERIFY(hidden.load());
        const Event talk = event(u"conf"_s, u"Web"_s, u"Tasman A"_s, u"en"_s, u"talk"_s);
        QVERIFY(!hidden.isHidden(talk));

        QSignalSpy changed(&hidden, &HiddenItems::changed);
        QVERIFY(hidden.setHidden(u"conf"_s, HiddenItems::Kind::Track, u"Web"_s, true));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), u"conf"_s);
        QVERIFY(hidden.isHidden(talk));
        QVERIFY(!hidden.isHidden(event(u"other"_s, u"Web"_s, u"Tasman A"_s, u"en"_s, u"talk"_s)));
        QVERIFY(!hidden.isHidden(event(u"conf"_s, u"Data"_s, u"Tasman A"_s, u"en"_s, u"talk"_s)));

        QVERIFY(hidden.setHidden(u"conf"_s, HiddenItems::Kind::Room, u"Tasman B"_s, true));
        QVERIFY(hidden.isHidden(event(u"conf"_s, u"Data"_s, u"Tasman B"_s, u"en"_s, u"talk"_s)));
        QVERIFY(hidden.setHidden(u"conf"_s, HiddenItems::Kind::Language, u"de"_s, true));
        QVERIFY(hidden.isHidden(event(u"conf"_s, u"Data"_s, u"Tasman A"_s, u"de"_s, u"talk"_s)));
        QVERIFY(hidden.setHidden(u"conf"_s, HiddenItems::Kind::Type, u"meal/break"_s, true));
        QVERIFY(hidden.isHidden(event(u"conf"_s, u"Data"_s, u"Tasman A"_s, u"en"_s, u"meal/break"_s)));
        QCOMPARE(hidden.count(u"conf"_s), 4);
        QCOMPARE(hidden.count(u"other"_s), 0);
        QCOMPARE(hidden.values(u"conf"_s, HiddenItems::Kind::Room), QStringList{u"Tasman B"_s});

        // Hiding what is already hidden changes nothing and says nothing.
        changed.clear();
        QVERIFY(hidden.setHidden(u"conf"_s, HiddenItems::Kind::Track, u"Web"_s, true));
        QCOMPARE(changed.count(), 0);

        QVERIFY(hidden.setHidden(u"conf"_s, HiddenItems::Kind::Track, u"Web"_s, false));
        QVERIFY(!hidden.isHidden(talk));
        QCOMPARE(changed.count(), 1);
    }

    void keptInTheDatabaseAndUndoneInOneGo()
    {
        {
            HiddenItems hidden(*m_database);
            QVERIFY(hidden.load());
            QVERIFY(hidden.setHidden(u"conf"_s, HiddenItems::Kind::Track, u"Web"_s, true));
            QVERIFY(hidden.setHidden(u"conf"_s, HiddenItems::Kind::Room, u""_s, true));
            QVERIFY(hidden.setHidden(u"other"_s, HiddenItems::Kind::Track, u"Web"_s, true));
        }
        HiddenItems again(*m_database);
        QVERIFY(again.load());
        QCOMPARE(again.count(u"conf"_s), 2);
        // Hiding "no room" hides the events without one.
        QVERIFY(again.isHidden(event(u"conf"_s, u"Data"_s, QString(), u"en"_s, u"talk"_s)));

        QSignalSpy changed(&again, &HiddenItems::changed);
        QVERIFY(again.showAll(u"conf"_s));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(again.count(u"conf"_s), 0);
        QCOMPARE(again.count(u"other"_s), 1);

        HiddenItems third(*m_database);
        QVERIFY(third.load());
        QCOMPARE(third.count(u"conf"_s), 0);
        QCOMPARE(third.count(u"other"_s), 1);
    }

    void survivesAProgrammeUpdate()
    {
        ScheduleStore store(*m_database);
        QVERIFY(store
                    .apply(ScheduleBuilder(u"conf"_s).event(u"a"_s, u"A"_s, u"2013-07-06 09:00"_s, 30, u"Room"_s, {}, u"Web"_s).build(),
                           {u"test"_s, {}})
                    .ok());
        HiddenItems hidden(*m_database);
        QVERIFY(hidden.load());
        QVERIFY(hidden.setHidden(u"conf"_s, HiddenItems::Kind::Track, u"Web"_s, true));
        QVERIFY(store.apply(ScheduleBuilder(u"conf"_s).event(u"b"_s, u"B"_s, u"2013-07-06 10:00"_s, 30, u"Room"_s).build(), {u"test"_s, {}})
                    .ok());
        QString error;
        QVERIFY(store.removeConference(u"conf"_s, &error));
        HiddenItems again(*m_database);
        QVERIFY(again.load());
        QVERIFY(again.isHidden(u"conf"_s, HiddenItems::Kind::Track, u"Web"_s));
    }

    void refusesWithoutAConference()
    {
        HiddenItems hidden(*m_database);
        QString error;
        QVERIFY(!hidden.setHidden({}, HiddenItems::Kind::Track, u"Web"_s, true, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(HiddenItems::kindFromName(u"language"_s), HiddenItems::Kind::Language);
        QVERIFY(!HiddenItems::kindFromName(u"speaker"_s));
        QCOMPARE(HiddenItems::kindName(HiddenItems::Kind::Type), u"type"_s);
    }
};

QTEST_GUILESS_MAIN(TestHiddenItems)
#include "tst_hiddenitems.moc"

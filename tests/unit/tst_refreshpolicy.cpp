#include "sync/RefreshPolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace
{
Conference hobart()
{
    Conference conference;
    conference.id = u"synccon"_s;
    conference.timeZoneId = u"Australia/Hobart"_s;
    conference.start = QDate(2013, 7, 6);
    conference.end = QDate(2013, 7, 7);
    conference.dayChange = QTime(4, 0);
    return conference;
}

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2013, 7, day), QTime(hour, minute), QTimeZone("Australia/Hobart")).toUTC();
}
} // namespace

/** When subscriptions refresh by themselves: often during the conference, less before, never after. */
class TestRefreshPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void intervals_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<qint64>("expected"); // -1: never
        QTest::newRow("a month before") << at(6, 10).addDays(-30) << RefreshPolicy::kEarlierSeconds;
        QTest::newRow("eight days before") << at(6, 0).addDays(-8) << RefreshPolicy::kEarlierSeconds;
        QTest::newRow("six days before") << at(6, 0).addDays(-6) << RefreshPolicy::kWeekBeforeSeconds;
        QTest::newRow("the evening before") << at(5, 23, 59) << RefreshPolicy::kWeekBeforeSeconds;
        QTest::newRow("first minute") << at(6, 0) << RefreshPolicy::kDuringSeconds;
        QTest::newRow("first morning") << at(6, 10) << RefreshPolicy::kDuringSeconds;
        QTest::newRow("last evening") << at(7, 23) << RefreshPolicy::kDuringSeconds;
        QTest::newRow("after midnight, before day change") << at(8, 3, 59) << RefreshPolicy::kDuringSeconds;
        QTest::newRow("at the day change") << at(8, 4) << qint64(-1);
        QTest::newRow("a week after") << at(14, 12) << qint64(-1);
    }
    void intervals()
    {
        QFETCH(QDateTime, now);
        QFETCH(qint64, expected);
        const std::optional<qint64> interval = RefreshPolicy::interval(hobart(), now);
        QCOMPARE(interval.value_or(-1), expected);
    }

    void theUsersIntervalDuringAndAtLeastTheDefaultsBefore()
    {
        const auto conference = std::optional<Conference>(hobart());
        QCOMPARE(RefreshPolicy::interval(conference, at(6, 10), 15 * 60).value_or(-1), 15 * 60);
        QCOMPARE(RefreshPolicy::interval(conference, at(6, 10), 3 * 3600).value_or(-1), 3 * 3600);
        QCOMPARE(RefreshPolicy::interval(conference, at(5, 10), 15 * 60).value_or(-1), RefreshPolicy::kWeekBeforeSeconds);
        QCOMPARE(RefreshPolicy::interval(conference, at(5, 10), 24 * 3600).value_or(-1), 24 * 3600);
        QCOMPARE(RefreshPolicy::interval(conference, at(6, 10).addDays(-30), 15 * 60).value_or(-1), RefreshPolicy::kEarlierSeconds);
        QVERIFY(!RefreshPolicy::interval(conference, at(9, 10), 15 * 60));
        QVERIFY(RefreshPolicy::isDue(conference, at(6, 10), at(6, 10, 15), 15 * 60));
        QVERIFY(!RefreshPolicy::isDue(conference, at(6, 10), at(6, 10, 15), 30 * 60));
    }

    void unknownConferenceRefreshesAsIfRunning()
    {
        QCOMPARE(RefreshPolicy::interval(std::nullopt, at(1, 1)).value_or(-1), RefreshPolicy::kDuringSeconds);
    }

    void dueAfterTheInterval()
    {
        const auto conference = std::optional<Conference>(hobart());
        const QDateTime last = at(6, 10);
        QVERIFY(RefreshPolicy::isDue(conference, QDateTime(), last));
        QVERIFY(!RefreshPolicy::isDue(conference, last, last.addSecs(29 * 60)));
        QVERIFY(RefreshPolicy::isDue(conference, last, last.addSecs(30 * 60)));
        // The clock set back (--now in the past): due at once rather than never.
        QVERIFY(RefreshPolicy::isDue(conference, last.addDays(400), last));
        // Over: never due, however long ago the last attempt.
        QVERIFY(!RefreshPolicy::isDue(conference, last, at(20, 10)));
    }

    void retryDelays()
    {
        const QList<int> delays{1000, 4000};
        QCOMPARE(RefreshPolicy::retryDelay(delays, 1).value_or(-1), 1000);
        QCOMPARE(RefreshPolicy::retryDelay(delays, 2).value_or(-1), 4000);
        QVERIFY(!RefreshPolicy::retryDelay(delays, 3));
        QVERIFY(!RefreshPolicy::retryDelay({}, 1));
    }
};

QTEST_GUILESS_MAIN(TestRefreshPolicy)
#include "tst_refreshpolicy.moc"

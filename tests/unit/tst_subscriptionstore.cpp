#include "store/Database.h"
#include "store/SubscriptionStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

/** The subscriptions table: URLs as kept, one row per URL, the sync bookkeeping, URL changes. */
class TestSubscriptionStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SubscriptionStore> m_store;
    const QDateTime m_now = QDateTime(QDate(2013, 7, 6), QTime(0, 0), QTimeZone::utc());

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<Database>(m_dir->filePath(u"subscriptions.sqlite"_s));
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
        m_store = std::make_unique<SubscriptionStore>(*m_database);
    }

    void normalizesUrls_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kept");
        QTest::newRow("https") << u"https://pretalx.example/conf/schedule.xml"_s << u"https://pretalx.example/conf/schedule.xml"_s;
        QTest::newRow("bare host gets https") << u"  fosdem.org/2026/schedule/xml "_s << u"https://fosdem.org/2026/schedule/xml"_s;
        QTest::newRow("http kept") << u"http://127.0.0.1:8765/schedule.xml"_s << u"http://127.0.0.1:8765/schedule.xml"_s;
        QTest::newRow("fragment dropped") << u"https://a.example/s.json#top"_s << u"https://a.example/s.json"_s;
        QTest::newRow("query kept") << u"https://a.example/export?format=xml"_s << u"https://a.example/export?format=xml"_s;
        QTest::newRow("ftp refused") << u"ftp://a.example/s.xml"_s << QString();
        QTest::newRow("file refused") << u"file:///etc/passwd"_s << QString();
        QTest::newRow("javascript refused") << u"javascript:alert(1)"_s << QString();
        QTest::newRow("empty refused") << u"   "_s << QString();
    }
    void normalizesUrls()
    {
        QFETCH(QString, typed);
        QFETCH(QString, kept);
        QString error;
        QCOMPARE(SubscriptionStore::normalizeUrl(typed, &error), kept);
        QCOMPARE(error.isEmpty(), !kept.isEmpty());
    }

    void addsOnceAndRecordsSyncs()
    {
        QSignalSpy added(m_store.get(), &SubscriptionStore::added);
        QSignalSpy changed(m_store.get(), &SubscriptionStore::changed);
        QString error;
        const auto subscription = m_store->add(u"example.org/schedule.xml"_s, u"Europe/Brussels"_s, m_now, &error);
        QVERIFY2(subscription, qPrintable(error));
        QCOMPARE(added.count(), 1);
        QCOMPARE(subscription->url, u"https://example.org/schedule.xml"_s);
        QCOMPARE(subscription->timeZone, u"Europe/Brussels"_s);
        QVERIFY(subscription->conferenceId.isEmpty());
        QCOMPARE(subscription->createdAt, m_now);
        QVERIFY(!subscription->lastSuccessAt.isValid());

        QVERIFY(!m_store->add(u"https://example.org/schedule.xml"_s, {}, m_now, &error));
        QVERIFY2(error.contains(u"already subscribed"_s), qPrintable(error));

        const qint64 id = subscription->id;
        QVERIFY(m_store->recordFailure(id, u"HTTP 500"_s, m_now.addSecs(60)));
        QCOMPARE(m_store->byId(id)->lastError, u"HTTP 500"_s);
        QCOMPARE(m_store->byId(id)->lastAttemptAt, m_now.addSecs(60));
        QVERIFY(m_store->recordSuccess(id, u"fosdem2026"_s, u"\"abc\""_s, u"Sat, 01 Feb 2026 00:00:00 GMT"_s, m_now.addSecs(120)));
        const Subscription after = *m_store->byId(id);
        QCOMPARE(after.conferenceId, u"fosdem2026"_s);
        QCOMPARE(after.etag, u"\"abc\""_s);
        QCOMPARE(after.lastModified, u"Sat, 01 Feb 2026 00:00:00 GMT"_s);
        QCOMPARE(after.lastSuccessAt, m_now.addSecs(120));
        QVERIFY(after.lastError.isEmpty());
        QCOMPARE(m_store->forConference(u"fosdem2026"_s)->id, id);
        QVERIFY(changed.count() >= 2);
    }

    void changingTheUrlKeepsTheConferenceAndForgetsValidators()
    {
        const auto s = m_store->add(u"https://old.example/schedule.xml"_s, {}, m_now, nullptr);
        QVERIFY(s);
        QVERIFY(m_store->recordSuccess(s->id, u"conf"_s, u"\"v1\""_s, u"yesterday"_s, m_now));
        QString error;
        QVERIFY2(m_store->setUrl(s->id, u"https://new.example/schedule.json"_s, &error), qPrintable(error));
        const Subscription moved = *m_store->byId(s->id);
        QCOMPARE(moved.url, u"https://new.example/schedule.json"_s);
        QCOMPARE(moved.conferenceId, u"conf"_s);
        QVERIFY(moved.etag.isEmpty());
        QVERIFY(moved.lastModified.isEmpty());

        // Undo restores the whole row.
        QVERIFY(m_store->restore(*s, &error));
        QCOMPARE(m_store->byId(s->id)->url, u"https://old.example/schedule.xml"_s);

        const auto other = m_store->add(u"https://other.example/x.xml"_s, {}, m_now, nullptr);
        QVERIFY(!m_store->setUrl(other->id, u"https://old.example/schedule.xml"_s, &error));
        QVERIFY2(error.contains(u"another subscription"_s), qPrintable(error));
        QVERIFY(!m_store->setUrl(other->id, u"gopher://x"_s, &error));
    }

    void removesOneOrAConferencesSubscriptions()
    {
        const auto a = m_store->add(u"https://a.example/s.xml"_s, {}, m_now, nullptr);
        const auto b = m_store->add(u"https://b.example/s.xml"_s, {}, m_now, nullptr);
        QVERIFY(m_store->recordSuccess(a->id, u"conf"_s, {}, {}, m_now));
        QSignalSpy removed(m_store.get(), &SubscriptionStore::removed);
        QString error;
        QVERIFY(m_store->removeForConference(u"conf"_s, &error));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_store->all().size(), 1);
        QVERIFY(m_store->remove(b->id, &error));
        QVERIFY(!m_store->remove(b->id, &error));
        QVERIFY(m_store->all().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionStore)
#include "tst_subscriptionstore.moc"

#include "LoopbackHttpServer.h"
#include "ScheduleBuilder.h"
#include "TestApp.h"
#include "TestSupport.h"

#include "models/ChangeListModel.h"
#include "models/DayModel.h"
#include "models/EventDetails.h"
#include "models/SourceListModel.h"
#include "models/SyncController.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/**
 * What QML sees of syncing: the Sync controller, the sources list (a row per conference with its
 * sync state), the changes list, the import report, and the new/changed marks in the day model.
 */
class TestSyncController : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestApp> m_app;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<LoopbackHttpServer> m_server;

    static QVariant roleValue(const QAbstractItemModel &model, int row, const QByteArray &role)
    {
        return model.data(model.index(row, 0), model.roleNames().key(role));
    }

    QString idOf(const QString &title) const
    {
        for (const Event &event : m_app->schedule->events(u"synccon"_s)) {
            if (event.title == title)
                return event.id;
        }
        return {};
    }

    /** Subscribes through the controller and waits for the report. */
    QVariantMap subscribe()
    {
        QSignalSpy finished(m_sync.get(), &SyncController::subscribeFinished);
        const QString error = m_sync->subscribe(m_server->url(u"/schedule.xml"_s).toString(), {});
        if (!error.isEmpty())
            return {{u"ok"_s, false}, {u"message"_s, error}};
        if (!finished.wait(20000))
            return {{u"ok"_s, false}, {u"message"_s, u"no report"_s}};
        QCoreApplication::processEvents();
        return finished.takeFirst().at(0).toMap();
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<TestApp>(QDateTime(QDate(2013, 7, 6), QTime(0, 0), QTimeZone::utc()));
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_sync = std::make_unique<SyncController>(*m_app->database, *m_app->schedule, *m_app->userData, m_app->clock, *m_network);
        m_sync->manager().setRetryDelays({});
        m_server = std::make_unique<LoopbackHttpServer>();
        QVERIFY(m_server->listen());
        m_server->route("/schedule.xml", LoopbackHttpServer::ok(TestSupport::readFile(TestSupport::fixturePath(u"sync/schedule.xml"_s))));
    }

    void cleanup()
    {
        m_sync.reset();
        m_server.reset();
        m_network.reset();
        m_app.reset();
    }

    void sourcesFollowSubscribingAndSyncing()
    {
        SourceListModel *sources = m_sync->sources();
        QAbstractItemModelTester tester(sources, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(sources->rowCount(), 0);

        // A conference from a file.
        const ApplyResult applied =
            m_app->schedule->apply(ScheduleBuilder(u"fileconf"_s).event(u"g1"_s, u"Talk"_s, u"2013-07-06 10:00"_s, 30, u"Room"_s).build(),
                                   {u"/home/me/fileconf.xml"_s, m_app->clock.now()});
        QVERIFY2(applied.ok(), qPrintable(applied.error));
        QCOMPARE(sources->rowCount(), 1);
        QCOMPARE(roleValue(*sources, 0, "kind").toString(), u"file"_s);
        QCOMPARE(roleValue(*sources, 0, "source").toString(), u"/home/me/fileconf.xml"_s);
        QCOMPARE(roleValue(*sources, 0, "subscriptionId").toInt(), -1);
        QCOMPARE(sources->subscriptionCount(), 0);

        // Subscribing: a row of its own while the first sync runs, then the conference's row.
        QSignalSpy finished(m_sync.get(), &SyncController::subscribeFinished);
        QVERIFY(m_sync->subscribe(m_server->url(u"/schedule.xml"_s).toString(), {}).isEmpty());
        QVERIFY(m_sync->isBusy());
        const int pending = sources->indexOfSubscription(1);
        QVERIFY(pending >= 0);
        QVERIFY(roleValue(*sources, pending, "syncing").toBool());
        QCOMPARE(roleValue(*sources, pending, "phase").toString(), u"fetching"_s);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.constFirst().at(0).toMap().value(u"ok"_s).toBool(),
                 qPrintable(finished.constFirst().at(0).toMap().value(u"message"_s).toString()));
        QCoreApplication::processEvents();

        QCOMPARE(sources->rowCount(), 2);
        const int row = sources->indexOfConference(u"synccon"_s);
        QVERIFY(row >= 0);
        QCOMPARE(roleValue(*sources, row, "kind").toString(), u"subscription"_s);
        QCOMPARE(roleValue(*sources, row, "url").toString(), m_server->url(u"/schedule.xml"_s).toString());
        QCOMPARE(roleValue(*sources, row, "lastSuccess").toDateTime(), m_app->clock.now());
        QVERIFY(!roleValue(*sources, row, "syncing").toBool());
        QCOMPARE(roleValue(*sources, row, "eventCount").toInt(), 7);
        QCOMPARE(sources->subscriptionCount(), 1);
        QVERIFY(!m_sync->isBusy());

        // A failed refresh shows its error on the row; the programme stays.
        m_server->route("/schedule.xml", LoopbackHttpServer::status(503, "Service Unavailable"));
        QSignalSpy synced(&m_sync->manager(), &SyncManager::syncFinished);
        m_sync->refresh(roleValue(*sources, row, "subscriptionId").toInt());
        QVERIFY(synced.wait(20000));
        QCoreApplication::processEvents();
        QVERIFY(roleValue(*sources, row, "lastError").toString().contains(u"HTTP 503"_s));
        QCOMPARE(roleValue(*sources, row, "eventCount").toInt(), 7);

        // Removing the conference removes its subscription and its row.
        QVERIFY(m_sync->removeConference(u"synccon"_s).isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(sources->rowCount(), 1);
        QCOMPARE(sources->subscriptionCount(), 0);
        QVERIFY(m_sync->subscriptions().all().isEmpty());
    }

    void updateAnnouncesChangesMarksAndLists()
    {
        QVERIFY(subscribe().value(u"ok"_s).toBool());
        m_app->controller->setConferenceId(u"synccon"_s);
        for (const QString &title : {u"Don't Do This"_s, u"Cancelled Talk"_s})
            QVERIFY(m_app->userData->setPriority(idOf(title), u"synccon"_s, Priority::MustSee));
        const QString dont = idOf(u"Don't Do This"_s);

        ChangeListModel changes(m_app->controller);
        QAbstractItemModelTester changesTester(&changes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(changes.rowCount(), 0);
        DayModel day(m_app->controller, m_app->tripController, m_sync.get());
        day.setDay(u"2013-07-06"_s);
        QAbstractItemModelTester dayTester(&day, QAbstractItemModelTester::FailureReportingMode::QtTest);

        m_server->route("/schedule.xml",
                        LoopbackHttpServer::ok(TestSupport::readFile(TestSupport::fixturePath(u"sync/schedule-updated.xml"_s))));
        QSignalSpy arrived(m_sync.get(), &SyncController::updateArrived);
        m_sync->refreshAll();
        QVERIFY(arrived.wait(20000));
        QCoreApplication::processEvents();
        QCOMPARE(arrived.constFirst().at(0).toString(), u"synccon"_s);
        QStringList yours = arrived.constFirst().at(2).toStringList();
        yours.sort();
        QCOMPARE(yours,
                 (QStringList{u"Your talk “Cancelled Talk” was cancelled."_s,
                              u"Your talk “Don't Do This” moved from Plenary Hall to Tasman A."_s}));
        QCOMPARE(arrived.constFirst().at(3).toInt(), 6);

        // The changes list: the two to bookmarked talks first.
        QCOMPARE(changes.rowCount(), 6);
        QCOMPARE(changes.bookmarkedCount(), 2);
        QCOMPARE(roleValue(changes, 0, "group").toString(), u"yours"_s);
        QCOMPARE(roleValue(changes, 1, "group").toString(), u"yours"_s);
        QCOMPARE(roleValue(changes, 2, "group").toString(), u"all"_s);
        QVERIFY(roleValue(changes, 2, "sentence").toString().size() > 10);
        // Bookmarking another changed talk moves its change up.
        QVERIFY(m_app->userData->setPriority(idOf(u"Late Talk"_s), u"synccon"_s, Priority::MustSee));
        QCOMPARE(changes.bookmarkedCount(), 3);
        QVERIFY(changes.canOpen(dont));

        // The schedule marks what changed until the event is opened.
        const int row = day.indexOf(dont);
        QVERIFY(row >= 0);
        QCOMPARE(roleValue(day, row, "mark").toString(), u"changed"_s);
        QCOMPARE(roleValue(day, day.indexOf(idOf(u"Opening Keynote"_s)), "mark").toString(), QString());
        QSignalSpy dataChanged(&day, &QAbstractItemModel::dataChanged);
        EventDetails details(m_app->controller, m_app->tripController, m_sync.get());
        details.setEventId(dont);
        QCOMPARE(roleValue(day, row, "mark").toString(), QString());
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(dataChanged.constFirst().at(0).toModelIndex().row(), row);
        QVERIFY(dataChanged.constFirst().at(2).value<QList<int>>().contains(DayModel::MarkRole));

        m_sync->markAllSeen(u"synccon"_s);
        QCOMPARE(roleValue(day, day.indexOf(idOf(u"Late Talk"_s)), "mark").toString(), QString());
        QCOMPARE(m_sync->marks().count(u"synccon"_s), 0);
    }

    void importReportsWarningsOrTheError()
    {
        QSignalSpy finished(m_sync.get(), &SyncController::importFinished);
        QSignalSpy importing(m_sync.get(), &SyncController::importingChanged);
        m_sync->importFile(QUrl::fromLocalFile(TestSupport::fixturePath(u"sync/schedule.xml"_s)), {});
        QVERIFY(m_sync->isImporting());
        QVERIFY(finished.wait(20000));
        QVERIFY(!m_sync->isImporting());
        QVERIFY(importing.count() >= 2);
        QVariantMap report = finished.takeFirst().at(0).toMap();
        QVERIFY2(report.value(u"ok"_s).toBool(), qPrintable(report.value(u"error"_s).toString()));
        QCOMPARE(report.value(u"conferenceId"_s).toString(), u"synccon"_s);
        QCOMPARE(report.value(u"fileName"_s).toString(), u"schedule.xml"_s);
        QCOMPARE(report.value(u"eventCount"_s).toInt(), 7);
        QVERIFY(report.value(u"warnings"_s).toStringList().isEmpty());
        // The report's own words, not the command line's "…, 0 warnings; imported", and no time
        // zone hint for a feed that names its zone.
        const QString summary = report.value(u"summary"_s).toString();
        QVERIFY2(summary.startsWith(u"7 event"_s), qPrintable(summary));
        QVERIFY2(!summary.contains(u"warning"_s), qPrintable(summary));
        QVERIFY(!report.value(u"zoneGuessed"_s).toBool());

        // The same feed naming no zone: its times are at their UTC offsets, and the report offers a zone.
        QFile named(TestSupport::fixturePath(u"sync/schedule.xml"_s));
        QVERIFY(named.open(QIODevice::ReadOnly));
        QByteArray unnamed = named.readAll();
        unnamed.replace("<time_zone_name>Australia/Hobart</time_zone_name>", "");
        QTemporaryDir dir;
        QFile file(dir.filePath(u"unnamed.xml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(unnamed) == unnamed.size());
        file.close();
        m_sync->importFile(QUrl::fromLocalFile(file.fileName()), {});
        QVERIFY(finished.wait(20000));
        report = finished.takeFirst().at(0).toMap();
        QVERIFY2(report.value(u"ok"_s).toBool(), qPrintable(report.value(u"error"_s).toString()));
        QVERIFY(report.value(u"zoneGuessed"_s).toBool());

        // Not a schedule: an error naming the file; nothing imported.
        m_sync->importFile(QUrl::fromLocalFile(TestSupport::fixturePath(u"sync/login-page.html"_s)), {});
        QVERIFY(finished.wait(20000));
        report = finished.takeFirst().at(0).toMap();
        QVERIFY(!report.value(u"ok"_s).toBool());
        QVERIFY2(report.value(u"error"_s).toString().contains(u"login-page.html"_s), qPrintable(report.value(u"error"_s).toString()));
        QCOMPARE(m_app->schedule->conferences().size(), 1);

        // Refused before any work: a zone nobody knows, a file that is not there.
        m_sync->importFile(QUrl::fromLocalFile(TestSupport::fixturePath(u"sync/schedule.xml"_s)), u"Mars/Olympus"_s);
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.takeFirst().at(0).toMap().value(u"error"_s).toString().contains(u"Mars/Olympus"_s));
        m_sync->importFile(QUrl(u"https://example.org/schedule.xml"_s), {});
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.takeFirst().at(0).toMap().value(u"ok"_s).toBool());
    }

    void timeoutsAreSettings()
    {
        QCOMPARE(m_sync->stallTimeoutSeconds(), 15);
        QCOMPARE(m_sync->totalTimeoutSeconds(), 30);
        QSignalSpy changed(m_sync.get(), &SyncController::limitsChanged);
        m_sync->setStallTimeoutSeconds(40);
        m_sync->setTotalTimeoutSeconds(90);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(m_sync->manager().limits().stallTimeoutMs, 40000);
        QCOMPARE(m_sync->manager().limits().totalTimeoutMs, 90000);
        // Kept for the next start.
        const FetchLimits next = FetchLimits::fromSettings();
        QCOMPARE(next.stallTimeoutMs, 40000);
        QCOMPARE(next.totalTimeoutMs, 90000);
        QCOMPARE(next.maxBytes, 64LL * 1024 * 1024);
        m_sync->setStallTimeoutSeconds(0);
        QCOMPARE(m_sync->stallTimeoutSeconds(), 1);
    }

    /** The Subscribe dialog's two steps: find the feed behind a page and show it, then subscribe keeping the page. */
    void findFeedThenSubscribe()
    {
        m_server->route("/conf/",
                        LoopbackHttpServer::ok("<!DOCTYPE html><html><head><link rel=\"alternate\" "
                                               "type=\"application/vnd.c3voc.schedule+xml\" href=\"/schedule.xml\"></head></html>",
                                               "text/html"));
        QSignalSpy found(m_sync.get(), &SyncController::feedFound);
        QVERIFY(m_sync->findFeed(m_server->url(u"/conf/"_s).toString()).isEmpty());
        QVERIFY(found.wait(20000));
        const QVariantMap result = found.takeFirst().at(0).toMap();
        QVERIFY2(result.value(u"ok"_s).toBool(), qPrintable(result.value(u"message"_s).toString()));
        QVERIFY(result.value(u"viaPage"_s).toBool());
        QCOMPARE(result.value(u"feedUrl"_s).toString(), m_server->url(u"/schedule.xml"_s).toString());
        QCOMPARE(result.value(u"format"_s).toString(), u"schedule.xml"_s);
        QCOMPARE(m_sync->sources()->rowCount(), m_app->schedule->conferences().size()); // nothing stored yet

        QSignalSpy finished(m_sync.get(), &SyncController::subscribeFinished);
        QVERIFY(m_sync->subscribe(result.value(u"feedUrl"_s).toString(), {}, result.value(u"pageUrl"_s).toString()).isEmpty());
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.takeFirst().at(0).toMap().value(u"ok"_s).toBool());
        QCoreApplication::processEvents();
        const SourceListModel &sources = *m_sync->sources();
        const int row = sources.indexOfConference(u"synccon"_s);
        QVERIFY(row >= 0);
        QCOMPARE(roleValue(sources, row, "url").toString(), m_server->url(u"/schedule.xml"_s).toString());
        QCOMPARE(roleValue(sources, row, "website").toString(), m_server->url(u"/conf/"_s).toString());

        // Nothing behind a page: the message lists what was tried; a bad address is refused at once.
        m_server->route("/empty/", LoopbackHttpServer::ok("<html><body>soon</body></html>", "text/html"));
        QVERIFY(m_sync->findFeed(m_server->url(u"/empty/"_s).toString()).isEmpty());
        QVERIFY(found.wait(20000));
        const QVariantMap nothing = found.takeFirst().at(0).toMap();
        QVERIFY(!nothing.value(u"ok"_s).toBool());
        QVERIFY2(nothing.value(u"message"_s).toString().contains(u"tried: "_s), qPrintable(nothing.value(u"message"_s).toString()));
        QVERIFY(!m_sync->findFeed(u"ftp://example.org/"_s).isEmpty());
    }

    void helpers()
    {
        const QDateTime now = m_app->clock.now();
        QCOMPARE(m_sync->relativeTime(QDateTime(), now), u"never"_s);
        QCOMPARE(m_sync->relativeTime(now.addSecs(-30), now), u"just now"_s);
        QCOMPARE(m_sync->relativeTime(now.addSecs(-5 * 60), now), u"5 minute(s) ago"_s);
        QCOMPARE(m_sync->relativeTime(now.addSecs(-3 * 3600), now), u"3 hour(s) ago"_s);
        QCOMPARE(m_sync->relativeTime(now.addDays(-1), now), u"yesterday"_s);
        QCOMPARE(m_sync->relativeTime(now.addDays(-4), now), u"4 day(s) ago"_s);
        QVERIFY(SyncController::isValidTimeZone(u""_s));
        QVERIFY(SyncController::isValidTimeZone(u"Europe/Brussels"_s));
        QVERIFY(!SyncController::isValidTimeZone(u"Mars/Olympus"_s));
        QVERIFY(m_sync->timeZones().contains(u"Australia/Hobart"_s));
        QVERIFY(!m_sync->timeZones().contains(u"Etc/GMT+5"_s));
        QVERIFY(!m_sync->subscribe(u"ftp://example.org/x"_s, {}).isEmpty());
        QVERIFY(!m_sync->subscribe(u"https://example.org/x"_s, u"Nowhere/Town"_s).isEmpty());
        QVERIFY(m_sync->subscriptions().all().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncController)
#include "tst_synccontroller.moc"

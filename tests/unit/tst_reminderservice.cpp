#include "ScheduleBuilder.h"
#include "TestApp.h"

#include "agenda/DesktopNotifier.h"
#include "agenda/ReminderService.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace
{
/** Records what would have been shown. */
class RecordingNotifier : public Notifier
{
public:
    bool isAvailable() const override { return available; }
    void notify(const QString &summary, const QString &body) override { shown.append({summary, body}); }
    bool available = true;
    QList<QPair<QString, QString>> shown;
};

/** A stand-in notification daemon on a private bus: what the desktop's would receive. */
class FakeNotificationDaemon : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList summaries;
    QStringList bodies;
    QVariantMap lastHints;
public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(appName)
        Q_UNUSED(replacesId)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(timeout)
        summaries.append(summary);
        bodies.append(body);
        lastHints = hints;
        return uint(summaries.size());
    }
};
} // namespace

/** Reminders before bookmarked talks: off by default, clock-driven, once per talk, over D-Bus. */
class TestReminderService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        // 09:45 in Hobart on Saturday 6 July 2013.
        m_app = std::make_unique<TestApp>(QDateTime(QDate(2013, 7, 5), QTime(23, 45), QTimeZone::utc()));
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        m_schedule = ScheduleBuilder(u"remind"_s)
                         .event(u"a"_s, u"Ten o'clock talk"_s, u"2013-07-06 10:00"_s, 30, u"Derwent 1"_s)
                         .event(u"b"_s, u"Not bookmarked"_s, u"2013-07-06 10:00"_s, 30, u"Plenary"_s)
                         .build();
        QVERIFY(m_app->schedule->apply(m_schedule, {u"test"_s, {}}).ok());
        m_app->controller->toggleBookmark(m_schedule.events.constFirst().id, u"remind"_s);
    }

    void offByDefault()
    {
        RecordingNotifier notifier;
        ReminderService service(*m_app->schedule, *m_app->userData, m_app->clock, notifier);
        QVERIFY(!service.isEnabled());
        for (int minute = 0; minute < 20; ++minute)
            m_app->clock.advance(60);
        QVERIFY(notifier.shown.isEmpty());
    }

    void remindsOnceTheChosenMinutesBeforeWithTheRoom()
    {
        RecordingNotifier notifier;
        {
            ReminderService service(*m_app->schedule, *m_app->userData, m_app->clock, notifier);
            service.setMinutesBefore(10);
            service.setEnabled(true);
            QVERIFY(notifier.shown.isEmpty()); // 09:45: not yet
            for (int minute = 0; minute < 4; ++minute)
                m_app->clock.advance(60);
            QVERIFY(notifier.shown.isEmpty()); // 09:49
            m_app->clock.advance(60); // 09:50
            QCOMPARE(notifier.shown.size(), 1);
            QCOMPARE(notifier.shown.at(0).first, u"In 10 min: Ten o'clock talk"_s);
            QCOMPARE(notifier.shown.at(0).second, u"Starts at 10:00 in Derwent 1"_s);
            for (int minute = 0; minute < 20; ++minute)
                m_app->clock.advance(60);
            QCOMPARE(notifier.shown.size(), 1); // once only, and nothing after the start
            service.setMinutesBefore(7);
        }
        // The setting is kept.
        ReminderService again(*m_app->schedule, *m_app->userData, m_app->clock, notifier);
        QVERIFY(again.isEnabled());
        QCOMPARE(again.minutesBefore(), 7);
    }

    void nothingWithoutANotificationService()
    {
        RecordingNotifier notifier;
        notifier.available = false;
        ReminderService service(*m_app->schedule, *m_app->userData, m_app->clock, notifier);
        service.setEnabled(true);
        for (int minute = 0; minute < 20; ++minute)
            m_app->clock.advance(60);
        QVERIFY(notifier.shown.isEmpty());
        QVERIFY(!service.isAvailable());
    }

    void desktopNotificationsGoOverDBus()
    {
        const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
        if (daemon.isEmpty())
            QSKIP("dbus-daemon is not installed: cannot run a private session bus for this test");
        QTemporaryDir dir;
        const QString config = dir.filePath(u"bus.conf"_s);
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                   " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>\n"
                   "<policy context=\"default\"><allow send_destination=\"*\"/><allow receive_sender=\"*\"/>"
                   "<allow own=\"*\"/></policy></busconfig>\n");
        file.close();
        QProcess bus;
        bus.start(daemon, {u"--config-file="_s + config, u"--nofork"_s, u"--print-address"_s});
        QVERIFY(bus.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(bus.canReadLine(), 10000);
        const QString address = QString::fromUtf8(bus.readLine()).trimmed();
        QVERIFY(!address.isEmpty());

        {
            QDBusConnection client = QDBusConnection::connectToBus(address, u"lanyard-client"_s);
            QVERIFY(client.isConnected());
            DesktopNotifier notifier(client);
            QVERIFY(!notifier.isAvailable()); // nothing shows notifications on this bus yet

            QDBusConnection server = QDBusConnection::connectToBus(address, u"fake-daemon"_s);
            FakeNotificationDaemon fake;
            QVERIFY(server.registerObject(u"/org/freedesktop/Notifications"_s, &fake, QDBusConnection::ExportAllSlots));
            QVERIFY(server.registerService(u"org.freedesktop.Notifications"_s));
            QVERIFY(notifier.isAvailable());

            ReminderService service(*m_app->schedule, *m_app->userData, m_app->clock, notifier);
            service.setMinutesBefore(15);
            service.setEnabled(true); // 09:45: due at once
            QTRY_COMPARE(fake.summaries.size(), 1);
            QCOMPARE(fake.summaries.constFirst(), u"In 15 min: Ten o'clock talk"_s);
            QCOMPARE(fake.bodies.constFirst(), u"Starts at 10:00 in Derwent 1"_s);
            QCOMPARE(fake.lastHints.value(u"desktop-entry"_s).toString(), u"org.lanyard.Lanyard"_s);
            server.unregisterService(u"org.freedesktop.Notifications"_s);
        }
        QDBusConnection::disconnectFromBus(u"lanyard-client"_s);
        QDBusConnection::disconnectFromBus(u"fake-daemon"_s);
        bus.terminate();
        bus.waitForFinished(5000);
    }

private:
    std::unique_ptr<TestApp> m_app;
    Schedule m_schedule;
};

QTEST_MAIN(TestReminderService)
#include "tst_reminderservice.moc"

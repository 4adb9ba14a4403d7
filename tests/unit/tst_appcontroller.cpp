#include "ScheduleBuilder.h"
#include "TestApp.h"
#include "shell/AppServices.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** The App controller's link rule: only http, https and mailto links are ever opened. */
class TestAppController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openableLinks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("openable");
        QTest::newRow("https") << u"https://example.org/talk/1"_s << true;
        QTest::newRow("http") << u"http://example.org/"_s << true;
        QTest::newRow("upper case scheme") << u"HTTPS://EXAMPLE.ORG/"_s << true;
        QTest::newRow("mailto") << u"mailto:speaker@example.org"_s << true;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("javascript upper case") << u"JavaScript:alert(1)"_s << false;
        QTest::newRow("data") << u"data:text/html;base64,PHNjcmlwdD4="_s << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("ftp") << u"ftp://example.org/file"_s << false;
        QTest::newRow("smb") << u"smb://server/share"_s << false;
        QTest::newRow("qrc") << u"qrc:/qt/qml/Lanyard/Main.qml"_s << false;
        QTest::newRow("vbscript") << u"vbscript:msgbox(1)"_s << false;
        QTest::newRow("about") << u"about:blank"_s << false;
        QTest::newRow("relative") << u"/talk/1"_s << false;
        QTest::newRow("no scheme") << u"example.org"_s << false;
        QTest::newRow("http without host") << u"http:/etc/passwd"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space in the host") << u"https://exa mple.org/"_s << false;
    }

    void openableLinks()
    {
        QFETCH(QString, url);
        QFETCH(bool, openable);
        QCOMPARE(AppController::isOpenableLink(url), openable);
    }

    void refusedLinksSayWhyAndOpenNothing()
    {
        TestApp app;
        QVERIFY2(app.opened, qPrintable(app.openError));
        QSignalSpy errors(app.controller.get(), &AppController::errorOccurred);
        for (const QString &url : {u"javascript:alert(1)"_s, u"file:///etc/passwd"_s, u"data:text/html,x"_s}) {
            QVERIFY(!app.controller->openLink(url));
            QCOMPARE(errors.size(), 1);
            QVERIFY2(errors.takeFirst().constFirst().toString().contains(url), qPrintable(url));
        }
    }

    void theWindowOpensOnTheConferenceRunningToday()
    {
        // Sunday 7 July 2013, 10:00 in Hobart: the second conference runs, the first is long over.
        TestApp app(QDateTime::fromString(u"2013-07-07T10:00:00+10:00"_s, Qt::ISODate));
        QVERIFY2(app.opened, qPrintable(app.openError));
        const Schedule over = ScheduleBuilder(u"over"_s).event(u"o1"_s, u"Old talk"_s, u"2013-03-01 09:00"_s, 30, u"Hall"_s).build();
        const Schedule running = ScheduleBuilder(u"running"_s)
                                     .event(u"r1"_s, u"Now"_s, u"2013-07-06 09:00"_s, 30, u"Hall"_s)
                                     .event(u"r2"_s, u"Later"_s, u"2013-07-07 09:00"_s, 30, u"Hall"_s)
                                     .build();
        QVERIFY(app.schedule->apply(over, {u"test"_s, {}}).ok());
        QVERIFY(app.schedule->apply(running, {u"test"_s, {}}).ok());
        const auto opened = [&app] {
            AppServices services(AppServices::Stores{*app.database, *app.schedule, *app.userData, *app.places, *app.trips}, app.clock,
                                 AppServices::Options{});
            return services.app().conferenceId();
        };

        // Last used: the one that is over. The window opens on the one running today instead.
        QSettings().setValue(u"ui/conference"_s, u"over"_s);
        QCOMPARE(opened(), u"running"_s);
        // After the conference, the last one used again.
        app.clock.freezeAt(QDateTime::fromString(u"2013-07-20T10:00:00+10:00"_s, Qt::ISODate));
        QSettings().setValue(u"ui/conference"_s, u"over"_s);
        QCOMPARE(opened(), u"over"_s);
        // Both running: the last one used stays.
        app.clock.freezeAt(QDateTime::fromString(u"2013-07-06T10:00:00+10:00"_s, Qt::ISODate));
        QVERIFY(
            app.schedule
                ->apply(ScheduleBuilder(u"also"_s).event(u"a1"_s, u"Too"_s, u"2013-07-06 09:00"_s, 30, u"Hall"_s).build(), {u"test"_s, {}})
                .ok());
        QSettings().setValue(u"ui/conference"_s, u"also"_s);
        QCOMPARE(opened(), u"also"_s);
    }
};

QTEST_GUILESS_MAIN(TestAppController)
#include "tst_appcontroller.moc"

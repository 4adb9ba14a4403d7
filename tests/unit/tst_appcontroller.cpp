#include "TestApp.h"

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
};

QTEST_GUILESS_MAIN(TestAppController)
#include "tst_appcontroller.moc"

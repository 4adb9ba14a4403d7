#include "feeds/LinkRules.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestLinkRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("url"); // empty: dropped
        QTest::addColumn<bool>("reported");
        QTest::newRow("https") << u"https://example.org/a?b=c#d"_s << QString() << u"https://example.org/a?b=c#d"_s << false;
        QTest::newRow("http") << u"http://example.org"_s << QString() << u"http://example.org"_s << false;
        QTest::newRow("upper-case-scheme") << u"HTTPS://Example.org/"_s << QString() << u"HTTPS://Example.org/"_s << false;
        QTest::newRow("mailto") << u"mailto:speaker@example.org"_s << QString() << u"mailto:speaker@example.org"_s << false;
        QTest::newRow("trimmed") << u"  https://example.org/x \n"_s << QString() << u"https://example.org/x"_s << false;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << QString() << QString() << true;
        QTest::newRow("javascript-mixed-case") << u"JaVaScRiPt:alert(1)"_s << QString() << QString() << true;
        QTest::newRow("data") << u"data:text/html;base64,AAAA"_s << QString() << QString() << true;
        QTest::newRow("file") << u"file:///etc/passwd"_s << QString() << QString() << true;
        QTest::newRow("ftp") << u"ftp://ftp.example.org/pub"_s << QString() << QString() << true;
        QTest::newRow("vbscript") << u"vbscript:msgbox"_s << QString() << QString() << true;
        QTest::newRow("http-without-host") << u"http:///path"_s << QString() << QString() << true;
        QTest::newRow("control-characters") << u"https://exa\nmple.org"_s << QString() << QString() << true;
        QTest::newRow("relative-with-base") << u"/system/attachments/1.pdf"_s << u"https://fahrplan.example.org/camp/2019/Fahrplan/"_s
                                            << u"https://fahrplan.example.org/camp/2019/Fahrplan/system/attachments/1.pdf"_s << false;
        QTest::newRow("relative-without-base") << u"/system/attachments/1.pdf"_s << QString() << QString() << true;
        QTest::newRow("relative-javascript-base") << u"/x"_s << u"javascript:alert(1)"_s << QString() << true;
        QTest::newRow("dot-relative") << u"../../slides/talk.pdf"_s << QString() << QString() << true;
        QTest::newRow("bare-host") << u"www.cadus.org"_s << QString() << u"https://www.cadus.org"_s << true;
        QTest::newRow("bare-host-path") << u"github.com/mega65/mega65-core"_s << QString() << u"https://github.com/mega65/mega65-core"_s
                                        << true;
        QTest::newRow("bare-host-port") << u"example.org:8080/x"_s << QString() << u"https://example.org:8080/x"_s << true;
        QTest::newRow("scheme-relative") << u"//cdn.example.org/v.mp4"_s << QString() << u"https://cdn.example.org/v.mp4"_s << true;
        QTest::newRow("a-title-not-a-url") << u"Hack_Curio, Decoding the Cultures of Hacking"_s << QString() << QString() << true;
        QTest::newRow("version-number") << u"1.5"_s << QString() << QString() << true;
        QTest::newRow("empty") << QString() << QString() << QString() << false;
    }
    void check()
    {
        QFETCH(QString, raw);
        QFETCH(QString, base);
        QFETCH(QString, url);
        QFETCH(bool, reported);
        const LinkRules::CheckedUrl checked = LinkRules::check(raw, base);
        QCOMPARE(checked.url, url);
        QCOMPARE(checked.dropped(), url.isEmpty());
        QCOMPARE(!checked.problem.isEmpty(), reported);
    }

    void schemeAndHost()
    {
        QCOMPARE(LinkRules::scheme(u"HTTPS://x.org"), u"https"_s);
        QCOMPARE(LinkRules::scheme(u"www.example.org"), QString());
        QCOMPARE(LinkRules::scheme(u"/path:with:colons"), QString());
        QCOMPARE(LinkRules::host(u"https://user:pw@Media.CCC.de:443/v/x"), u"media.ccc.de"_s);
        QCOMPARE(LinkRules::host(u"https://youtu.be/abc?t=1"), u"youtu.be"_s);
        QCOMPARE(LinkRules::host(u"mailto:a@b.org"), QString());
    }

    void recordingUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("recording");
        QTest::newRow("youtube") << u"https://www.youtube.com/watch?v=SAVEQbWXwzs"_s << true;
        QTest::newRow("youtube-mobile") << u"https://m.youtube.com/watch?v=x"_s << true;
        QTest::newRow("youtu.be") << u"https://youtu.be/QXut1XBymAk"_s << true;
        QTest::newRow("media.ccc.de") << u"https://media.ccc.de/v/36c3-11223-opening_ceremony"_s << true;
        QTest::newRow("ccc-cdn") << u"https://cdn.media.ccc.de/congress/2019/h264-hd/x.mp4"_s << true;
        QTest::newRow("archive.org") << u"https://archive.org/details/pyconau2013"_s << true;
        QTest::newRow("archive-s3") << u"http://s3.us.archive.org/ndvpyconau2013/talk.mp4"_s << true;
        QTest::newRow("pyvideo") << u"https://pyvideo.org/pycon-au-2013/talk.html"_s << true;
        QTest::newRow("vimeo") << u"https://vimeo.com/12345"_s << true;
        QTest::newRow("vimeo-player") << u"https://player.vimeo.com/video/12345"_s << true;
        QTest::newRow("fosdem-video") << u"http://video.fosdem.org/2007/FOSDEM2007-AIGLX.ogg"_s << true;
        QTest::newRow("lookalike") << u"https://notyoutube.com/watch"_s << false;
        QTest::newRow("suffix-trick") << u"https://youtube.com.evil.example/watch"_s << false;
        QTest::newRow("path-mention") << u"https://example.org/youtube.com/x"_s << false;
        QTest::newRow("slides") << u"https://example.org/slides.pdf"_s << false;
        QTest::newRow("not-web") << u"ftp://archive.org/x"_s << false;
        // Scheme and host in any case; a host's trailing dot; user info before the host.
        QTest::newRow("upper-case") << u"HTTPS://WWW.YouTube.COM/watch?v=x"_s << true;
        QTest::newRow("trailing-dot") << u"https://vimeo.com./1"_s << true;
        QTest::newRow("user-info") << u"https://youtube.com@example.org/x"_s << false;
        QTest::newRow("shorter-host") << u"https://be/x"_s << false;
    }
    void recordingUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, recording);
        QCOMPARE(LinkRules::isRecordingUrl(url), recording);
    }

    void recordingLinks()
    {
        // By title, type or service where the address alone does not tell.
        QVERIFY(LinkRules::isRecordingLink(u"https://example.org/x.ogg", u"Video (Ogg/Theora)"));
        QVERIFY(LinkRules::isRecordingLink(u"https://example.org/x", u"Recording of the talk"));
        QVERIFY(LinkRules::isRecordingLink(u"https://example.org/x", u"Aufzeichnung"));
        QVERIFY(LinkRules::isRecordingLink(u"https://example.org/x", u"Stream", u"video"));
        QVERIFY(LinkRules::isRecordingLink(u"https://example.org/x", u"Talk", u"MEDIA", u"MEDIACCCDE"));
        QVERIFY(LinkRules::isRecordingLink(u"https://youtu.be/x", u"Slides"));
        QVERIFY(!LinkRules::isRecordingLink(u"https://example.org/slides.pdf", u"Slides"));
        QVERIFY(!LinkRules::isRecordingLink(u"https://example.org/x", u"Videography tips"));
        QVERIFY(!LinkRules::isRecordingLink(u"mailto:a@b.org", u"Video team"));
        // The words in any case, alone or as a plural, never inside another word.
        QVERIFY(LinkRules::isRecordingLink(u"https://example.org/x", u"VIDEO"));
        QVERIFY(LinkRules::isRecordingLink(u"https://example.org/x", u"All recordings"));
        QVERIFY(LinkRules::isRecordingLink(u"https://example.org/x", u"AUFZEICHNUNG (mp4)"));
        QVERIFY(LinkRules::isRecordingLink(u"https://example.org/x", u"Talk", u"Recording"));
        QVERIFY(!LinkRules::isRecordingLink(u"https://example.org/x", u"Supervideo"));
        QVERIFY(!LinkRules::isRecordingLink(u"https://example.org/x", u"vide"));
        QVERIFY(!LinkRules::isRecordingLink(u"https://example.org/x", QString()));
    }
};

QTEST_GUILESS_MAIN(TestLinkRules)
#include "tst_linkrules.moc"

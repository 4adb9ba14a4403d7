#include "feeds/TextSanitizer.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestTextSanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void html_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("paragraphs") << u"<p>One</p>\n<p>Two</p>"_s << u"One\n\nTwo"_s;
        QTest::newRow("line-break") << u"<p>One<br>Two<br/><br />Three</p>"_s << u"One\nTwo\n\nThree"_s;
        QTest::newRow("unordered-list") << u"<p>Topics:</p><ul><li>First</li><li>Second <b>bold</b></li></ul><p>After</p>"_s
                                        << u"Topics:\n\n• First\n• Second bold\n\nAfter"_s;
        QTest::newRow("ordered-list") << u"<ol><li>alpha</li><li>beta</li></ol>"_s << u"1. alpha\n2. beta"_s;
        QTest::newRow("nested-list") << u"<ul><li>a<ul><li>a.1</li></ul></li><li>b</li></ul>"_s << u"• a\n  • a.1\n• b"_s;
        QTest::newRow("list-item-paragraph") << u"<ul><li><p>para item</p></li></ul>"_s << u"• para item"_s;
        QTest::newRow("link-text-kept") << u"<p>See <a href=\"https://example.org\">the site</a>.</p>"_s << u"See the site."_s;
        QTest::newRow("script-dropped") << u"<p>Hi<script>alert('x<p>y')</script> there</p>"_s << u"Hi there"_s;
        QTest::newRow("script-uppercase") << u"Hi<SCRIPT type=\"x\">alert(1)</SCRIPT> there"_s << u"Hi there"_s;
        QTest::newRow("unclosed-script-drops-rest") << u"<p>Safe</p><script>alert(1)"_s << u"Safe"_s;
        QTest::newRow("style-dropped") << u"<style>p{color:red}</style><p>Text</p>"_s << u"Text"_s;
        QTest::newRow("iframe-dropped") << u"<p>a</p><iframe src=\"https://evil\">inner</iframe><p>b</p>"_s << u"a\n\nb"_s;
        QTest::newRow("image-not-kept") << u"<p>Look: <img src=\"x.png\" alt=\"A cat\" onerror=\"alert(1)\"> done</p>"_s << u"Look: done"_s;
        QTest::newRow("attribute-with-gt") << u"<p title=\"a > b\">Text</p>"_s << u"Text"_s;
        QTest::newRow("comment") << u"<p>a<!-- <script>x</script> -->b</p>"_s << u"ab"_s;
        QTest::newRow("named-entities") << u"<p>Fish &amp; chips &lt;3 &quot;q&quot; &hellip; &euro;5 &eacute;</p>"_s
                                        << u"Fish & chips <3 \"q\" … €5 é"_s;
        QTest::newRow("numeric-entities") << u"<p>&#34;quoted&#34; &#x1F600; &#8211; &#150;</p>"_s << u"\"quoted\" 😀 – –"_s;
        // Single spaces inside a run of words, and the white space around them that collapses.
        QTest::newRow("spaces-in-runs") << u"<p>one two  three \t four\u00A0 five <b>six</b> seven </p><pre>a b  c</pre>"_s
                                        << u"one two three four\u00A0 five six seven\n\na b  c"_s;
        QTest::newRow("nbsp") << u"<p>a&nbsp;b</p>"_s << u"a b"_s;
        QTest::newRow("unknown-entity-kept") << u"<p>&bogus; &amp</p>"_s << u"&bogus; &amp"_s;
        QTest::newRow("escaped-markup-stays-text") << u"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"_s << u"<script>alert(1)</script>"_s;
        QTest::newRow("lone-less-than") << u"<p>a < b and c<d</p>"_s << u"a < b and c<d"_s;
        QTest::newRow("whitespace-collapses") << u"<p>  many    spaces\tand\ttabs  </p>"_s << u"many spaces and tabs"_s;
        QTest::newRow("source-line-breaks-kept") << u"<p>We focus on:\n* one\n* two</p>"_s << u"We focus on:\n* one\n* two"_s;
        QTest::newRow("pre") << u"<pre>  code\n    indented</pre><p>after</p>"_s << u"  code\n    indented\n\nafter"_s;
        QTest::newRow("table") << u"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"_s << u"a b\nc"_s;
        QTest::newRow("headings") << u"<h2>Title</h2>Body"_s << u"Title\n\nBody"_s;
        QTest::newRow("blank-lines-capped") << u"<p>a</p><p></p><p></p><br><br><p>b</p>"_s << u"a\n\nb"_s;
        QTest::newRow("cdata") << u"<p><![CDATA[x < y]]></p>"_s << u"x < y"_s;
        QTest::newRow("crlf") << u"<p>one\r\ntwo</p>"_s << u"one\ntwo"_s;
        QTest::newRow("pentabarf-2007") << u"\n<p>After a short &#34;historical&#34; overview.\n</p>\n "_s
                                        << u"After a short \"historical\" overview."_s;
    }
    void html()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(TextSanitizer::fromHtml(html), text);
        QCOMPARE(TextSanitizer::toPlainText(html), text);
    }

    void markdown_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("text");
        QTest::newRow("paragraphs") << u"First line\r\nsecond line\r\n\r\nNew paragraph"_s << u"First line\nsecond line\n\nNew paragraph"_s;
        QTest::newRow("emphasis") << u"Some **bold**, *italic*, __strong__ and _em_ text"_s << u"Some bold, italic, strong and em text"_s;
        QTest::newRow("strikethrough") << u"~~old~~ new"_s << u"old new"_s;
        QTest::newRow("link") << u"Based on [Gluon](https://gluon.readthedocs.io/)."_s << u"Based on Gluon."_s;
        QTest::newRow("reference-link") << u"See [the docs][1].\n\n[1]: https://example.org"_s << u"See the docs."_s;
        QTest::newRow("image-dropped") << u"Look ![a cat](cat.png) here"_s << u"Look here"_s;
        QTest::newRow("autolink") << u"Visit <https://example.org/x> now"_s << u"Visit https://example.org/x now"_s;
        QTest::newRow("code-span") << u"Run `rm -rf *_old` now"_s << u"Run rm -rf *_old now"_s;
        QTest::newRow("fence") << u"Before\n```sh\n*not emphasis*\n```\nAfter"_s << u"Before\n\n*not emphasis*\n\nAfter"_s;
        QTest::newRow("heading") << u"# Title #\nBody"_s << u"Title\n\nBody"_s;
        QTest::newRow("list") << u"Steps:\n- Early serial\n- Devicetree\n* Timers\n+ etc."_s
                              << u"Steps:\n• Early serial\n• Devicetree\n• Timers\n• etc."_s;
        QTest::newRow("ordered-list") << u"1. one\n2) two"_s << u"1. one\n2. two"_s;
        QTest::newRow("blockquote") << u"> quoted\n> text"_s << u"quoted\ntext"_s;
        QTest::newRow("thematic-break") << u"a\n\n---\n\nb"_s << u"a\n\nb"_s;
        QTest::newRow("escapes") << u"Not \\*emphasis\\* and 5 \\_ 3"_s << u"Not *emphasis* and 5 _ 3"_s;
        QTest::newRow("snake-case") << u"call snake_case_name here"_s << u"call snake_case_name here"_s;
        QTest::newRow("gender-star") << u"Bürger*innen und Nutzer*innen"_s << u"Bürger*innen und Nutzer*innen"_s;
        QTest::newRow("lone-asterisks") << u"5 * 3 * 2"_s << u"5 * 3 * 2"_s;
        QTest::newRow("inline-html") << u"Some <b>bold</b> and <i>it</i>"_s << u"Some bold and it"_s;
        QTest::newRow("script-in-markdown") << u"Hello\n<script>\nalert(1)\n</script>\nworld"_s << u"Hello\n\nworld"_s;
        QTest::newRow("entities") << u"Tom &amp; Jerry"_s << u"Tom & Jerry"_s;
        QTest::newRow("javascript-link-text-only") << u"[click](javascript:alert(1))"_s << u"click"_s;
        // Line ends of every kind, and text that is copied in runs between the characters that matter.
        QTest::newRow("lone-cr-and-crlf") << u"one\rtwo\r\nthree\r\r\nfour\r"_s << u"one\ntwo\nthree\n\nfour"_s;
        QTest::newRow("control-and-tabs") << u"tab\there\x01 and\x7f\u0085 on\f\vend"_s << u"tab here and on end"_s;
        QTest::newRow("emphasis-at-both-ends") << u"**all bold**"_s << u"all bold"_s;
        QTest::newRow("emphasis-run-removed-inside") << u"x ***a*** y *b* z"_s << u"x a y b z"_s;
        QTest::newRow("spaces-collapse") << u"one  two   three \nfour five\t six"_s << u"one two three\nfour five six"_s;
        QTest::newRow("surrogate-pairs") << u"Emoji 🎉 *party* 𝄞"_s << u"Emoji 🎉 party 𝄞"_s;
    }
    void markdown()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, text);
        QCOMPARE(TextSanitizer::fromMarkdown(markdown), text);
        QCOMPARE(TextSanitizer::toPlainText(markdown), text);
    }

    void plainText()
    {
        QCOMPARE(TextSanitizer::toPlainText(u"  Just a sentence.  "), u"Just a sentence."_s);
        QCOMPARE(TextSanitizer::toPlainText(u""), QString());
        QCOMPARE(TextSanitizer::toPlainText(u" \n\t "), QString());
        // Any script, verbatim.
        QCOMPARE(TextSanitizer::toPlainText(u"الأخلاق في الليل — 夜の倫理"), u"الأخلاق في الليل — 夜の倫理"_s);
    }

    void looksLikeHtml()
    {
        QVERIFY(TextSanitizer::looksLikeHtml(u"<p>x</p>"));
        QVERIFY(TextSanitizer::looksLikeHtml(u"a<br>b"));
        QVERIFY(TextSanitizer::looksLikeHtml(u"<UL><LI>x</LI></UL>"));
        QVERIFY(!TextSanitizer::looksLikeHtml(u"a <b>bold</b> word"));
        QVERIFY(!TextSanitizer::looksLikeHtml(u"List<T> and a < b"));
        QVERIFY(!TextSanitizer::looksLikeHtml(u"**markdown**"));
    }

    void decodeEntities()
    {
        QCOMPARE(TextSanitizer::decodeEntities(u"A &amp; B &#233; &#xE9; &unknown; &"), u"A & B é é &unknown; &"_s);
        QCOMPARE(TextSanitizer::decodeEntities(u"&#0; &#xD800; &#x110000;"), u"\uFFFD \uFFFD \uFFFD"_s);
    }

    void singleLine()
    {
        QCOMPARE(TextSanitizer::singleLine(u"  Title\n   continued\tthere  "), u"Title continued there"_s);
        QString withControls = u"a\u0007b"_s;
        withControls.append(QChar(0));
        withControls.append(u"c\u0085d"_s);
        QCOMPARE(TextSanitizer::singleLine(withControls), u"abcd"_s);
        // Verbatim otherwise: double spaces, quotes, emoji with joiners, right-to-left text.
        const QString title = u"Reaching out:  “quotes” 'and' \"more\" 👩🏽‍💻 🏳️‍🌈 עברית"_s;
        QCOMPARE(TextSanitizer::singleLine(title), title);
        QCOMPARE(TextSanitizer::singleLine(QStringView(title)), title);
    }
};

QTEST_GUILESS_MAIN(TestTextSanitizer)
#include "tst_textsanitizer.moc"

#include "feeds/Utf16Scan.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/**
 * The display-text scans, eight units at a time, against their one-at-a-time loops: on texts made
 * of the units each one tells apart, at every start and every length, so that each unit that
 * matters falls in every lane of a block and across the blocks' ends.
 */
class TestUtf16Scan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachScanAnswersAsItsLoop()
    {
        // Ordinary and not: the edges of each class, markup, spaces, controls, separators,
        // surrogates and letters.
        const char16_t units[] = {u'a', u'Z', u'é', u' ',  u' ',   u' ',   u'\t',  u'\n',  0x1F,   0x20,   0x21,   0x7E,
                                  0x7F, 0x9F, 0xA0, 0xA1,  0x2027, 0x2028, 0x2029, 0x202A, 0xD83D, 0xDE00, u'!',   u'&',
                                  u'*', u'<', u'[', u'\\', u'_',   u'`',   u'~',   u'#',   u'>',   u']',   0xFFFF, 0x0};
        QRandomGenerator random(20261204);
        int checked = 0;
        for (int round = 0; round < 400; ++round) {
            // Mostly letters, as text is, with the others here and there.
            QString text;
            const int size = int(random.bounded(40));
            for (int i = 0; i < size; ++i)
                text.append(QChar(random.bounded(3) == 0 ? units[random.bounded(int(std::size(units)))] : u'a' + random.bounded(26)));
            for (qsizetype from = 0; from <= text.size(); ++from) {
                const QStringView view = QStringView(text).mid(from);
                QCOMPARE(Utf16Scan::nextMarkdownMarkup(text, from), Utf16Scan::nextMarkdownMarkupOneByOne(text, from));
                QCOMPARE(Utf16Scan::ordinaryRunEnd(text, from), Utf16Scan::ordinaryRunEndOneByOne(text, from));
                QCOMPARE(Utf16Scan::hasControlOrSeparator(view), Utf16Scan::hasControlOrSeparatorOneByOne(view));
                for (qsizetype length = 0; length <= view.size(); ++length) {
                    const QStringView part = view.left(length);
                    QCOMPARE(Utf16Scan::ordinaryRunEnd(part, 0), Utf16Scan::ordinaryRunEndOneByOne(part, 0));
                    QCOMPARE(Utf16Scan::nextMarkdownMarkup(part, 0), Utf16Scan::nextMarkdownMarkupOneByOne(part, 0));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 50000);
    }

    void theLoopsSayWhatTheyMean()
    {
        QCOMPARE(Utf16Scan::ordinaryRunEndOneByOne(u"one two  three", 0), 7);
        QCOMPARE(Utf16Scan::ordinaryRunEndOneByOne(u" one", 0), 0);
        QCOMPARE(Utf16Scan::ordinaryRunEndOneByOne(u"one ", 0), 3);
        QCOMPARE(Utf16Scan::ordinaryRunEndOneByOne(u"a b c d e f g h i j\u0085k", 0), 19);
        QCOMPARE(Utf16Scan::ordinaryRunEnd(u"a b c d e f g h i j\u0085k", 0), 19);
        QCOMPARE(Utf16Scan::nextMarkdownMarkup(u"plain words, then *emphasis*", 0), 18);
        QVERIFY(Utf16Scan::hasControlOrSeparator(u"a line\u2028and the next"));
        QVERIFY(!Utf16Scan::hasControlOrSeparator(u"one line of text, long enough for blocks"));
    }
};

QTEST_GUILESS_MAIN(TestUtf16Scan)
#include "tst_utf16scan.moc"

#include "store/AsciiWordScan.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstring>
#include <vector>

/**
 * The index tokenizer's window of 64 bytes (masks of word bytes and of non-ASCII bytes, and the
 * lowered copy), sixteen bytes at a time, against its one-at-a-time loop: on texts made of the
 * bytes each test tells apart, from every start and with every number of readable bytes, so that
 * each byte that matters falls in every lane of a block, across the blocks' ends and past the
 * text's end.
 */
class TestAsciiWordScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theWindowIsAsItsLoop()
    {
        // The edges of each class: digits, letters of both cases and the bytes beside them, spaces,
        // controls, 0x7F, and bytes of UTF-8 characters (lead and continuation).
        const unsigned char bytes[] = {'0', '9', '/', ':',  'a',  'z',  'A',  'Z',  '@',  '[',  '`',  '{',  ' ', '\t',
                                       0,   1,   '_', '\'', 0x7F, 0x80, 0xBF, 0xC3, 0xA9, 0xE2, 0x80, 0xFF, '-', '.'};
        QRandomGenerator random(20261205);
        int checked = 0;
        for (int round = 0; round < 60; ++round) {
            const int size = int(random.bounded(150));
            // Each text in a block of its own, so that reading past its end would be seen by the sanitizers.
            std::vector<unsigned char> text(static_cast<size_t>(size));
            for (unsigned char &byte : text)
                byte = random.bounded(3) == 0 ? bytes[random.bounded(int(std::size(bytes)))] : 'a' + random.bounded(26);
            for (int from = 0; from <= size; ++from) {
                for (int available = 0; available <= size - from; ++available) {
                    AsciiWordScan::Window fast;
                    AsciiWordScan::Window loop;
                    AsciiWordScan::windowOf(text.data() + from, available, fast);
                    AsciiWordScan::windowOfOneByOne(text.data() + from, available, loop);
                    QCOMPARE(fast.wordish, loop.wordish);
                    QCOMPARE(fast.nonAscii, loop.nonAscii);
                    QCOMPARE(QByteArray(fast.lowered, AsciiWordScan::kWindowBytes), QByteArray(loop.lowered, AsciiWordScan::kWindowBytes));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 100000);
    }

    void theLoopSaysWhatItMeans()
    {
        const char text[] = "Zoë, C++20 & co.";
        AsciiWordScan::Window window;
        AsciiWordScan::windowOfOneByOne(reinterpret_cast<const unsigned char *>(text), qsizetype(std::strlen(text)), window);
        // Z o ë (two bytes) , space C + + 2 0 space & space c o .
        QCOMPARE(window.wordish, quint64(0b1100011001001111));
        QCOMPARE(window.nonAscii, quint64(0b1100));
        QCOMPARE(QByteArray(window.lowered, 2), QByteArray("zo"));
        QCOMPARE(QByteArray(window.lowered + 9, 2), QByteArray("20"));
        QCOMPARE(AsciiWordScan::lowBits(0), quint64(0));
        QCOMPARE(AsciiWordScan::lowBits(3), quint64(7));
        QCOMPARE(AsciiWordScan::lowBits(64), ~quint64(0));
    }
};

QTEST_GUILESS_MAIN(TestAsciiWordScan)
#include "tst_asciiwordscan.moc"

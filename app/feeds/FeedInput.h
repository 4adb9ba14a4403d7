#pragma once

#include "ImportContext.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

/**
 * A feed read from a device (a file) a block at a time, so that a large feed is never held whole.
 * Every block handed out has been checked to be UTF-8 (a character split between two reads is
 * checked whole) and counted in lines: the first invalid byte is placed
 * by line and column as FeedImporter places it in a whole feed, and so is the end of the feed.
 *
 * At an invalid byte or a read error the input stops, after handing out the bytes before it.
 */
class FeedInput
{
public:
    /** `head`: what the caller has already read from the device (to tell the format). */
    FeedInput(QIODevice &device, QByteArray head);

    /** The next block of at most about `size` bytes, valid until the next call; empty at the end or a fault. */
    QByteArrayView read(qsizetype size);
    /** Stopped at an invalid byte or a read error. */
    bool failed() const { return !m_fault.isEmpty(); }
    /** What stopped it: "invalid UTF-8 at byte 12 (line 1, column 13)", or the device's error. */
    QString fault() const { return m_fault; }
    /** Where the invalid byte is (line and column in bytes, as locationOfByte gives them). */
    FeedLocation faultLocation() const { return m_faultLocation; }

    /** Lines ended by LF in what was handed out (QXmlStreamReader's count for where a document ends). */
    qint64 lineFeeds() const { return m_lineFeeds; }
    /** UTF-16 code units of the text after the last LF handed out. */
    qint64 unitsAfterLastLineFeed() const { return m_unitsAfterLastLineFeed; }

private:
    void count(QByteArrayView block);
    void stop(const QString &fault, const FeedLocation &where);

    QIODevice &m_device;
    QByteArray m_head;
    /** The block handed out last, and the start of a character the read split (kept for the next block). */
    QByteArray m_block;
    QByteArray m_carry;
    bool m_atEnd = false;
    qint64 m_offset = 0;
    /** For locationOfByte's lines: CR LF, LF and CR each end one. */
    qint64 m_line = 1;
    qint64 m_lineStart = 0;
    bool m_afterCarriageReturn = false;
    qint64 m_lineFeeds = 0;
    qint64 m_unitsAfterLastLineFeed = 0;
    QString m_fault;
    FeedLocation m_faultLocation;
};

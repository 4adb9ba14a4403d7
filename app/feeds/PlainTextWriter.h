#pragma once

#include "Utf16Scan.h"

#include <QChar>
#include <QString>
#include <QStringView>

#include <algorithm>

/**
 * Builds display text: collapses white space, turns requested breaks into line ends (at most
 * one blank line in a row), and never starts or ends with white space.
 */
class PlainTextWriter
{
public:
    void append(QChar c)
    {
        flushPending();
        m_out.append(c);
        m_atItemStart = false;
    }
    /**
     * Text from the document (as appendText), with its runs of ordinary characters, and the single
     * spaces between them, appended whole.
     */
    void append(QStringView text)
    {
        if (m_preformatted > 0) {
            for (const QChar c : text)
                appendText(c);
            return;
        }
        const qsizetype size = text.size();
        qsizetype i = 0;
        while (i < size) {
            // A single space between two ordinary characters stays as it is: part of the run.
            const qsizetype end = Utf16Scan::ordinaryRunEnd(text, i);
            if (end > i) {
                appendRun(text.mid(i, end - i));
                i = end;
            }
            if (i < size)
                appendText(text[i++]);
        }
    }
    /** Characters that need no white-space or control handling. */
    void appendRun(QStringView run)
    {
        flushPending();
        m_out.append(run);
        m_atItemStart = false;
    }
    /** Text from the document: white space collapses unless preformatted. */
    void appendText(QChar c)
    {
        if (c == u'\r')
            return;
        if (m_preformatted > 0) {
            if (c == u'\n') {
                flushPending();
                m_out.append(c);
            } else {
                append(c == u'\t' ? QChar(u' ') : c);
            }
            return;
        }
        if (c == u'\n') {
            breakLine(1);
        } else if (c == u' ' || c == u'\t' || c == u'\f' || c == u'\v') {
            m_pendingSpace = true;
        } else if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() < 0xA0)) {
            // control characters have no place in display text
        } else {
            append(c);
        }
    }
    void space() { m_pendingSpace = true; }
    /** 1: the next text starts a new line; 2: it starts a new paragraph. */
    void breakLine(int lines)
    {
        if (m_atItemStart)
            return;
        m_pendingBreaks = std::max(m_pendingBreaks, lines);
        m_pendingSpace = false;
    }
    /** <br>: each one adds a line end. */
    void hardBreak()
    {
        m_pendingBreaks = std::min(m_pendingBreaks + 1, 2);
        m_pendingSpace = false;
    }
    /** A list item's marker at the start of a new line. */
    void item(const QString &marker)
    {
        breakLine(1);
        flushPending();
        m_out.append(marker);
        m_atItemStart = true;
    }
    void reserve(qsizetype size) { m_out.reserve(size); }
    void setPreformatted(bool on) { m_preformatted = std::max(0, m_preformatted + (on ? 1 : -1)); }

    QString finish()
    {
        // Trailing spaces of lines go; at most one blank line in a row (in place).
        QChar *data = m_out.data();
        const qsizetype size = m_out.size();
        qsizetype written = 0;
        int newlines = 0;
        for (qsizetype read = 0; read < size; ++read) {
            const QChar c = data[read];
            if (c == u'\n') {
                while (written > 0 && data[written - 1] == u' ')
                    --written;
                if (++newlines <= 2 && written > 0)
                    data[written++] = c;
            } else {
                newlines = 0;
                data[written++] = c;
            }
        }
        while (written > 0 && data[written - 1].isSpace())
            --written;
        m_out.truncate(written);
        return std::move(m_out);
    }

    /** Neither white space nor a control character: appendText() would append it as it is. */
    static bool isOrdinary(QChar c) { return Utf16Scan::isOrdinary(c.unicode()); }

private:
    void flushPending()
    {
        if (m_out.isEmpty()) {
            m_pendingBreaks = 0;
            m_pendingSpace = false;
            return;
        }
        if (m_pendingBreaks > 0) {
            while (!m_out.isEmpty() && m_out.back() == u' ')
                m_out.chop(1);
            int trailing = 0;
            for (qsizetype i = m_out.size() - 1; i >= 0 && m_out[i] == u'\n'; --i)
                ++trailing;
            for (int i = trailing; i < m_pendingBreaks; ++i)
                m_out.append(u'\n');
        } else if (m_pendingSpace && m_out.back() != u' ' && m_out.back() != u'\n') {
            m_out.append(u' ');
        }
        m_pendingBreaks = 0;
        m_pendingSpace = false;
    }

    QString m_out;
    int m_pendingBreaks = 0;
    bool m_pendingSpace = false;
    bool m_atItemStart = false;
    int m_preformatted = 0;
};

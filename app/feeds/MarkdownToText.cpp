#include "MarkdownToText.h"

#include "HtmlEntities.h"
#include "HtmlTags.h"
#include "PlainTextWriter.h"
#include "TextChars.h"
#include "Utf16Scan.h"

#include <QList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace HtmlTags;
using namespace TextChars;

namespace MarkdownToText
{

namespace
{

/** A run of emphasis characters in Markdown inline text. */
struct Delimiter
{
    qsizetype position;
    qsizetype count;
    QChar character;
    bool canOpen;
    bool canClose;
    qsizetype remaining;
};

bool isMarkdownSpace(QChar c)
{
    return c.isSpace();
}

bool isMarkdownPunctuation(QChar c)
{
    return isAsciiPunctuation(c) || c.isPunct() || c.isSymbol();
}

/** Finds the ']' closing the '[' at `open`, honouring nesting and escapes; -1 when none. */
qsizetype matchBracket(QStringView text, qsizetype open, QChar openChar, QChar closeChar)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\') {
            ++i;
        } else if (c == openChar) {
            ++depth;
        } else if (c == closeChar) {
            if (--depth == 0)
                return i;
        }
    }
    return -1;
}

QString markdownInline(QStringView line);

/** Where the next character that can start inline markup is, from `from` (the line's end when none). */
qsizetype nextMarkupCharacter(QStringView line, qsizetype from)
{
    return Utf16Scan::nextMarkdownMarkup(line, from);
}

void appendInline(QStringView line, QString &buffer, QList<Delimiter> &delimiters)
{
    qsizetype i = 0;
    QString entity;
    while (i < line.size()) {
        // Plain text up to the next character that can start markup, in one piece: a character
        // at a time was a third of importing a feed whose abstracts are Markdown (36c3).
        if (const qsizetype markup = nextMarkupCharacter(line, i); markup > i) {
            buffer.append(line.mid(i, markup - i));
            i = markup;
            continue;
        }
        const QChar c = line[i];
        if (c == u'\\' && i + 1 < line.size() && isAsciiPunctuation(line[i + 1])) {
            buffer.append(line[i + 1]);
            i += 2;
            continue;
        }
        if (c == u'`') {
            qsizetype run = 0;
            while (i + run < line.size() && line[i + run] == u'`')
                ++run;
            const QString fence(run, u'`');
            const qsizetype close = line.indexOf(fence, i + run);
            if (close > 0) {
                QStringView code = line.mid(i + run, close - i - run);
                if (code.size() > 1 && code.startsWith(u' ') && code.endsWith(u' '))
                    code = code.mid(1, code.size() - 2);
                buffer.append(code);
                i = close + run;
            } else {
                buffer.append(fence);
                i += run;
            }
            continue;
        }
        if (c == u'[' || (c == u'!' && i + 1 < line.size() && line[i + 1] == u'[')) {
            const bool image = c == u'!';
            const qsizetype open = image ? i + 1 : i;
            const qsizetype close = matchBracket(line, open, u'[', u']');
            if (close > open) {
                qsizetype after = close + 1;
                bool isLink = false;
                if (after < line.size() && line[after] == u'(') {
                    const qsizetype paren = matchBracket(line, after, u'(', u')');
                    if (paren > after) {
                        after = paren + 1;
                        isLink = true;
                    }
                } else if (after < line.size() && line[after] == u'[') {
                    const qsizetype reference = matchBracket(line, after, u'[', u']');
                    if (reference > after) {
                        after = reference + 1;
                        isLink = true;
                    }
                }
                if (isLink) {
                    // A link keeps its text; an image is not kept at all.
                    if (!image)
                        buffer.append(markdownInline(line.mid(open + 1, close - open - 1)));
                    i = after;
                    continue;
                }
            }
            buffer.append(c);
            ++i;
            continue;
        }
        if (c == u'<') {
            // Autolink: <https://example.org> shows its address.
            const qsizetype gt = line.indexOf(u'>', i + 1);
            if (gt > i + 1) {
                const QStringView inner = line.mid(i + 1, gt - i - 1);
                const qsizetype colon = inner.indexOf(u':');
                if (colon > 1 && !inner.contains(u' ') && isAsciiLetter(inner[0])
                    && (inner.startsWith(u"http", Qt::CaseInsensitive) || inner.startsWith(u"mailto:", Qt::CaseInsensitive))) {
                    buffer.append(inner.startsWith(u"mailto:", Qt::CaseInsensitive) ? inner.mid(7) : inner);
                    i = gt + 1;
                    continue;
                }
            }
            if (const auto tag = readTag(line, i)) {
                if (const auto kind = tagKind(tag->name)) {
                    if (*kind == TagKind::Break || *kind == TagKind::Block || *kind == TagKind::Line)
                        buffer.append(u'\n');
                    else if (*kind == TagKind::Cell)
                        buffer.append(u' ');
                    i = tag->end;
                    continue;
                }
            }
            buffer.append(c);
            ++i;
            continue;
        }
        if (c == u'&') {
            entity.clear();
            if (const qsizetype used = HtmlEntities::decodeAt(line, i, entity)) {
                buffer.append(entity == u"\u00A0" ? u" "_s : entity);
                i += used;
                continue;
            }
        }
        if (c == u'*' || c == u'_' || c == u'~') {
            qsizetype run = 0;
            while (i + run < line.size() && line[i + run] == c)
                ++run;
            const QChar before = i > 0 ? line[i - 1] : QChar(u' ');
            const QChar after = i + run < line.size() ? line[i + run] : QChar(u' ');
            const bool leftFlanking =
                !isMarkdownSpace(after) && !(isMarkdownPunctuation(after) && !isMarkdownSpace(before) && !isMarkdownPunctuation(before));
            const bool rightFlanking =
                !isMarkdownSpace(before) && !(isMarkdownPunctuation(before) && !isMarkdownSpace(after) && !isMarkdownPunctuation(after));
            bool canOpen = leftFlanking;
            bool canClose = rightFlanking;
            if (c == u'_' || (c == u'*' && before.isLetterOrNumber() && after.isLetterOrNumber())) {
                // Inside a word neither marks emphasis here: "snake_case", and the German gender
                // star ("Bürger*innen und Nutzer*innen") must survive as written.
                canOpen = leftFlanking && (!rightFlanking || isMarkdownPunctuation(before));
                canClose = rightFlanking && (!leftFlanking || isMarkdownPunctuation(after));
            } else if (c == u'~' && run != 2) {
                canOpen = canClose = false;
            }
            if (canOpen || canClose)
                delimiters.append(Delimiter{buffer.size(), run, c, canOpen, canClose, run});
            buffer.append(QString(run, c));
            i += run;
            continue;
        }
        buffer.append(c);
        ++i;
    }
}

/** Appends `line`'s inline Markdown as text: a line without markup as it is, without a copy. */
void appendInlineTo(PlainTextWriter &writer, QStringView line)
{
    if (nextMarkupCharacter(line, 0) == line.size())
        writer.append(line);
    else
        writer.append(markdownInline(line));
}

QString markdownInline(QStringView line)
{
    QString buffer;
    buffer.reserve(line.size());
    QList<Delimiter> delimiters;
    appendInline(line, buffer, delimiters);
    if (delimiters.isEmpty())
        return buffer;
    // Pair closers with the nearest opener of the same character; paired runs are removed.
    QList<bool> removed(buffer.size(), false);
    for (qsizetype closer = 0; closer < delimiters.size(); ++closer) {
        Delimiter &close = delimiters[closer];
        if (!close.canClose)
            continue;
        for (qsizetype opener = closer - 1; opener >= 0 && close.remaining > 0; --opener) {
            Delimiter &open = delimiters[opener];
            if (!open.canOpen || open.character != close.character || open.remaining == 0)
                continue;
            const qsizetype used = std::min(open.remaining, close.remaining);
            // Remove from the inner side of the opener and the inner side of the closer.
            for (qsizetype k = 0; k < used; ++k) {
                removed[open.position + open.remaining - 1 - k] = true;
                removed[close.position + (close.count - close.remaining) + k] = true;
            }
            open.remaining -= used;
            close.remaining -= used;
            // Openers between the pair can no longer match anything outside it.
            for (qsizetype between = opener + 1; between < closer; ++between)
                delimiters[between].canOpen = false;
        }
    }
    QString result;
    result.reserve(buffer.size());
    for (qsizetype k = 0; k < buffer.size();) {
        qsizetype end = k;
        while (end < buffer.size() && !removed[end])
            ++end;
        result.append(QStringView(buffer).mid(k, end - k));
        k = end + 1; // past the removed one
    }
    return result;
}

qsizetype leadingSpaces(QStringView line)
{
    qsizetype n = 0;
    while (n < line.size() && (line[n] == u' ' || line[n] == u'\t'))
        n += 1;
    return n;
}

bool isThematicBreak(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.size() < 3)
        return false;
    const QChar marker = trimmed[0];
    if (marker != u'-' && marker != u'*' && marker != u'_' && marker != u'=')
        return false;
    int count = 0;
    for (const QChar c : trimmed) {
        if (c == marker)
            ++count;
        else if (c != u' ' && c != u'\t')
            return false;
    }
    return count >= 3;
}

QString normalizeNewlines(QStringView text)
{
    // "\r\n" and a lone "\r" each become "\n"; the text between is copied in one piece.
    qsizetype cr = text.indexOf(u'\r');
    if (cr < 0)
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (cr >= 0) {
        out.append(text.mid(from, cr - from));
        out.append(u'\n');
        from = cr + 1 < text.size() && text[cr + 1] == u'\n' ? cr + 2 : cr + 1;
        cr = text.indexOf(u'\r', from);
    }
    out.append(text.mid(from));
    return out;
}

} // namespace

QString convert(QStringView markdown)
{
    const QString text = removeDroppedElements(normalizeNewlines(markdown));
    PlainTextWriter writer;
    bool inFence = false;
    QString fenceMarker;
    const auto lines = QStringView(text).split(u'\n');
    for (const QStringView rawLine : lines) {
        QStringView line = rawLine;
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")) {
            const QString marker = trimmed.left(3).toString();
            if (!inFence) {
                inFence = true;
                fenceMarker = marker;
                writer.breakLine(2);
                continue;
            }
            if (marker == fenceMarker) {
                inFence = false;
                writer.breakLine(2);
                continue;
            }
        }
        if (inFence) {
            writer.setPreformatted(true);
            writer.append(line);
            writer.appendText(u'\n');
            writer.setPreformatted(false);
            continue;
        }
        if (trimmed.isEmpty()) {
            writer.breakLine(2);
            continue;
        }
        if (isThematicBreak(line)) {
            writer.breakLine(2);
            continue;
        }
        // A link reference definition ("[1]: https://...") is not text.
        if (trimmed.startsWith(u'[')) {
            const qsizetype close = trimmed.indexOf(u"]:");
            if (close > 1 && !trimmed.mid(close + 2).trimmed().contains(u' '))
                continue;
        }
        // Block quotes: the markers go.
        while (true) {
            const QStringView t = line.trimmed();
            if (!t.startsWith(u'>'))
                break;
            line = t.mid(1);
            if (line.startsWith(u' '))
                line = line.mid(1);
        }
        const qsizetype indent = leadingSpaces(line);
        QStringView content = line.mid(indent);
        // Headings: "# Title" is a paragraph of its own.
        if (content.startsWith(u'#')) {
            qsizetype level = 0;
            while (level < content.size() && content[level] == u'#')
                ++level;
            if (level <= 6 && (level == content.size() || content[level] == u' ' || content[level] == u'\t')) {
                QStringView title = content.mid(level).trimmed();
                while (title.endsWith(u'#'))
                    title.chop(1);
                writer.breakLine(2);
                appendInlineTo(writer, title.trimmed());
                writer.breakLine(2);
                continue;
            }
        }
        QString marker;
        if (content.size() >= 2 && (content[0] == u'-' || content[0] == u'*' || content[0] == u'+')
            && (content[1] == u' ' || content[1] == u'\t')) {
            marker = u"• "_s;
            content = content.mid(2).trimmed();
        } else {
            qsizetype digitCount = 0;
            while (digitCount < content.size() && digitCount < 9 && isAsciiDigit(content[digitCount]))
                ++digitCount;
            if (digitCount > 0 && digitCount + 1 < content.size() && (content[digitCount] == u'.' || content[digitCount] == u')')
                && (content[digitCount + 1] == u' ' || content[digitCount + 1] == u'\t')) {
                marker = content.left(digitCount).toString() + u". "_s;
                content = content.mid(digitCount + 2).trimmed();
            }
        }
        // A trailing backslash or two spaces mark a hard line break; line ends are kept anyway.
        QStringView body = content;
        if (body.endsWith(u'\\'))
            body.chop(1);
        if (!marker.isEmpty()) {
            writer.item(QString((indent / 2) * 2, u' ') + marker);
        } else {
            writer.breakLine(1);
        }
        appendInlineTo(writer, body.trimmed());
        writer.breakLine(1);
    }
    return writer.finish();
}

} // namespace MarkdownToText

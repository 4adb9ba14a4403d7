#include "TextSanitizer.h"

#include "HtmlEntities.h"
#include "HtmlToText.h"
#include "MarkdownToText.h"
#include "Utf16Scan.h"

using namespace Qt::Literals::StringLiterals;

// The entry point to three parts: HtmlEntities (character references), HtmlToText (with the
// tokenizer in HtmlTags) and MarkdownToText, the last two writing through PlainTextWriter.

namespace TextSanitizer
{

bool looksLikeHtml(QStringView text)
{
    return HtmlToText::looksLikeHtml(text);
}

QString fromHtml(QStringView html)
{
    return HtmlToText::convert(html);
}

QString fromMarkdown(QStringView markdown)
{
    return MarkdownToText::convert(markdown);
}

namespace
{
/** Text with no markup character and no line structure needs nothing but trimming. */
bool isPlainLine(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < u' ' || (u >= 0x7F && u < 0xA0) || u == u'<' || u == u'&' || u == u'*' || u == u'_' || u == u'`' || u == u'[' || u == u'#'
            || u == u'>' || u == u'\\' || u == u'~' || u == u'!')
            return false;
    }
    return true;
}
} // namespace

QString toPlainText(QStringView text)
{
    if (text.trimmed().isEmpty())
        return {};
    if (isPlainLine(text)) {
        const QStringView trimmed = text.trimmed();
        // A line that Markdown would read as a list item or heading still goes the long way.
        if (trimmed.size() < 2 || !(trimmed[1] == u' ' && (trimmed[0] == u'-' || trimmed[0] == u'+')))
            return trimmed.toString();
    }
    if (looksLikeHtml(text))
        return fromHtml(text);
    return fromMarkdown(text);
}

QString decodeEntities(QStringView text)
{
    return HtmlEntities::decode(text);
}

namespace
{
bool needsSingleLineWork(QStringView text)
{
    if (text.isEmpty())
        return false;
    if (text.front().isSpace() || text.back().isSpace())
        return true;
    return Utf16Scan::hasControlOrSeparator(text);
}
} // namespace

QString singleLine(const QString &text)
{
    return needsSingleLineWork(text) ? singleLine(QStringView(text)) : text;
}

QString singleLine(QStringView text)
{
    if (!needsSingleLineWork(text))
        return text.toString();
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\t' || u == 0x2028 || u == 0x2029) {
            pendingSpace = true;
            continue;
        }
        if (u < 0x20 || (u >= 0x7F && u < 0xA0))
            continue;
        if (pendingSpace) {
            if (c.isSpace())
                continue; // the white space around a line break is one space
            while (!out.isEmpty() && out.back() == u' ')
                out.chop(1);
            if (!out.isEmpty())
                out.append(u' ');
            pendingSpace = false;
        }
        out.append(c);
    }
    return out.trimmed();
}

} // namespace TextSanitizer

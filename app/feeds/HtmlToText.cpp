#include "HtmlToText.h"

#include "HtmlEntities.h"
#include "HtmlTags.h"
#include "PlainTextWriter.h"

#include <QList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace HtmlTags;

namespace HtmlToText
{

namespace
{

/** A list being written: its kind and the next number of an ordered one. */
struct ListState
{
    bool ordered = false;
    int next = 1;
};

void convertHtml(QStringView html, PlainTextWriter &writer)
{
    QList<ListState> lists;
    QString entity;
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html[i];
        if (c == u'&') {
            entity.clear();
            const qsizetype used = HtmlEntities::decodeAt(html, i, entity);
            if (used > 0) {
                for (const QChar decoded : std::as_const(entity)) {
                    if (decoded == u'\u00A0')
                        writer.append(QChar(u' '));
                    else
                        writer.appendText(decoded);
                }
                i += used;
                continue;
            }
            writer.appendText(c);
            ++i;
            continue;
        }
        if (c != u'<') {
            // A run of ordinary characters goes in at once. A single space between two of them
            // is part of the run: the writer would keep it as it is (one space after a character).
            const auto isOrdinary = [html](qsizetype at) {
                return html[at] != u'<' && html[at] != u'&' && PlainTextWriter::isOrdinary(html[at]);
            };
            qsizetype end = i;
            while (end < html.size()) {
                if (isOrdinary(end))
                    ++end;
                else if (end > i && html[end] == u' ' && end + 1 < html.size() && isOrdinary(end + 1))
                    end += 2;
                else
                    break;
            }
            if (end > i) {
                writer.appendRun(html.mid(i, end - i));
                i = end;
            } else {
                writer.appendText(c);
                ++i;
            }
            continue;
        }
        QStringView cdata;
        if (const qsizetype after = skipMarkupDeclaration(html, i, &cdata)) {
            writer.append(cdata);
            i = after;
            continue;
        }
        const auto tag = readTag(html, i);
        if (!tag) {
            writer.appendText(c);
            ++i;
            continue;
        }
        i = tag->end;
        const auto kind = tagKind(tag->name);
        if (!kind)
            continue; // an unknown tag: dropped, its text kept
        switch (*kind) {
        case TagKind::Inline:
        case TagKind::Void:
            break;
        case TagKind::Drop:
            if (!tag->closing && !tag->selfClosing)
                i = skipElementContent(html, i, tag->name);
            break;
        case TagKind::Block:
            writer.breakLine(2);
            break;
        case TagKind::Line:
            writer.breakLine(1);
            break;
        case TagKind::Break:
            writer.hardBreak();
            break;
        case TagKind::Cell:
            writer.space();
            break;
        case TagKind::Preformatted:
            writer.breakLine(2);
            writer.setPreformatted(!tag->closing);
            break;
        case TagKind::UnorderedList:
        case TagKind::OrderedList:
            if (tag->closing) {
                if (!lists.isEmpty())
                    lists.removeLast();
            } else {
                lists.append(ListState{*kind == TagKind::OrderedList, 1});
            }
            writer.breakLine(lists.isEmpty() ? 2 : 1);
            break;
        case TagKind::Item:
            if (tag->closing) {
                writer.breakLine(1);
            } else {
                const QString indent(std::max<qsizetype>(0, lists.size() - 1) * 2, u' ');
                if (!lists.isEmpty() && lists.last().ordered)
                    writer.item(indent + QString::number(lists.last().next++) + u". "_s);
                else
                    writer.item(indent + u"• "_s);
            }
            break;
        }
    }
}

} // namespace

bool looksLikeHtml(QStringView text)
{
    qsizetype i = 0;
    while ((i = text.indexOf(u'<', i)) >= 0) {
        if (const auto tag = readTag(text, i)) {
            const auto kind = tagKind(tag->name);
            if (kind && *kind != TagKind::Inline && *kind != TagKind::Void && *kind != TagKind::Drop)
                return true;
        }
        ++i;
    }
    return false;
}

QString convert(QStringView html)
{
    PlainTextWriter writer;
    // The text is about as long as the HTML: one allocation instead of a string grown word by word.
    writer.reserve(html.size());
    convertHtml(html, writer);
    // The text is kept (an event's abstract) and is shorter than its HTML: the rest is given back.
    QString text = writer.finish();
    text.squeeze();
    return text;
}

} // namespace HtmlToText

#include "HtmlTags.h"

#include "TextChars.h"

#include <algorithm>
#include <array>

using namespace TextChars;

namespace HtmlTags
{

namespace
{

struct TagInfo
{
    const char16_t *name;
    TagKind kind;
};

// Sorted by name for binary search.
constexpr TagInfo knownTags[] = {
    {u"a", TagKind::Inline},       {u"abbr", TagKind::Inline},      {u"address", TagKind::Block},  {u"applet", TagKind::Drop},
    {u"area", TagKind::Void},      {u"article", TagKind::Block},    {u"aside", TagKind::Block},    {u"audio", TagKind::Drop},
    {u"b", TagKind::Inline},       {u"base", TagKind::Void},        {u"big", TagKind::Inline},     {u"blockquote", TagKind::Block},
    {u"body", TagKind::Inline},    {u"br", TagKind::Break},         {u"button", TagKind::Drop},    {u"canvas", TagKind::Drop},
    {u"caption", TagKind::Line},   {u"center", TagKind::Block},     {u"cite", TagKind::Inline},    {u"code", TagKind::Inline},
    {u"col", TagKind::Void},       {u"colgroup", TagKind::Void},    {u"dd", TagKind::Line},        {u"del", TagKind::Inline},
    {u"details", TagKind::Block},  {u"dfn", TagKind::Inline},       {u"dialog", TagKind::Drop},    {u"div", TagKind::Block},
    {u"dl", TagKind::Block},       {u"dt", TagKind::Line},          {u"em", TagKind::Inline},      {u"embed", TagKind::Drop},
    {u"fieldset", TagKind::Block}, {u"figcaption", TagKind::Line},  {u"figure", TagKind::Block},   {u"font", TagKind::Inline},
    {u"footer", TagKind::Block},   {u"form", TagKind::Block},       {u"frame", TagKind::Drop},     {u"frameset", TagKind::Drop},
    {u"h1", TagKind::Block},       {u"h2", TagKind::Block},         {u"h3", TagKind::Block},       {u"h4", TagKind::Block},
    {u"h5", TagKind::Block},       {u"h6", TagKind::Block},         {u"head", TagKind::Drop},      {u"header", TagKind::Block},
    {u"hr", TagKind::Block},       {u"html", TagKind::Inline},      {u"i", TagKind::Inline},       {u"iframe", TagKind::Drop},
    {u"img", TagKind::Void},       {u"input", TagKind::Void},       {u"ins", TagKind::Inline},     {u"kbd", TagKind::Inline},
    {u"label", TagKind::Inline},   {u"legend", TagKind::Line},      {u"li", TagKind::Item},        {u"link", TagKind::Void},
    {u"main", TagKind::Block},     {u"map", TagKind::Drop},         {u"mark", TagKind::Inline},    {u"math", TagKind::Drop},
    {u"meta", TagKind::Void},      {u"nav", TagKind::Block},        {u"noembed", TagKind::Drop},   {u"noframes", TagKind::Drop},
    {u"noscript", TagKind::Drop},  {u"object", TagKind::Drop},      {u"ol", TagKind::OrderedList}, {u"option", TagKind::Drop},
    {u"p", TagKind::Block},        {u"param", TagKind::Void},       {u"picture", TagKind::Drop},   {u"pre", TagKind::Preformatted},
    {u"q", TagKind::Inline},       {u"s", TagKind::Inline},         {u"samp", TagKind::Inline},    {u"script", TagKind::Drop},
    {u"section", TagKind::Block},  {u"select", TagKind::Drop},      {u"small", TagKind::Inline},   {u"source", TagKind::Void},
    {u"span", TagKind::Inline},    {u"strike", TagKind::Inline},    {u"strong", TagKind::Inline},  {u"style", TagKind::Drop},
    {u"sub", TagKind::Inline},     {u"summary", TagKind::Line},     {u"sup", TagKind::Inline},     {u"svg", TagKind::Drop},
    {u"table", TagKind::Block},    {u"tbody", TagKind::Inline},     {u"td", TagKind::Cell},        {u"template", TagKind::Drop},
    {u"textarea", TagKind::Drop},  {u"tfoot", TagKind::Inline},     {u"th", TagKind::Cell},        {u"thead", TagKind::Inline},
    {u"title", TagKind::Drop},     {u"tr", TagKind::Line},          {u"track", TagKind::Void},     {u"tt", TagKind::Inline},
    {u"u", TagKind::Inline},       {u"ul", TagKind::UnorderedList}, {u"var", TagKind::Inline},     {u"video", TagKind::Drop},
    {u"wbr", TagKind::Inline},
};

} // namespace

std::optional<TagKind> tagKind(QStringView name)
{
    // Tag names are short: lower-case them into a small buffer rather than a heap string.
    std::array<char16_t, 16> lower{};
    if (name.size() >= qsizetype(lower.size()))
        return std::nullopt;
    for (qsizetype i = 0; i < name.size(); ++i)
        lower[i] = name[i].toLower().unicode();
    const QStringView key(lower.data(), name.size());
    const auto *begin = std::begin(knownTags);
    const auto *end = std::end(knownTags);
    const auto *found =
        std::lower_bound(begin, end, key, [](const TagInfo &tag, QStringView k) { return QStringView(tag.name).compare(k) < 0; });
    if (found == end || QStringView(found->name) != key)
        return std::nullopt;
    return found->kind;
}

std::optional<Tag> readTag(QStringView text, qsizetype pos)
{
    qsizetype i = pos + 1;
    Tag tag;
    if (i < text.size() && text[i] == u'/') {
        tag.closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    if (i >= text.size() || !isAsciiLetter(text[i]))
        return std::nullopt;
    while (i < text.size() && (isAsciiLetter(text[i]) || isAsciiDigit(text[i]) || text[i] == u'-' || text[i] == u':'))
        ++i;
    tag.name = text.mid(nameStart, i - nameStart);
    if (i < text.size() && !text[i].isSpace() && text[i] != u'>' && text[i] != u'/')
        return std::nullopt;
    QChar quote;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            tag.selfClosing = i > pos && text[i - 1] == u'/';
            tag.end = i + 1;
            return tag;
        }
    }
    return std::nullopt;
}

qsizetype skipElementContent(QStringView text, qsizetype from, QStringView name)
{
    qsizetype i = from;
    while (true) {
        const qsizetype close = text.indexOf(u"</", i);
        if (close < 0)
            return text.size();
        const QStringView candidate = text.mid(close + 2, name.size());
        if (candidate.compare(name, Qt::CaseInsensitive) == 0) {
            const qsizetype after = close + 2 + name.size();
            if (after >= text.size() || !isAsciiLetter(text[after])) {
                const qsizetype gt = text.indexOf(u'>', after);
                return gt < 0 ? text.size() : gt + 1;
            }
        }
        i = close + 2;
    }
}

qsizetype skipMarkupDeclaration(QStringView text, qsizetype pos, QStringView *cdata)
{
    const QStringView rest = text.mid(pos);
    if (rest.startsWith(u"<!--")) {
        const qsizetype end = text.indexOf(u"-->", pos + 4);
        return end < 0 ? text.size() : end + 3;
    }
    if (rest.startsWith(u"<![CDATA[")) {
        const qsizetype end = text.indexOf(u"]]>", pos + 9);
        if (cdata)
            *cdata = text.mid(pos + 9, (end < 0 ? text.size() : end) - pos - 9);
        return end < 0 ? text.size() : end + 3;
    }
    if (rest.startsWith(u"<!") || rest.startsWith(u"<?")) {
        const qsizetype end = text.indexOf(u'>', pos + 2);
        return end < 0 ? text.size() : end + 1;
    }
    return 0;
}

QString removeDroppedElements(QStringView text)
{
    if (!text.contains(u'<'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype lt = text.indexOf(u'<', i);
        if (lt < 0) {
            out.append(text.mid(i));
            break;
        }
        out.append(text.mid(i, lt - i));
        if (text.mid(lt).startsWith(u"<!--")) {
            i = skipMarkupDeclaration(text, lt);
            continue;
        }
        const auto tag = readTag(text, lt);
        if (tag && !tag->closing) {
            const auto kind = tagKind(tag->name);
            if (kind == TagKind::Drop) {
                i = tag->selfClosing ? tag->end : skipElementContent(text, tag->end, tag->name);
                continue;
            }
        }
        out.append(u'<');
        i = lt + 1;
    }
    return out;
}

} // namespace HtmlTags

#include "TextSanitizer.h"

#include <QList>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace TextSanitizer
{

namespace
{

struct NamedEntity
{
    const char16_t *name;
    char32_t codepoint;
};

// HTML 4's named character references plus &apos;, sorted by name (binary search).
constexpr NamedEntity namedEntities[] = {
    {u"AElig", 0x00C6}, {u"Aacute", 0x00C1}, {u"Acirc", 0x00C2}, {u"Agrave", 0x00C0},
    {u"Alpha", 0x0391}, {u"Aring", 0x00C5}, {u"Atilde", 0x00C3}, {u"Auml", 0x00C4},
    {u"Beta", 0x0392}, {u"Ccedil", 0x00C7}, {u"Chi", 0x03A7}, {u"Dagger", 0x2021},
    {u"Delta", 0x0394}, {u"ETH", 0x00D0}, {u"Eacute", 0x00C9}, {u"Ecirc", 0x00CA},
    {u"Egrave", 0x00C8}, {u"Epsilon", 0x0395}, {u"Eta", 0x0397}, {u"Euml", 0x00CB},
    {u"Gamma", 0x0393}, {u"Iacute", 0x00CD}, {u"Icirc", 0x00CE}, {u"Igrave", 0x00CC},
    {u"Iota", 0x0399}, {u"Iuml", 0x00CF}, {u"Kappa", 0x039A}, {u"Lambda", 0x039B}, {u"Mu", 0x039C},
    {u"Ntilde", 0x00D1}, {u"Nu", 0x039D}, {u"OElig", 0x0152}, {u"Oacute", 0x00D3},
    {u"Ocirc", 0x00D4}, {u"Ograve", 0x00D2}, {u"Omega", 0x03A9}, {u"Omicron", 0x039F},
    {u"Oslash", 0x00D8}, {u"Otilde", 0x00D5}, {u"Ouml", 0x00D6}, {u"Phi", 0x03A6}, {u"Pi", 0x03A0},
    {u"Prime", 0x2033}, {u"Psi", 0x03A8}, {u"Rho", 0x03A1}, {u"Scaron", 0x0160},
    {u"Sigma", 0x03A3}, {u"THORN", 0x00DE}, {u"Tau", 0x03A4}, {u"Theta", 0x0398},
    {u"Uacute", 0x00DA}, {u"Ucirc", 0x00DB}, {u"Ugrave", 0x00D9}, {u"Upsilon", 0x03A5},
    {u"Uuml", 0x00DC}, {u"Xi", 0x039E}, {u"Yacute", 0x00DD}, {u"Yuml", 0x0178}, {u"Zeta", 0x0396},
    {u"aacute", 0x00E1}, {u"acirc", 0x00E2}, {u"acute", 0x00B4}, {u"aelig", 0x00E6},
    {u"agrave", 0x00E0}, {u"alefsym", 0x2135}, {u"alpha", 0x03B1}, {u"amp", 0x0026},
    {u"and", 0x2227}, {u"ang", 0x2220}, {u"apos", 0x0027}, {u"aring", 0x00E5}, {u"asymp", 0x2248},
    {u"atilde", 0x00E3}, {u"auml", 0x00E4}, {u"bdquo", 0x201E}, {u"beta", 0x03B2},
    {u"brvbar", 0x00A6}, {u"bull", 0x2022}, {u"cap", 0x2229}, {u"ccedil", 0x00E7},
    {u"cedil", 0x00B8}, {u"cent", 0x00A2}, {u"chi", 0x03C7}, {u"circ", 0x02C6}, {u"clubs", 0x2663},
    {u"cong", 0x2245}, {u"copy", 0x00A9}, {u"crarr", 0x21B5}, {u"cup", 0x222A},
    {u"curren", 0x00A4}, {u"dArr", 0x21D3}, {u"dagger", 0x2020}, {u"darr", 0x2193},
    {u"deg", 0x00B0}, {u"delta", 0x03B4}, {u"diams", 0x2666}, {u"divide", 0x00F7},
    {u"eacute", 0x00E9}, {u"ecirc", 0x00EA}, {u"egrave", 0x00E8}, {u"empty", 0x2205},
    {u"emsp", 0x2003}, {u"ensp", 0x2002}, {u"epsilon", 0x03B5}, {u"equiv", 0x2261},
    {u"eta", 0x03B7}, {u"eth", 0x00F0}, {u"euml", 0x00EB}, {u"euro", 0x20AC}, {u"exist", 0x2203},
    {u"fnof", 0x0192}, {u"forall", 0x2200}, {u"frac12", 0x00BD}, {u"frac14", 0x00BC},
    {u"frac34", 0x00BE}, {u"frasl", 0x2044}, {u"gamma", 0x03B3}, {u"ge", 0x2265}, {u"gt", 0x003E},
    {u"hArr", 0x21D4}, {u"harr", 0x2194}, {u"hearts", 0x2665}, {u"hellip", 0x2026},
    {u"iacute", 0x00ED}, {u"icirc", 0x00EE}, {u"iexcl", 0x00A1}, {u"igrave", 0x00EC},
    {u"image", 0x2111}, {u"infin", 0x221E}, {u"int", 0x222B}, {u"iota", 0x03B9},
    {u"iquest", 0x00BF}, {u"isin", 0x2208}, {u"iuml", 0x00EF}, {u"kappa", 0x03BA},
    {u"lArr", 0x21D0}, {u"lambda", 0x03BB}, {u"lang", 0x2329}, {u"laquo", 0x00AB},
    {u"larr", 0x2190}, {u"lceil", 0x2308}, {u"ldquo", 0x201C}, {u"le", 0x2264},
    {u"lfloor", 0x230A}, {u"lowast", 0x2217}, {u"loz", 0x25CA}, {u"lrm", 0x200E},
    {u"lsaquo", 0x2039}, {u"lsquo", 0x2018}, {u"lt", 0x003C}, {u"macr", 0x00AF},
    {u"mdash", 0x2014}, {u"micro", 0x00B5}, {u"middot", 0x00B7}, {u"minus", 0x2212},
    {u"mu", 0x03BC}, {u"nabla", 0x2207}, {u"nbsp", 0x00A0}, {u"ndash", 0x2013}, {u"ne", 0x2260},
    {u"ni", 0x220B}, {u"not", 0x00AC}, {u"notin", 0x2209}, {u"nsub", 0x2284}, {u"ntilde", 0x00F1},
    {u"nu", 0x03BD}, {u"oacute", 0x00F3}, {u"ocirc", 0x00F4}, {u"oelig", 0x0153},
    {u"ograve", 0x00F2}, {u"oline", 0x203E}, {u"omega", 0x03C9}, {u"omicron", 0x03BF},
    {u"oplus", 0x2295}, {u"or", 0x2228}, {u"ordf", 0x00AA}, {u"ordm", 0x00BA}, {u"oslash", 0x00F8},
    {u"otilde", 0x00F5}, {u"otimes", 0x2297}, {u"ouml", 0x00F6}, {u"para", 0x00B6},
    {u"part", 0x2202}, {u"permil", 0x2030}, {u"perp", 0x22A5}, {u"phi", 0x03C6}, {u"pi", 0x03C0},
    {u"piv", 0x03D6}, {u"plusmn", 0x00B1}, {u"pound", 0x00A3}, {u"prime", 0x2032},
    {u"prod", 0x220F}, {u"prop", 0x221D}, {u"psi", 0x03C8}, {u"quot", 0x0022}, {u"rArr", 0x21D2},
    {u"radic", 0x221A}, {u"rang", 0x232A}, {u"raquo", 0x00BB}, {u"rarr", 0x2192},
    {u"rceil", 0x2309}, {u"rdquo", 0x201D}, {u"real", 0x211C}, {u"reg", 0x00AE},
    {u"rfloor", 0x230B}, {u"rho", 0x03C1}, {u"rlm", 0x200F}, {u"rsaquo", 0x203A},
    {u"rsquo", 0x2019}, {u"sbquo", 0x201A}, {u"scaron", 0x0161}, {u"sdot", 0x22C5},
    {u"sect", 0x00A7}, {u"shy", 0x00AD}, {u"sigma", 0x03C3}, {u"sigmaf", 0x03C2}, {u"sim", 0x223C},
    {u"spades", 0x2660}, {u"sub", 0x2282}, {u"sube", 0x2286}, {u"sum", 0x2211}, {u"sup", 0x2283},
    {u"sup1", 0x00B9}, {u"sup2", 0x00B2}, {u"sup3", 0x00B3}, {u"supe", 0x2287}, {u"szlig", 0x00DF},
    {u"tau", 0x03C4}, {u"there4", 0x2234}, {u"theta", 0x03B8}, {u"thetasym", 0x03D1},
    {u"thinsp", 0x2009}, {u"thorn", 0x00FE}, {u"tilde", 0x02DC}, {u"times", 0x00D7},
    {u"trade", 0x2122}, {u"uArr", 0x21D1}, {u"uacute", 0x00FA}, {u"uarr", 0x2191},
    {u"ucirc", 0x00FB}, {u"ugrave", 0x00F9}, {u"uml", 0x00A8}, {u"upsih", 0x03D2},
    {u"upsilon", 0x03C5}, {u"uuml", 0x00FC}, {u"weierp", 0x2118}, {u"xi", 0x03BE},
    {u"yacute", 0x00FD}, {u"yen", 0x00A5}, {u"yuml", 0x00FF}, {u"zeta", 0x03B6}, {u"zwj", 0x200D},
    {u"zwnj", 0x200C},
};

// HTML maps numeric references 128-159 to their windows-1252 characters (what their authors meant).
constexpr std::array<char16_t, 32> windows1252 = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiDigit(c) || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) || (u >= 0x5B && u <= 0x60)
        || (u >= 0x7B && u <= 0x7E);
}

std::optional<char32_t> lookupNamed(QStringView name)
{
    const auto *begin = std::begin(namedEntities);
    const auto *end = std::end(namedEntities);
    const auto *found = std::lower_bound(begin, end, name, [](const NamedEntity &entity, QStringView key) {
        return QStringView(entity.name).compare(key) < 0;
    });
    if (found == end || QStringView(found->name) != name)
        return std::nullopt;
    return found->codepoint;
}

/** Appends a code point from a character reference, made safe for display text. */
void appendCodepoint(QString &out, char32_t codepoint)
{
    if (codepoint >= 0x80 && codepoint <= 0x9F) {
        out.append(QChar(windows1252[codepoint - 0x80]));
        return;
    }
    if (codepoint == 0 || codepoint > 0x10FFFF || (codepoint >= 0xD800 && codepoint <= 0xDFFF)) {
        out.append(QChar(0xFFFD));
        return;
    }
    if (codepoint < 0x20 && codepoint != u'\n' && codepoint != u'\t')
        return; // control characters have no place in display text
    if (QChar::requiresSurrogates(codepoint)) {
        out.append(QChar(QChar::highSurrogate(codepoint)));
        out.append(QChar(QChar::lowSurrogate(codepoint)));
    } else {
        out.append(QChar(char16_t(codepoint)));
    }
}

/**
 * Decodes the character reference starting at text[pos] == '&' into `out`. Returns how many
 * characters it used, or 0 when there is none (the '&' is then plain text).
 */
qsizetype decodeEntityAt(QStringView text, qsizetype pos, QString &out)
{
    qsizetype i = pos + 1;
    if (i < text.size() && text[i] == u'#') {
        ++i;
        const bool hex = i < text.size() && (text[i] == u'x' || text[i] == u'X');
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        char32_t value = 0;
        bool overflow = false;
        while (i < text.size() && (hex ? isHexDigit(text[i]) : isAsciiDigit(text[i]))) {
            const char16_t u = text[i].unicode();
            const int digit = u <= u'9' ? u - u'0' : (u | 0x20) - u'a' + 10;
            value = value * (hex ? 16 : 10) + char32_t(digit);
            if (value > 0x10FFFF)
                overflow = true;
            ++i;
        }
        if (i == digitsStart)
            return 0;
        if (i < text.size() && text[i] == u';')
            ++i;
        appendCodepoint(out, overflow ? char32_t(0x110000) : value);
        return i - pos;
    }
    const qsizetype nameStart = i;
    while (i < text.size() && i - nameStart < 32 && (isAsciiLetter(text[i]) || isAsciiDigit(text[i])))
        ++i;
    if (i == nameStart || i >= text.size() || text[i] != u';')
        return 0;
    const auto codepoint = lookupNamed(text.mid(nameStart, i - nameStart));
    if (!codepoint)
        return 0;
    appendCodepoint(out, *codepoint);
    return i + 1 - pos;
}

enum class TagKind {
    Inline, // formatting and unknown tags: the tag goes, its text stays
    Block, // paragraph-like: a blank line around
    Line, // a line of its own (table rows, definition terms)
    Break, // <br>
    Item, // <li>
    UnorderedList,
    OrderedList,
    Cell, // table cells: separated by a space
    Preformatted,
    Drop, // script, style, embedded content: dropped with everything inside
    Void, // images, inputs: nothing kept
};

struct TagInfo
{
    const char16_t *name;
    TagKind kind;
};

// Sorted by name for binary search.
constexpr TagInfo knownTags[] = {
    {u"a", TagKind::Inline}, {u"abbr", TagKind::Inline}, {u"address", TagKind::Block},
    {u"applet", TagKind::Drop}, {u"area", TagKind::Void}, {u"article", TagKind::Block},
    {u"aside", TagKind::Block}, {u"audio", TagKind::Drop}, {u"b", TagKind::Inline},
    {u"base", TagKind::Void}, {u"big", TagKind::Inline}, {u"blockquote", TagKind::Block},
    {u"body", TagKind::Inline}, {u"br", TagKind::Break}, {u"button", TagKind::Drop},
    {u"canvas", TagKind::Drop}, {u"caption", TagKind::Line}, {u"center", TagKind::Block},
    {u"cite", TagKind::Inline}, {u"code", TagKind::Inline}, {u"col", TagKind::Void},
    {u"colgroup", TagKind::Void}, {u"dd", TagKind::Line}, {u"del", TagKind::Inline},
    {u"details", TagKind::Block}, {u"dfn", TagKind::Inline}, {u"dialog", TagKind::Drop},
    {u"div", TagKind::Block}, {u"dl", TagKind::Block}, {u"dt", TagKind::Line},
    {u"em", TagKind::Inline}, {u"embed", TagKind::Drop}, {u"fieldset", TagKind::Block},
    {u"figcaption", TagKind::Line}, {u"figure", TagKind::Block}, {u"font", TagKind::Inline},
    {u"footer", TagKind::Block}, {u"form", TagKind::Block}, {u"frame", TagKind::Drop},
    {u"frameset", TagKind::Drop}, {u"h1", TagKind::Block}, {u"h2", TagKind::Block},
    {u"h3", TagKind::Block}, {u"h4", TagKind::Block}, {u"h5", TagKind::Block},
    {u"h6", TagKind::Block}, {u"head", TagKind::Drop}, {u"header", TagKind::Block},
    {u"hr", TagKind::Block}, {u"html", TagKind::Inline}, {u"i", TagKind::Inline},
    {u"iframe", TagKind::Drop}, {u"img", TagKind::Void}, {u"input", TagKind::Void},
    {u"ins", TagKind::Inline}, {u"kbd", TagKind::Inline}, {u"label", TagKind::Inline},
    {u"legend", TagKind::Line}, {u"li", TagKind::Item}, {u"link", TagKind::Void},
    {u"main", TagKind::Block}, {u"map", TagKind::Drop}, {u"mark", TagKind::Inline},
    {u"math", TagKind::Drop}, {u"meta", TagKind::Void}, {u"nav", TagKind::Block},
    {u"noembed", TagKind::Drop}, {u"noframes", TagKind::Drop}, {u"noscript", TagKind::Drop},
    {u"object", TagKind::Drop}, {u"ol", TagKind::OrderedList}, {u"option", TagKind::Drop},
    {u"p", TagKind::Block}, {u"param", TagKind::Void}, {u"picture", TagKind::Drop},
    {u"pre", TagKind::Preformatted}, {u"q", TagKind::Inline}, {u"s", TagKind::Inline},
    {u"samp", TagKind::Inline}, {u"script", TagKind::Drop}, {u"section", TagKind::Block},
    {u"select", TagKind::Drop}, {u"small", TagKind::Inline}, {u"source", TagKind::Void},
    {u"span", TagKind::Inline}, {u"strike", TagKind::Inline}, {u"strong", TagKind::Inline},
    {u"style", TagKind::Drop}, {u"sub", TagKind::Inline}, {u"summary", TagKind::Line},
    {u"sup", TagKind::Inline}, {u"svg", TagKind::Drop}, {u"table", TagKind::Block},
    {u"tbody", TagKind::Inline}, {u"td", TagKind::Cell}, {u"template", TagKind::Drop},
    {u"textarea", TagKind::Drop}, {u"tfoot", TagKind::Inline}, {u"th", TagKind::Cell},
    {u"thead", TagKind::Inline}, {u"title", TagKind::Drop}, {u"tr", TagKind::Line},
    {u"track", TagKind::Void}, {u"tt", TagKind::Inline}, {u"u", TagKind::Inline},
    {u"ul", TagKind::UnorderedList}, {u"var", TagKind::Inline}, {u"video", TagKind::Drop},
    {u"wbr", TagKind::Inline},
};

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
    const auto *found = std::lower_bound(begin, end, key, [](const TagInfo &tag, QStringView k) {
        return QStringView(tag.name).compare(k) < 0;
    });
    if (found == end || QStringView(found->name) != key)
        return std::nullopt;
    return found->kind;
}

/** One HTML tag as found in text. */
struct Tag
{
    QStringView name;
    bool closing = false;
    bool selfClosing = false;
    /** Index just past the '>'. */
    qsizetype end = 0;
};

/** Reads a tag at text[pos] == '<'; nothing when it is not one (a lone '<' in text). */
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

/** Index just past the element's end tag (case-insensitive), or the end of the text. */
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

/**
 * Skips a comment, CDATA section, doctype or processing instruction at text[pos] == '<'.
 * Returns the index after it (and the CDATA text through `cdata`), or 0 when there is none.
 */
qsizetype skipMarkupDeclaration(QStringView text, qsizetype pos, QStringView *cdata = nullptr)
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
    void append(QStringView text)
    {
        for (const QChar c : text)
            appendText(c);
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
            const qsizetype used = decodeEntityAt(html, i, entity);
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
            // A run of ordinary characters goes in at once.
            qsizetype end = i;
            while (end < html.size()) {
                const char16_t u = html[end].unicode();
                if (u == u'<' || u == u'&' || u <= u' ' || (u >= 0x7F && u < 0xA0))
                    break;
                ++end;
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

/** Removes script, style and other dropped elements and comments, keeping everything else as written. */
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

void appendInline(QStringView line, QString &buffer, QList<Delimiter> &delimiters)
{
    qsizetype i = 0;
    QString entity;
    while (i < line.size()) {
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
            if (const qsizetype used = decodeEntityAt(line, i, entity)) {
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
            const bool leftFlanking = !isMarkdownSpace(after)
                && !(isMarkdownPunctuation(after) && !isMarkdownSpace(before) && !isMarkdownPunctuation(before));
            const bool rightFlanking = !isMarkdownSpace(before)
                && !(isMarkdownPunctuation(before) && !isMarkdownSpace(after) && !isMarkdownPunctuation(after));
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
    for (qsizetype k = 0; k < buffer.size(); ++k) {
        if (!removed[k])
            result.append(buffer[k]);
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
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\r') {
            out.append(u'\n');
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
        } else {
            out.append(c);
        }
    }
    return out;
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

QString fromHtml(QStringView html)
{
    PlainTextWriter writer;
    convertHtml(html, writer);
    return writer.finish();
}

QString fromMarkdown(QStringView markdown)
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
                writer.append(markdownInline(title.trimmed()));
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
            if (digitCount > 0 && digitCount + 1 < content.size()
                && (content[digitCount] == u'.' || content[digitCount] == u')')
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
        writer.append(markdownInline(body.trimmed()));
        writer.breakLine(1);
    }
    return writer.finish();
}

namespace
{
/** Text with no markup character and no line structure needs nothing but trimming. */
bool isPlainLine(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < u' ' || (u >= 0x7F && u < 0xA0) || u == u'<' || u == u'&' || u == u'*' || u == u'_' || u == u'`'
            || u == u'[' || u == u'#' || u == u'>' || u == u'\\' || u == u'~' || u == u'!')
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
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u'&') {
            if (const qsizetype used = decodeEntityAt(text, i, out)) {
                i += used;
                continue;
            }
        }
        out.append(text[i]);
        ++i;
    }
    return out;
}

namespace
{
bool needsSingleLineWork(QStringView text)
{
    if (text.isEmpty())
        return false;
    if (text.front().isSpace() || text.back().isSpace())
        return true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u < 0xA0) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
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

#include "SearchText.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace
{
bool isWordCharacter(char32_t ucs4)
{
    // ASCII first: no ASCII character is a mark, and the mark test is a table look-up out of line.
    if (ucs4 < 0x80)
        return (ucs4 >= u'a' && ucs4 <= u'z') || (ucs4 >= u'A' && ucs4 <= u'Z') || (ucs4 >= u'0' && ucs4 <= u'9');
    return QChar::isLetterOrNumber(ucs4) || QChar::isMark(ucs4);
}

/** Appends `text` with HTML's special characters escaped, as QString::toHtmlEscaped() would. */
void appendEscaped(QString &out, QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'&':
            out += u"&amp;";
            break;
        case u'"':
            out += u"&quot;";
            break;
        default:
            out += c;
        }
    }
}

/**
 * Appends `text`'s non-word stretch as escaped HTML. Collapsed, each run of white space becomes
 * one space, as it would show in a paragraph; written into `out` directly, with no string per
 * stretch (50 snippets of 24 words each are written at every keystroke).
 */
void appendPlain(QString &out, QStringView text, bool collapseSpace)
{
    if (!collapseSpace) {
        appendEscaped(out, text);
        return;
    }
    bool inSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isSpace()) {
            inSpace = true;
            continue;
        }
        if (inSpace)
            out += u' ';
        inSpace = false;
        appendEscaped(out, text.mid(i, 1));
    }
    if (inSpace)
        out += u' ';
}

bool isAscii(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

/**
 * The words of a text, folded, as views: into one lower-cased copy of the whole text when it is
 * plain ASCII (lower case keeps every position), else into a folded copy of each word. Folding
 * word by word made two strings per word of every abstract shown.
 */
class FoldedWords
{
public:
    FoldedWords(const QString &text, const QList<SearchText::Word> &all)
    {
        m_views.reserve(all.size());
        if (isAscii(text)) {
            m_lower = text.toLower();
            for (const SearchText::Word &word : all)
                m_views.append(QStringView(m_lower).mid(word.start, word.length));
            return;
        }
        m_folded.reserve(all.size());
        for (const SearchText::Word &word : all)
            m_folded.append(SearchText::fold(text.mid(word.start, word.length)));
        for (const QString &folded : std::as_const(m_folded))
            m_views.append(folded);
    }

    qsizetype size() const { return m_views.size(); }
    QStringView operator[](qsizetype i) const { return m_views[i]; }

private:
    QString m_lower;
    QStringList m_folded;
    QList<QStringView> m_views;
};

/**
 * Whether `token` matches the words `first` and `second` run together (as a prefix when
 * `prefix`), compared without making the joined string.
 */
bool matchesJoined(QStringView token, QStringView first, QStringView second, bool prefix)
{
    if (token.size() <= first.size() || !token.startsWith(first))
        return false;
    const QStringView rest = token.mid(first.size());
    return prefix ? second.startsWith(rest) : second == rest;
}
} // namespace

SearchText::SearchText(const QString &typed)
{
    for (const Word &word : words(typed))
        m_tokens.append(fold(typed.mid(word.start, word.length)));
    // The last word is still being typed unless something (a space, punctuation) follows it.
    const QList<Word> all = words(typed);
    m_lastIsPrefix = !all.isEmpty() && all.constLast().start + all.constLast().length == typed.size();
}

QString SearchText::fold(const QString &word)
{
    // Plain ASCII (most words of most programmes) has no accents to take off: lower case is all.
    // Decomposing every word of 50 abstracts was a fifth of a keystroke's time.
    const bool ascii = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return word.toLower();
    const QString decomposed = word.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            result += c;
    }
    return result.toLower();
}

QList<SearchText::Word> SearchText::words(const QString &text)
{
    QList<Word> result;
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t ucs4 = text[i].unicode();
        qsizetype width = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ucs4 = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        }
        if (isWordCharacter(ucs4)) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            result.append({start, i - start});
            start = -1;
        }
        i += width - 1;
    }
    if (start >= 0)
        result.append({start, text.size() - start});
    return result;
}

QString SearchText::matchExpression(const QStringList &columns) const
{
    return matchExpression(m_tokens, m_lastIsPrefix, columns);
}

QString SearchText::matchExpression(const QStringList &terms, bool lastIsPrefix, const QStringList &columns)
{
    if (!columns.isEmpty() && !terms.isEmpty())
        return u"{"_s + columns.join(u' ') + u"} : ("_s + matchExpression(terms, lastIsPrefix) + u')';
    QStringList phrases;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        QString phrase = u'"' + QString(terms[i]).replace(u'"', u"\"\""_s) + u'"';
        if (i == terms.size() - 1 && lastIsPrefix)
            phrase += u'*';
        phrases.append(phrase);
    }
    return phrases.join(u' ');
}

bool SearchText::matchesWord(QStringView foldedWord) const
{
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        const bool prefix = m_lastIsPrefix && i == m_tokens.size() - 1;
        if (prefix ? foldedWord.startsWith(m_tokens[i]) : foldedWord == m_tokens[i])
            return true;
    }
    return false;
}

QList<bool> SearchText::marks(const QString &text, const QList<Word> &all) const
{
    if (m_tokens.isEmpty())
        return QList<bool>(all.size(), false);
    return marksOf(FoldedWords(text, all));
}

template <typename Folded> QList<bool> SearchText::marksOf(const Folded &folded) const
{
    QList<bool> marked(folded.size(), false);
    if (m_tokens.isEmpty())
        return marked;
    for (qsizetype w = 0; w < folded.size(); ++w) {
        if (matchesWord(folded[w])) {
            marked[w] = true;
            continue;
        }
        if (w + 1 >= folded.size())
            continue;
        // A word typed without the space between two words of the text.
        for (qsizetype t = 0; t < m_tokens.size(); ++t) {
            const bool prefix = m_lastIsPrefix && t == m_tokens.size() - 1;
            if (matchesJoined(m_tokens[t], folded[w], folded[w + 1], prefix)) {
                marked[w] = true;
                marked[w + 1] = true;
            }
        }
    }
    return marked;
}

template <typename Folded> bool SearchText::tokenMatchesAt(qsizetype t, const Folded &folded, qsizetype w) const
{
    const QString &token = m_tokens[t];
    const bool prefix = m_lastIsPrefix && t == m_tokens.size() - 1;
    if (prefix ? folded[w].startsWith(token) : folded[w] == token)
        return true;
    return w + 1 < folded.size() && matchesJoined(token, folded[w], folded[w + 1], prefix);
}

QList<bool> SearchText::tokensIn(const QString &text) const
{
    QList<bool> found(m_tokens.size(), false);
    const FoldedWords folded(text, words(text));
    for (qsizetype t = 0; t < m_tokens.size(); ++t) {
        for (qsizetype w = 0; w < folded.size() && !found[t]; ++w)
            found[t] = tokenMatchesAt(t, folded, w);
    }
    return found;
}

bool SearchText::matchesAll(const QString &text) const
{
    return !m_tokens.isEmpty() && !tokensIn(text).contains(false);
}

bool SearchText::matchesAny(const QString &text) const
{
    return marks(text, words(text)).contains(true);
}

QString SearchText::markup(const QString &text) const
{
    const QList<Word> all = words(text);
    const QList<bool> marked = marks(text, all);
    QString out;
    out.reserve(text.size() + 16);
    qsizetype position = 0;
    for (qsizetype w = 0; w < all.size(); ++w) {
        if (!marked[w])
            continue;
        appendPlain(out, QStringView(text).mid(position, all[w].start - position), false);
        out += u"<b>";
        appendEscaped(out, QStringView(text).mid(all[w].start, all[w].length));
        out += u"</b>";
        position = all[w].start + all[w].length;
    }
    appendPlain(out, QStringView(text).mid(position), false);
    return out;
}

QString SearchText::snippetMarkup(const QString &text, int words, const QString &shown) const
{
    const QList<Word> all = SearchText::words(text);
    if (m_tokens.isEmpty())
        return {};
    const FoldedWords folded(text, all);
    const QList<bool> marked = marksOf(folded);
    qsizetype first = marked.indexOf(true);
    if (first < 0)
        return {};
    // Around a word the person does not see matched yet, where the text has one: a whole word
    // typed before the word still being typed, which matches whatever starts like it.
    if (const QList<bool> seen = shown.isEmpty() ? QList<bool>() : tokensIn(shown); seen.contains(false)) {
        const qsizetype typing = m_lastIsPrefix ? m_tokens.size() - 1 : -1;
        qsizetype found = -1;
        for (const bool whole : {true, false}) {
            for (qsizetype w = first; w < folded.size() && found < 0; ++w) {
                for (qsizetype t = 0; t < m_tokens.size() && found < 0; ++t) {
                    if (!seen[t] && (!whole || t != typing) && marked[w] && tokenMatchesAt(t, folded, w))
                        found = w;
                }
            }
        }
        if (found >= 0)
            first = found;
    }
    const qsizetype from = std::max<qsizetype>(0, first - words / 3);
    const qsizetype to = std::min<qsizetype>(all.size(), from + words);
    QString out;
    if (from > 0)
        out += u"…"_s;
    qsizetype position = from == 0 ? 0 : all[from].start;
    for (qsizetype w = from; w < to; ++w) {
        appendPlain(out, QStringView(text).mid(position, all[w].start - position), true);
        if (marked[w])
            out += u"<b>";
        appendEscaped(out, QStringView(text).mid(all[w].start, all[w].length));
        if (marked[w])
            out += u"</b>";
        position = all[w].start + all[w].length;
    }
    if (to < all.size())
        out += u" …"_s;
    else
        appendPlain(out, QStringView(text).mid(position), true);
    return out;
}

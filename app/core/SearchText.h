#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * What the user typed into a search field, taken as plain words: the words of a text split the
 * way SQLite's unicode61 tokenizer splits them (runs of letters, digits and marks), compared
 * without case and diacritics ("Zoë" is "zoe"). The last word is a prefix while it is being typed.
 * Used to build the full-text query (as data, never as query syntax) and to mark the matches.
 */
class SearchText
{
public:
    explicit SearchText(const QString &typed = {});

    /** The words typed, folded (lower case, no diacritics), in order; punctuation is dropped. */
    const QStringList &tokens() const { return m_tokens; }
    bool isEmpty() const { return m_tokens.isEmpty(); }
    /** True when the last word is still being typed (no space after it): it matches as a prefix. */
    bool lastIsPrefix() const { return m_lastIsPrefix; }

    /**
     * An FTS5 MATCH expression that searches the words as text: each word a string in double
     * quotes (quotes doubled), joined by spaces (all words must match), the last with a prefix
     * star. Empty when there is nothing to search for. Bind it as a value; never splice it.
     * With `columns` (the program's own column names, never user text), all the words must match
     * within those columns.
     */
    QString matchExpression(const QStringList &columns = {}) const;
    /** The same of other terms (the index's own, IndexTerms): each must be a single term of the index. */
    static QString matchExpression(const QStringList &terms, bool lastIsPrefix, const QStringList &columns = {});

    /** True when `word` (folded) matches one of the tokens (the last one as a prefix). */
    bool matchesWord(QStringView foldedWord) const;
    /** True when every token matches some word of `text` (or a pair of adjacent words run together). */
    bool matchesAll(const QString &text) const;
    bool matchesAny(const QString &text) const;

    /**
     * `text` as HTML for a StyledText label: everything escaped, and the words that match wrapped
     * in <b>...</b>. A query word that matches two adjacent words run together ("stackover" in
     * "Stack Overflow") marks both.
     */
    QString markup(const QString &text) const;
    /**
     * About `words` words of `text` around its first match, marked up like markup(), with "…"
     * where text was cut; empty when nothing in `text` matches. With `shown` (what the person
     * already sees of the result, such as its title), around the first match of a word typed
     * that `shown` does not have, where there is one: the excerpt says why the result is there.
     */
    QString snippetMarkup(const QString &text, int words = 24, const QString &shown = {}) const;

    /** Lower case without diacritics: what unicode61 with remove_diacritics 2 compares. */
    static QString fold(const QString &word);

    struct Word
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };
    /** The words of `text` (positions into it), split as the unicode61 tokenizer splits them. */
    static QList<Word> words(const QString &text);

private:
    /** Whether token `t` matches word `w` of the folded words (or `w` and the next run together). */
    template <typename Folded> bool tokenMatchesAt(qsizetype t, const Folded &folded, qsizetype w) const;
    /** For each token, whether some word of `text` matches it. */
    QList<bool> tokensIn(const QString &text) const;
    /** For each word of `text`, whether it is marked. */
    QList<bool> marks(const QString &text, const QList<Word> &all) const;
    /** For each of the folded words, whether it is marked. */
    template <typename Folded> QList<bool> marksOf(const Folded &folded) const;

    QStringList m_tokens;
    bool m_lastIsPrefix = false;
};

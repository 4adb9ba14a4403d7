#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * A typed text split into the terms the search index holds, by the index's own tokenizer (FTS5's
 * unicode61 with the index's arguments, SearchIndex.h) run outside the index: lower-cased and
 * without diacritics exactly as the index stores its words, and split exactly where it splits
 * them. A search's MATCH expression is built of these, each a single term: the index keeps no
 * word positions (detail=column), so FTS5 refuses a quoted string that it splits in two.
 * (SearchText's own folding, which marks matches in what is shown, splits "½" or "⑴" apart.)
 */
struct IndexTerms
{
    QStringList terms;
    /** True when the text ends inside its last term (no space or punctuation after it): it is still being typed. */
    bool lastIsPrefix = false;

    /**
     * The MATCH expression that finds rows with all the terms in `columns` (all columns when
     * empty), the last one as a prefix while it is being typed. A prefix of one character is
     * asked as its initial's term (InitialsTokenizer), which finds the same rows as a prefix.
     */
    QString matchExpression(const QStringList &columns = {}) const;

    /** Nothing, with `errorMessage` set, only when FTS5 cannot be reached on `db`. */
    static std::optional<IndexTerms> of(const QSqlDatabase &db, const QString &text, QString *errorMessage = nullptr);
};

#include "IndexTerms.h"

#include "Fts5Api.h"
#include "InitialsTokenizer.h"
#include "SearchIndex.h"
#include "SqliteStatement.h"

#include "core/SearchText.h"

#include <sqlite3.h>

#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace
{
struct Collected
{
    IndexTerms *terms;
    int lastEnd = -1;
};

int collect(void *context, int flags, const char *token, int size, int /*start*/, int end)
{
    auto *collected = static_cast<Collected *>(context);
    if (!(flags & FTS5_TOKEN_COLOCATED))
        collected->terms->terms.append(QString::fromUtf8(token, size));
    collected->lastEnd = end;
    return SQLITE_OK;
}

std::optional<IndexTerms> failed(QString *errorMessage, const QString &why)
{
    if (errorMessage)
        *errorMessage = u"search: "_s + why;
    return std::nullopt;
}
} // namespace

std::optional<IndexTerms> IndexTerms::of(const QSqlDatabase &db, const QString &text, QString *errorMessage)
{
    sqlite3 *handle = SqliteStatement::handleOf(db);
    fts5_api *api = handle ? fts5ApiOf(handle) : nullptr;
    if (!api)
        return failed(errorMessage, u"SQLite's full-text search (FTS5) is not available"_s);
    void *userData = nullptr;
    fts5_tokenizer tokenizer{};
    if (api->xFindTokenizer(api, SearchIndex::kTokenizer, &userData, &tokenizer) != SQLITE_OK)
        return failed(errorMessage, u"FTS5 has no tokenizer %1"_s.arg(QLatin1StringView(SearchIndex::kTokenizer)));
    Fts5Tokenizer *instance = nullptr;
    if (tokenizer.xCreate(userData, const_cast<const char **>(SearchIndex::kTokenizerArguments),
                          int(std::size(SearchIndex::kTokenizerArguments)), &instance)
        != SQLITE_OK)
        return failed(errorMessage, u"cannot make FTS5's tokenizer %1"_s.arg(QLatin1StringView(SearchIndex::kTokenizer)));
    IndexTerms result;
    Collected collected{&result};
    const QByteArray utf8 = text.toUtf8();
    const int status = tokenizer.xTokenize(instance, &collected, FTS5_TOKENIZE_QUERY, utf8.constData(), int(utf8.size()), &collect);
    tokenizer.xDelete(instance);
    if (status != SQLITE_OK)
        return failed(errorMessage, u"FTS5's tokenizer failed (%1)"_s.arg(QString::fromUtf8(sqlite3_errstr(status))));
    result.lastIsPrefix = !result.terms.isEmpty() && collected.lastEnd == int(utf8.size());
    return result;
}

QString IndexTerms::matchExpression(const QStringList &columns) const
{
    if (!lastIsPrefix || terms.isEmpty() || !InitialsTokenizer::isInitial(terms.constLast()))
        return SearchText::matchExpression(terms, lastIsPrefix, columns);
    QStringList asked = terms;
    asked.last() = InitialsTokenizer::termForInitial(terms.constLast());
    return SearchText::matchExpression(asked, false, columns);
}

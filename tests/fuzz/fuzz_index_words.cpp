// The search index's tokenizer (InitialsTokenizer) splits ASCII itself and gives unicode61 only
// the pieces with other characters: for any bytes, as a column value, its words and their offsets
// must be unicode61's own, and each initial's term must come once, beside the first word with
// that initial. A value that starts with the pairs marker (a title or subtitle) also has each two
// adjacent words run together beside the second, and no other value has any.
#include "FuzzSupport.h"

#include "store/Fts5Api.h"
#include "store/InitialsTokenizer.h"
#include "store/SearchIndex.h"

#include <sqlite3.h>

#include <QList>
#include <QSet>

namespace
{
struct Word
{
    QByteArray token;
    int start = 0;
    int end = 0;
    bool colocated = false;
};

int collect(void *context, int flags, const char *token, int size, int start, int end)
{
    static_cast<QList<Word> *>(context)->append(Word{QByteArray(token, size), start, end, (flags & FTS5_TOKEN_COLOCATED) != 0});
    return SQLITE_OK;
}

QList<Word> wordsOf(fts5_api *api, const char *name, const QByteArray &text)
{
    void *userData = nullptr;
    fts5_tokenizer tokenizer{};
    Fts5Tokenizer *instance = nullptr;
    if (api->xFindTokenizer(api, name, &userData, &tokenizer) != SQLITE_OK
        || tokenizer.xCreate(userData, const_cast<const char **>(SearchIndex::kTokenizerArguments),
                             int(std::size(SearchIndex::kTokenizerArguments)), &instance)
            != SQLITE_OK)
        FuzzSupport::broken("the tokenizer runs", QString::fromLatin1(name));
    QList<Word> words;
    if (tokenizer.xTokenize(instance, &words, FTS5_TOKENIZE_DOCUMENT, text.constData(), int(text.size()), &collect) != SQLITE_OK)
        FuzzSupport::broken("the tokenizer runs", QString::fromLatin1(name));
    tokenizer.xDelete(instance);
    return words;
}

QString describe(const Word &word)
{
    return QStringLiteral("%1 (%2-%3)").arg(QString::fromLatin1(word.token.toHex())).arg(word.start).arg(word.end);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::quietQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static sqlite3 *db = [] {
        sqlite3 *opened = nullptr;
        if (sqlite3_open(":memory:", &opened) != SQLITE_OK || InitialsTokenizer::registerOn(opened) != SQLITE_OK)
            FuzzSupport::broken("the tokenizer is registered", {});
        return opened;
    }();
    static fts5_api *api = fts5ApiOf(db);
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<Word> expected = wordsOf(api, SearchIndex::kTokenizer, text);
    const QList<Word> all = wordsOf(api, InitialsTokenizer::kName, text);

    const bool paired = !text.isEmpty() && text[0] == InitialsTokenizer::kPairsMarker;
    QList<Word> words;
    QSet<QByteArray> initials;
    // Words that are not empty (unicode61 can fold a word to nothing: it has no pair), and how
    // many of them have had theirs (the first needs none).
    QList<Word> nonEmpty;
    qsizetype pairedWords = 1;
    for (const Word &word : all) {
        if (!word.colocated) {
            words.append(word);
            if (!word.token.isEmpty())
                nonEmpty.append(word);
            continue;
        }
        if (!word.token.startsWith('\x01')) {
            // A pair: the two words before it run together, at the second one's place.
            const qsizetype count = nonEmpty.size();
            if (!paired || count < 2 || pairedWords != count - 1 || words.constLast().token.isEmpty()
                || word.token != nonEmpty[count - 2].token + nonEmpty[count - 1].token || word.start != nonEmpty[count - 1].start
                || word.end != nonEmpty[count - 1].end)
                FuzzSupport::broken("a pair runs the two words before it together", describe(word));
            pairedWords = count;
            continue;
        }
        // An initial's term: the marker, then the first character of the word just before it.
        if (words.isEmpty() || word.token.size() < 2 || word.token[0] != '\x01' || !words.constLast().token.startsWith(word.token.mid(1)))
            FuzzSupport::broken("an initial's term follows its word", describe(word));
        if (initials.contains(word.token))
            FuzzSupport::broken("an initial's term comes once", describe(word));
        initials.insert(word.token);
    }
    if (paired && nonEmpty.size() > 1 && pairedWords != nonEmpty.size())
        FuzzSupport::broken("each word after the first has its pair", QStringLiteral("%1 of %2").arg(pairedWords).arg(nonEmpty.size()));
    if (words.size() != expected.size())
        FuzzSupport::broken("the words are unicode61's", QStringLiteral("%1 words, unicode61 %2").arg(words.size()).arg(expected.size()));
    for (qsizetype i = 0; i < words.size(); ++i) {
        const Word &a = words[i];
        const Word &e = expected[i];
        if (a.token != e.token || a.start != e.start || a.end != e.end)
            FuzzSupport::broken("the words are unicode61's", describe(a) + QStringLiteral(" against ") + describe(e));
    }
    return 0;
}

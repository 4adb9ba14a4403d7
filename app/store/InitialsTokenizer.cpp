#include "InitialsTokenizer.h"

#include "AsciiWordScan.h"
#include "Fts5Api.h"

#include <QSet>

#include <sqlite3.h>

#include <array>
#include <bit>
#include <bitset>
#include <cstring>
#include <new>
#include <string>

namespace InitialsTokenizer
{

namespace
{
/** Starts an initial's term: a control character, which unicode61 keeps in no word. */
constexpr char kMarker = '\x01';
/** The tokenizer whose words are passed on. */
constexpr char kBaseName[] = "unicode61";

struct Instance
{
    fts5_tokenizer base{};
    Fts5Tokenizer *baseInstance = nullptr;
    /** Whether unicode61 was given no argument that changes which ASCII characters make words. */
    bool asciiAsUnicode61 = true;
};

/** Longest word of ASCII lowered here; a longer one goes to unicode61. */
constexpr int kLoweredSize = 64;

/** One column value being tokenized: where the words go, and which initials it has had. */
struct Document
{
    void *context = nullptr;
    int (*xToken)(void *, int, const char *, int, int, int) = nullptr;
    /** Where in the column value the text unicode61 is splitting starts (its offsets are from there). */
    int offset = 0;
    /** Initials of one byte (all of ASCII), by byte value. */
    std::bitset<256> ascii;
    /** Initials of two to four bytes, as their bytes in one number; few per column. */
    std::array<quint32, 32> others{};
    int otherCount = 0;

    /** Whether the initial (of `size` bytes at `bytes`) is new to this column value; remembers it. */
    bool firstTime(const unsigned char *bytes, int size)
    {
        if (size == 1) {
            if (ascii[bytes[0]])
                return false;
            ascii[bytes[0]] = true;
            return true;
        }
        quint32 key = 0;
        std::memcpy(&key, bytes, size_t(size));
        for (int i = 0; i < otherCount; ++i) {
            if (others[size_t(i)] == key)
                return false;
        }
        if (otherCount < int(others.size())) {
            others[size_t(otherCount++)] = key;
            return true;
        }
        // A text of many scripts (or a hostile one): the rest in a set, not a longer search.
        if (more.contains(key))
            return false;
        more.insert(key);
        return true;
    }
    /** The initials of two to four bytes beyond the first 32. */
    QSet<quint32> more;

    /** Whether the column value began with kPairsMarker: each word is then also paired with the one before. */
    bool pairs = false;
    /** The word before (while pairing), then the pair being made of it. */
    std::string pair;
    int previousSize = -1;

    /** Passes on the previous word and this one run together (if there was one), and keeps this one. */
    int pairWith(const char *token, int size, int start, int end)
    {
        int status = SQLITE_OK;
        if (previousSize >= 0) {
            pair.resize(size_t(previousSize));
            pair.append(token, size_t(size));
            status = xToken(context, FTS5_TOKEN_COLOCATED, pair.data(), int(pair.size()), start, end);
        }
        pair.assign(token, size_t(size));
        previousSize = size;
        return status;
    }
};

/** Bytes of the UTF-8 character that `lead` starts (1 for a byte that does not start one). */
int characterSize(unsigned char lead)
{
    if (lead < 0xC0)
        return 1;
    if (lead < 0xE0)
        return 2;
    if (lead < 0xF0)
        return 3;
    return 4;
}

/**
 * Passes a word on, then (in a paired column value) the word before and this one run together,
 * then its initial's term if the column value has not had it.
 */
int emit(Document &document, const char *token, int size, int start, int end)
{
    int status = document.xToken(document.context, 0, token, size, start, end);
    if (status != SQLITE_OK || size <= 0)
        return status;
    if (document.pairs && (status = document.pairWith(token, size, start, end)) != SQLITE_OK)
        return status;
    const auto *bytes = reinterpret_cast<const unsigned char *>(token);
    const int initialSize = std::min(characterSize(bytes[0]), size);
    if (!document.firstTime(bytes, initialSize))
        return SQLITE_OK;
    char term[5] = {kMarker};
    std::memcpy(term + 1, token, size_t(initialSize));
    return document.xToken(document.context, FTS5_TOKEN_COLOCATED, term, initialSize + 1, start, end);
}

/** A word from unicode61. */
int onWord(void *context, int flags, const char *token, int size, int start, int end)
{
    auto *document = static_cast<Document *>(context);
    start += document->offset;
    end += document->offset;
    if (flags & FTS5_TOKEN_COLOCATED)
        return document->xToken(document->context, flags, token, size, start, end);
    return emit(*document, token, size, start, end);
}

/** Passes on one piece of a column value: lowered as it is when all ASCII, else split by unicode61. */
int emitPiece(Instance &instance, Document &document, int flags, const char *text, int start, int end, bool nonAscii, const char *lowered)
{
    const int length = end - start;
    if (!nonAscii && length <= kLoweredSize)
        return emit(document, lowered, length, start, end);
    document.offset = start;
    const int status = instance.base.xTokenize(instance.baseInstance, &document, flags, text + start, length, &onWord);
    document.offset = 0;
    return status;
}

/**
 * A column value's words, as unicode61 splits them: ASCII separators always end a word, so the
 * text is cut there first. A piece of ASCII letters and digits is the word unicode61 makes of it,
 * lowered (remove_diacritics changes no ASCII character); any other piece (with a byte of
 * another character) is given to unicode61 itself. unicode61 took 24 instructions a byte of the
 * 36C3 abstracts, almost all of them ASCII; a loop over the bytes here took 95 instructions a
 * word, and finding the pieces in masks of 64 bytes (AsciiWordScan) takes 59.
 */
int tokenizeDocument(Instance &instance, Document &document, int flags, const char *text, int size)
{
    using AsciiWordScan::kWindowBytes;
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    AsciiWordScan::Window window;
    // A piece that runs past the end of a window: where it started, whether it has non-ASCII
    // bytes, and its lowered bytes so far (while they fit).
    int pieceStart = -1;
    bool pieceNonAscii = false;
    char pieceLowered[kLoweredSize];
    int pieceLoweredSize = 0;
    const auto keepLowered = [&](const char *from, int count) {
        if (pieceLoweredSize + count <= kLoweredSize)
            std::memcpy(pieceLowered + pieceLoweredSize, from, size_t(count));
        pieceLoweredSize += count;
    };
    for (int base = 0; base < size; base += kWindowBytes) {
        AsciiWordScan::windowOf(bytes + base, size - base, window);
        const quint64 wordish = window.wordish;
        int position = 0;
        if (pieceStart >= 0) {
            if (~wordish == 0) {
                pieceNonAscii = pieceNonAscii || window.nonAscii != 0;
                keepLowered(window.lowered, kWindowBytes);
                continue;
            }
            position = std::countr_zero(~wordish);
            pieceNonAscii = pieceNonAscii || (window.nonAscii & AsciiWordScan::lowBits(position)) != 0;
            keepLowered(window.lowered, position);
            const int status = emitPiece(instance, document, flags, text, pieceStart, base + position, pieceNonAscii, pieceLowered);
            if (status != SQLITE_OK)
                return status;
            pieceStart = -1;
        }
        while (position < kWindowBytes) {
            const quint64 ahead = wordish >> position;
            if (ahead == 0)
                break;
            position += std::countr_zero(ahead);
            const quint64 endsAhead = ~wordish >> position;
            if (endsAhead == 0) {
                // Goes on in the next window (or ends with the text).
                pieceStart = base + position;
                pieceNonAscii = (window.nonAscii >> position) != 0;
                pieceLoweredSize = 0;
                keepLowered(window.lowered + position, kWindowBytes - position);
                break;
            }
            const int length = std::countr_zero(endsAhead);
            const bool nonAscii = ((window.nonAscii >> position) & AsciiWordScan::lowBits(length)) != 0;
            const int status =
                emitPiece(instance, document, flags, text, base + position, base + position + length, nonAscii, window.lowered + position);
            if (status != SQLITE_OK)
                return status;
            position += length;
        }
    }
    if (pieceStart >= 0)
        return emitPiece(instance, document, flags, text, pieceStart, size, pieceNonAscii, pieceLowered);
    return SQLITE_OK;
}

int create(void *api, const char **arguments, int count, Fts5Tokenizer **out)
{
    auto *fts5 = static_cast<fts5_api *>(api);
    auto *instance = new (std::nothrow) Instance;
    if (!instance)
        return SQLITE_NOMEM;
    void *baseContext = nullptr;
    int status = fts5->xFindTokenizer(fts5, kBaseName, &baseContext, &instance->base);
    if (status == SQLITE_OK)
        status = instance->base.xCreate(baseContext, arguments, count, &instance->baseInstance);
    for (int i = 0; i + 1 < count; i += 2) {
        if (std::strcmp(arguments[i], "remove_diacritics") != 0)
            instance->asciiAsUnicode61 = false;
    }
    if (status != SQLITE_OK) {
        delete instance;
        return status;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer *tokenizer)
{
    auto *instance = reinterpret_cast<Instance *>(tokenizer);
    instance->base.xDelete(instance->baseInstance);
    delete instance;
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int size,
             int (*xToken)(void *, int, const char *, int, int, int))
{
    auto *instance = reinterpret_cast<Instance *>(tokenizer);
    if ((flags & FTS5_TOKENIZE_QUERY) && size > 1 && text[0] == kMarker)
        return xToken(context, 0, text, size, 0, size);
    if (!(flags & FTS5_TOKENIZE_DOCUMENT))
        return instance->base.xTokenize(instance->baseInstance, context, flags, text, size, xToken);
    Document document;
    document.pairs = size > 0 && text[0] == kPairsMarker;
    document.context = context;
    document.xToken = xToken;
    if (instance->asciiAsUnicode61)
        return tokenizeDocument(*instance, document, flags, text, size);
    return instance->base.xTokenize(instance->baseInstance, &document, flags, text, size, &onWord);
}

int registerOnOpen(sqlite3 *db, char ** /*errorMessage*/, const sqlite3_api_routines * /*api*/)
{
    // A connection that cannot have it still opens: whatever it does to the index says why.
    registerOn(db);
    return SQLITE_OK;
}
} // namespace

int registerOn(sqlite3 *db)
{
    fts5_api *api = fts5ApiOf(db);
    if (!api)
        return SQLITE_ERROR;
    fts5_tokenizer tokenizer{&create, &destroy, &tokenize};
    return api->xCreateTokenizer(api, kName, api, &tokenizer, nullptr);
}

bool registerOnEveryConnection()
{
    static const bool registered = sqlite3_auto_extension(reinterpret_cast<void (*)()>(&registerOnOpen)) == SQLITE_OK;
    return registered;
}

QString termForInitial(QStringView initial)
{
    return QChar(QLatin1Char(kMarker)) + initial.toString();
}

bool isInitial(QStringView term)
{
    return term.size() == 1 || (term.size() == 2 && term[0].isHighSurrogate() && term[1].isLowSurrogate());
}

} // namespace InitialsTokenizer

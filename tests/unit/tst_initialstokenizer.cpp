#include "TestSupport.h"

#include "feeds/FeedImporter.h"
#include "store/Database.h"
#include "store/EventSearch.h"
#include "store/Fts5Api.h"
#include "store/InitialsTokenizer.h"
#include "store/ScheduleStore.h"
#include "store/SearchIndex.h"
#include "store/SqliteStatement.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace
{
/** The index's columns (SearchIndex.cpp). */
const QString kColumns = u"title, subtitle, speakers, abstract, room, track, note"_s;

/** A word as a tokenizer gives it: its bytes and where it is in the text. */
struct Word
{
    QByteArray token;
    int start = 0;
    int end = 0;
    bool operator==(const Word &other) const = default;
};

int collectWord(void *context, int flags, const char *token, int size, int start, int end)
{
    if (!(flags & FTS5_TOKEN_COLOCATED))
        static_cast<QList<Word> *>(context)->append(Word{QByteArray(token, size), start, end});
    return SQLITE_OK;
}

int collectInitial(void *context, int flags, const char *token, int size, int /*start*/, int /*end*/)
{
    if (flags & FTS5_TOKEN_COLOCATED)
        static_cast<QList<Word> *>(context)->append(Word{QByteArray(token, size), 0, 0});
    return SQLITE_OK;
}

/** Every term, a colocated one marked with a '+' in front. */
int collectTerm(void *context, int flags, const char *token, int size, int start, int end)
{
    const QByteArray mark = (flags & FTS5_TOKEN_COLOCATED) ? "+" : "";
    static_cast<QList<Word> *>(context)->append(Word{mark + QByteArray(token, size), start, end});
    return SQLITE_OK;
}

/**
 * The words `name` (with the index's arguments) makes of `text` as a document (or the initials'
 * terms, `initials`), or nothing when it cannot run.
 */
enum class Collect { Words, Initials, Terms };

std::optional<QList<Word>> wordsOf(const QSqlDatabase &db, const char *name, const QByteArray &text, Collect collect = Collect::Words)
{
    fts5_api *api = fts5ApiOf(SqliteStatement::handleOf(db));
    void *userData = nullptr;
    fts5_tokenizer tokenizer{};
    if (!api || api->xFindTokenizer(api, name, &userData, &tokenizer) != SQLITE_OK)
        return std::nullopt;
    Fts5Tokenizer *instance = nullptr;
    if (tokenizer.xCreate(userData, const_cast<const char **>(SearchIndex::kTokenizerArguments),
                          int(std::size(SearchIndex::kTokenizerArguments)), &instance)
        != SQLITE_OK)
        return std::nullopt;
    QList<Word> words;
    const int status = tokenizer.xTokenize(instance, &words, FTS5_TOKENIZE_DOCUMENT, text.constData(), int(text.size()),
                                           collect == Collect::Initials    ? &collectInitial
                                               : collect == Collect::Terms ? &collectTerm
                                                                           : &collectWord);
    tokenizer.xDelete(instance);
    if (status != SQLITE_OK)
        return std::nullopt;
    return words;
}

/** Row ids and bm25 scores of a MATCH on `table`, in row order. */
QList<std::pair<qint64, double>> found(const QSqlDatabase &db, const QString &table, const QString &match, QString *error)
{
    QSqlQuery query(db);
    QList<std::pair<qint64, double>> rows;
    if (!query.prepare(u"SELECT rowid, bm25(%1) FROM %1 WHERE %1 MATCH ? ORDER BY rowid"_s.arg(table))) {
        *error = query.lastError().text();
        return rows;
    }
    query.addBindValue(match);
    if (!query.exec()) {
        *error = match + u": "_s + query.lastError().text();
        return rows;
    }
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toDouble()});
    return rows;
}
} // namespace

/**
 * The search index's tokenizer (InitialsTokenizer) against FTS5's own one-letter prefix index,
 * on the same text: two real programmes (German and English, with the accents and scripts their
 * speakers' names bring) in the index the app makes, and beside it an index made as version 12
 * made it (unicode61, prefix = '1'). Every initial that any word of either has is asked both ways.
 */
class TestInitialsTokenizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        LANYARD_REQUIRE_FEED(german, "36c3-merged_frab.xml");
        LANYARD_REQUIRE_FEED(english, "fosdem-2026_pentabarf.xml");
        QVERIFY(m_dir.isValid());
        m_database.reset(new Database(m_dir.filePath(u"initials.sqlite"_s)));
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
        ScheduleStore store(*m_database);
        for (const QString &path : {german, english}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            ImportOptions options;
            options.sourceName = path;
            const ImportResult parsed = FeedImporter::import(file, options);
            QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error->toString()));
            const ApplyResult applied = store.apply(parsed.schedule, {path, QDateTime::currentDateTimeUtc()});
            QVERIFY2(applied.ok(), qPrintable(applied.error));
        }
        QSqlQuery query(m_database->connection());
        for (const QString &statement :
             {uR"(CREATE VIRTUAL TABLE prefixed USING fts5(%1, content = 'event_search_text', content_rowid = 'seq',
                  tokenize = 'unicode61 remove_diacritics 2', prefix = '1', detail = column))"_s.arg(kColumns),
              u"INSERT INTO prefixed (prefixed) VALUES ('rebuild')"_s,
              u"CREATE VIRTUAL TABLE temp.prefixed_words USING fts5vocab(main, prefixed, 'row')"_s})
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"SELECT term FROM temp.prefixed_words"_s));
        QSet<QString> initials;
        while (query.next()) {
            const QString term = query.value(0).toString();
            initials.insert(term.left(term.front().isHighSurrogate() ? 2 : 1));
        }
        m_initials = initials.values();
        std::sort(m_initials.begin(), m_initials.end());
        // Latin letters, digits, and beyond ASCII (Greek, Cyrillic, CJK or symbols in some name or abstract).
        QVERIFY2(m_initials.size() > 36, qPrintable(m_initials.join(u' ')));
        QVERIFY(std::any_of(m_initials.begin(), m_initials.end(), [](const QString &initial) { return initial.front().unicode() > 0x7F; }));
    }

    void anInitialFindsTheRowsItsPrefixFound()
    {
        QString error;
        const QSqlDatabase db = m_database->connection();
        int compared = 0;
        for (const QString &initial : std::as_const(m_initials)) {
            const QString quoted = u'"' + QString(initial).replace(u'"', u"\"\""_s) + u'"';
            const QString term = u'"' + InitialsTokenizer::termForInitial(initial) + u'"';
            for (const QString &columns : {QString(), u"{title subtitle} : "_s, u"{speakers} : "_s, u"{abstract} : "_s}) {
                for (const QString &before : {QString(), u"\"talk\" "_s}) {
                    const auto expected = found(db, u"prefixed"_s, columns + u'(' + before + quoted + u"*)"_s, &error);
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                    const auto actual = found(db, u"event_search"_s, columns + u'(' + before + term + u')', &error);
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                    QCOMPARE(actual.size(), expected.size());
                    for (qsizetype i = 0; i < actual.size(); ++i)
                        QCOMPARE(actual[i].first, expected[i].first);
                    compared += int(actual.size());
                }
            }
        }
        QVERIFY(compared > 10000);
    }

    void itsWordsAreUnicode61s()
    {
        // The tokenizer splits ASCII itself and gives unicode61 only the pieces with other
        // characters: the words and their places must be unicode61's, for every text of the two
        // programmes and for the texts where a piece ends or a character folds.
        const QSqlDatabase db = m_database->connection();
        QList<QByteArray> texts = {
            "",
            "   ",
            "a",
            "A",
            "Zoë's CAFÉ-tour",
            "foo\xe2\x80\x94"
            "bar",
            "snake_case x.y 3.14 C++ C#",
            "e\xcc\x81t\xc3\xa9",
            "Stra\xc3\x9f"
            "e \xc4\xb0stanbul \xc7\x85ungla",
            "\xef\xbc\xa1\xef\xbc\xa2\xef\xbc\xa3 \xe6\x9d\xb1\xe4\xba\xac",
            "\xf0\x9f\x98\x80smile\xf0\x9f\x98\x80",
            "half \xc2\xbd and \xe2\x91\xb4",
            "bad \xff\xfe bytes \xc3",
            "\x01zz\x01qq\x01",
            QByteArray(63, 'x') + " " + QByteArray(64, 'Y') + " " + QByteArray(65, 'z') + " " + QByteArray(300, 'Q') + "\xc3\xa9",
        };
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT title, subtitle, speakers, abstract, room, track FROM events"_s));
        while (query.next()) {
            for (int column = 0; column < 6; ++column)
                texts.append(query.value(column).toString().toUtf8());
            // A title as the index gets it: its words are the same, whatever pairs come beside them.
            texts.append(InitialsTokenizer::kPairsMarker + query.value(0).toString().toUtf8());
        }
        QVERIFY(texts.size() > 10000);
        qsizetype words = 0;
        for (const QByteArray &text : std::as_const(texts)) {
            const std::optional<QList<Word>> expected = wordsOf(db, SearchIndex::kTokenizer, text);
            const std::optional<QList<Word>> actual = wordsOf(db, InitialsTokenizer::kName, text);
            QVERIFY(expected && actual);
            if (*actual != *expected) {
                for (qsizetype i = 0; i < std::max(actual->size(), expected->size()); ++i) {
                    const Word a = actual->value(i);
                    const Word e = expected->value(i);
                    QVERIFY2(a == e,
                             qPrintable(u"%1: word %2 is %3 (%4-%5), unicode61's %6 (%7-%8)"_s.arg(QString::fromUtf8(text.left(80)))
                                            .arg(i)
                                            .arg(QString::fromUtf8(a.token))
                                            .arg(a.start)
                                            .arg(a.end)
                                            .arg(QString::fromUtf8(e.token))
                                            .arg(e.start)
                                            .arg(e.end)));
                }
            }
            words += expected->size();
        }
        QVERIFY(words > 150000);
    }

    void eachInitialComesOnceInAColumn()
    {
        // Forty initials of three bytes (CJK), each word twice: forty terms, whatever their number.
        QByteArray text;
        for (int round = 0; round < 2; ++round) {
            for (char32_t c = 0x4E00; c < 0x4E00 + 40; ++c)
                text += QString::fromUcs4(&c, 1).toUtf8() + "x ";
        }
        const std::optional<QList<Word>> initials = wordsOf(m_database->connection(), InitialsTokenizer::kName, text, Collect::Initials);
        QVERIFY(initials);
        QSet<QByteArray> distinct;
        for (const Word &initial : *initials)
            distinct.insert(initial.token);
        QCOMPARE(initials->size(), 40);
        QCOMPARE(distinct.size(), 40);
    }

    void aPairedTextHasItsAdjacentWordsRunTogether()
    {
        // The title and subtitle come with the pairs marker in front (SearchIndex.cpp): each two
        // adjacent words, as unicode61 folds them, run together beside the second, before its
        // initial's term.
        const QSqlDatabase db = m_database->connection();
        const auto terms = [&db](const QByteArray &text) {
            const std::optional<QList<Word>> all = wordsOf(db, InitialsTokenizer::kName, text, Collect::Terms);
            if (!all)
                return u"(the tokenizer failed)"_s;
            QStringList shown;
            for (const Word &term : *all)
                shown.append(QString::fromUtf8(term.token).replace(u'\x01', u'^') + u'@' + QString::number(term.start));
            return shown.join(u' ');
        };
        const QByteArray marker(1, InitialsTokenizer::kPairsMarker);
        QCOMPARE(terms(marker + "Stack Overflow for Beginners"),
                 u"stack@1 +^s@1 overflow@7 +stackoverflow@7 +^o@7 for@16 +overflowfor@16 +^f@16 beginners@20 +forbeginners@20 +^b@20"_s);
        // Words as unicode61 splits and folds them, through its own path too (marks, a long word).
        QCOMPARE(terms(marker + "Zoe\xcc\x88's C++20 Caf\xc3\xa9-Tour!"),
                 u"zoe@1 +^z@1 s@7 +zoes@7 +^s@7 c@9 +sc@9 +^c@9 20@12 +c20@12 +^2@12 cafe@15 +20cafe@15 tour@21 +cafetour@21 +^t@21"_s);
        const QByteArray longWord(70, 'x');
        QCOMPARE(terms(marker + "a " + longWord), u"a@1 +^a@1 %1@3 +a%1@3 +^x@3"_s.arg(QString::fromLatin1(longWord)));
        QCOMPARE(terms(marker + "single"), u"single@1 +^s@1"_s);
        QCOMPARE(terms(marker), QString());
        // Without the marker (or with it anywhere but first), no pairs.
        QCOMPARE(terms("two words"), u"two@0 +^t@0 words@4 +^w@4"_s);
        QCOMPARE(terms("two " + marker + "words"), u"two@0 +^t@0 words@5 +^w@5"_s);
    }

    void theInitialsCountNoWordOfTheLength()
    {
        // bm25 divides by a column's length in words: an initial's term is no word of its own.
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM event_search_docsize d JOIN prefixed_docsize p USING (id) WHERE d.sz = p.sz"_s)
                && query.next());
        const int same = query.value(0).toInt();
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM events"_s) && query.next());
        QCOMPARE(same, query.value(0).toInt());
    }

    void noWordOfATextIsTakenForAnInitial()
    {
        // The marker is a control character: in a document it separates words, and the query
        // of a text (not an initial's term) is split as ever.
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM event_search WHERE event_search MATCH '\"\x01\"'"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(query.exec(u"CREATE TEMP TABLE texts (t TEXT)"_s));
        QVERIFY(query.exec(u"INSERT INTO texts VALUES ('zz\x01qq')"_s));
        QVERIFY(query.exec(
            u"CREATE VIRTUAL TABLE temp.marked USING fts5(t, content = 'texts', tokenize = 'lanyard_initials', detail = column)"_s));
        QVERIFY(query.exec(u"INSERT INTO marked (marked) VALUES ('rebuild')"_s));
        QVERIFY(query.exec(u"CREATE VIRTUAL TABLE temp.marked_words USING fts5vocab(temp, marked, 'row')"_s));
        QVERIFY(query.exec(u"SELECT term FROM temp.marked_words ORDER BY term"_s));
        QStringList terms;
        while (query.next())
            terms.append(query.value(0).toString());
        QCOMPARE(terms, (QStringList{u"\x01q"_s, u"\x01z"_s, u"qq"_s, u"zz"_s}));
    }

    void aWordBeingTypedIsFoundByItsInitial()
    {
        SearchQuery search;
        search.text = u"machine l"_s;
        search.limit = 500;
        QList<SearchHit> hits;
        QString error;
        QVERIFY2(EventSearch(*m_database).search(search, &hits, EventSearch::Markup::None, &error), qPrintable(error));
        const auto expected = found(m_database->connection(), u"prefixed"_s, u"\"machine\" \"l\"*"_s, &error);
        QSet<qint64> hitRows;
        for (const SearchHit &hit : std::as_const(hits))
            hitRows.insert(hit.seq);
        QSet<qint64> expectedRows;
        for (const auto &[row, score] : expected)
            expectedRows.insert(row);
        QCOMPARE(hitRows, expectedRows);
        QVERIFY(hitRows.size() > 3);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QStringList m_initials;
};

QTEST_GUILESS_MAIN(TestInitialsTokenizer)
#include "tst_initialstokenizer.moc"

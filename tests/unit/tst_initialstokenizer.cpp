#include "TestSupport.h"

#include "feeds/FeedImporter.h"
#include "store/Database.h"
#include "store/EventSearch.h"
#include "store/InitialsTokenizer.h"
#include "store/ScheduleStore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace
{
/** The index's columns (SearchIndex.cpp). */
const QString kColumns = u"title, subtitle, speakers, abstract, room, track, note, pairs"_s;

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
            for (const QString &columns : {QString(), u"{title subtitle pairs} : "_s, u"{speakers} : "_s, u"{abstract} : "_s}) {
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

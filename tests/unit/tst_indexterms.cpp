#include "core/SearchText.h"
#include "store/Database.h"
#include "store/IndexTerms.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** A typed text split by the search index's own tokenizer, into terms the index holds. */
class TestIndexTerms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database.reset(new Database(m_dir.filePath(u"terms.sqlite"_s)));
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
    }

    void termsAreTheIndexsWords()
    {
        const std::optional<IndexTerms> terms = IndexTerms::of(m_database->connection(), u"Zoë's  CAFÉ-tour ½ quok"_s);
        QVERIFY(terms);
        QCOMPARE(terms->terms, (QStringList{u"zoe"_s, u"s"_s, u"cafe"_s, u"tour"_s, u"½"_s, u"quok"_s}));
        QVERIFY(terms->lastIsPrefix);
        QVERIFY(!IndexTerms::of(m_database->connection(), u"quokka "_s)->lastIsPrefix);
        QVERIFY(!IndexTerms::of(m_database->connection(), u"C++"_s)->lastIsPrefix);
        QVERIFY(IndexTerms::of(m_database->connection(), u" * : ^ "_s)->terms.isEmpty());
    }

    void everyCodePointMakesTermsTheIndexAccepts()
    {
        // The index keeps no word positions (detail=column), so FTS5 refuses a quoted string that
        // its tokenizer splits in two (a phrase). SearchText's folding does not split as unicode61
        // does for a few hundred code points ("½" folds to "1⁄2"; many marks of the scripts of
        // India are no word characters to unicode61): the terms must come from the tokenizer.
        // Every code point of the first three planes, between two letters, in batches.
        QSqlQuery query(m_database->connection());
        QVERIFY(query.prepare(u"SELECT COUNT(*) FROM event_search WHERE event_search MATCH ?"_s));
        QStringList words;
        for (char32_t code = 0x20; code < 0x30000; ++code) {
            if (code >= 0xD800 && code < 0xE000)
                continue; // surrogates are not characters
            words.append(u'a' + QString::fromUcs4(&code, 1) + u'b');
            if (words.size() < 2000 && code + 1 < 0x30000)
                continue;
            const std::optional<IndexTerms> terms = IndexTerms::of(m_database->connection(), words.join(u' '));
            QVERIFY(terms);
            query.addBindValue(SearchText::matchExpression(terms->terms, terms->lastIsPrefix).split(u' ').join(u" OR "_s));
            QVERIFY2(query.exec(), qPrintable(u"up to U+%1: %2"_s.arg(uint(code), 4, 16, QChar(u'0')).arg(query.lastError().text())));
            words.clear();
        }
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(TestIndexTerms)
#include "tst_indexterms.moc"

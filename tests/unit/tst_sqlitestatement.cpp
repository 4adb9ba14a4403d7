#include "store/Database.h"
#include "store/SqliteStatement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** Binding and reading through SQLite's own calls: texts and dates as QtSql would bind them. */
class TestSqliteStatement : public QObject
{
    Q_OBJECT

    /** `statement`'s one column, as SQLite stored it: its text and its type's name. */
    static std::pair<QString, QString> selected(SqliteStatement &statement)
    {
        if (!statement.next())
            return {u"(no row: %1)"_s.arg(statement.errorMessage()), QString()};
        const QString text = statement.columnText(0);
        const QString type = statement.columnIsNull(0) ? u"null"_s : u"text"_s;
        statement.reset();
        return {text, type};
    }

private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_database.reset(new Database(m_dir->filePath(u"statement.sqlite"_s)));
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
    }

    void datesAreBoundAsIsoText_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::newRow("conference day") << QDate(2013, 7, 5);
        QTest::newRow("year 0") << QDate(0, 1, 1);
        QTest::newRow("year 1") << QDate(1, 2, 3);
        QTest::newRow("year 999") << QDate(999, 10, 31);
        QTest::newRow("last of 9999") << QDate(9999, 12, 31);
        QTest::newRow("year 10000") << QDate(10000, 1, 1);
        QTest::newRow("before year 0") << QDate(-44, 3, 15);
        QTest::newRow("invalid") << QDate();
    }

    void datesAreBoundAsIsoText()
    {
        QFETCH(QDate, date);
        SqliteStatement select(m_database->connection(), "SELECT ?1");
        QVERIFY2(select.isValid(), qPrintable(select.errorMessage()));
        select.bind(1, date);
        // Exactly what QDate writes, '' where it writes nothing (a text, never NULL).
        QCOMPARE(selected(select), std::make_pair(date.toString(Qt::ISODate), u"text"_s));
    }

    void textsKeepEveryCharacterFromRowToRow()
    {
        SqliteStatement select(m_database->connection(), "SELECT ?1");
        // The same parameter again and again, longer and shorter: its buffer is reused.
        const QStringList texts = {u"Zoë's Café"_s, QString(5000, u'x'), u"🎉 𝄞 ½"_s, QString(), u""_s, u"short"_s, u"ünïcödé and ASCII"_s};
        for (const QString &text : texts) {
            select.bind(1, text);
            QCOMPARE(selected(select), std::make_pair(text.isNull() ? u""_s : text, u"text"_s));
        }
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"

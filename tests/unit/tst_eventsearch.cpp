#include "ScheduleBuilder.h"

#include "core/SearchText.h"
#include "store/Database.h"
#include "store/EventSearch.h"
#include "store/ScheduleStore.h"
#include "store/SearchIndex.h"
#include "store/UserDataStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace
{
/** A programme whose words each appear in one known place. */
Schedule programme()
{
    ScheduleBuilder builder(u"searchconf"_s, u"Europe/Berlin"_s);
    builder.event(u"g-zoe"_s, u"Zoë's Café Tour"_s, u"2026-02-01 10:00"_s, 30, u"Janson"_s, {u"Łukasz Nowak"_s}, u"Main"_s);
    builder.event(u"g-stack"_s, u"Stack Overflow for Beginners"_s, u"2026-02-01 11:00"_s, 30, u"K.1.105"_s, {u"Ann"_s}, u"Web"_s);
    builder.event(u"g-kube"_s, u"Kubernetes in Production"_s, u"2026-02-02 09:00"_s, 30, u"Janson"_s, {u"Bo"_s}, u"Cloud"_s);
    // The ranking trio: one word in a title, in a speaker's name, in an abstract.
    builder.event(u"g-abstract"_s, u"Fauna of Tasmania"_s, u"2026-02-01 09:00"_s, 30, u"H.2215"_s, {u"Cy"_s}, u"Zoo"_s);
    builder.last().abstract = u"Quokka quokka quokka: the quokka is a small marsupial. We talk about the quokka."_s.toUtf8();
    builder.event(u"g-speaker"_s, u"Island Fauna"_s, u"2026-02-01 09:30"_s, 30, u"H.2215"_s, {u"Quokka Jones"_s}, u"Zoo"_s);
    builder.event(u"g-title"_s, u"The Quokka: a very long title about a small animal that lives on an island near Perth"_s,
                  u"2026-02-01 16:00"_s, 30, u"H.2215"_s, {u"Dee"_s}, u"Zoo"_s);
    // Two equal titles: the earlier one first, unless the later one is bookmarked.
    builder.event(u"g-light1"_s, u"Lightning Talks"_s, u"2026-02-01 17:00"_s, 60, u"Janson"_s);
    builder.event(u"g-light2"_s, u"Lightning Talks"_s, u"2026-02-02 17:00"_s, 60, u"Janson"_s);
    builder.last().recorded = false; // opted out of recording: only live
    // Titles made of query syntax.
    builder.event(u"g-and"_s, u"Rock \"AND\" Roll OR NOT"_s, u"2026-02-02 10:00"_s, 30, u"UA2.114"_s);
    builder.event(u"g-near"_s, u"NEAR(tokens, 2) explained"_s, u"2026-02-02 10:30"_s, 30, u"UA2.114"_s);
    builder.event(u"g-colon"_s, u"title:trick and key:value stores"_s, u"2026-02-02 11:00"_s, 30, u"UA2.114"_s);
    builder.event(u"g-caret"_s, u"^caret *stars* (parens) {braces} [brackets]"_s, u"2026-02-02 11:30"_s, 30, u"UA2.114"_s);
    builder.event(u"g-sql"_s, u"Bobby'; DROP TABLE events; -- 100% _wild_"_s, u"2026-02-02 12:00"_s, 30, u"UA2.114"_s);
    builder.event(u"g-html"_s, u"<script>alert(\"Zoë & co\")</script>"_s, u"2026-02-02 12:30"_s, 30, u"UA2.114"_s);
    return builder.build();
}
} // namespace

/** Full-text search: accents, prefixes, ranking, query syntax typed as text, notes, live index. */
class TestEventSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_database.reset(new Database(m_dir->filePath(u"search.sqlite"_s)));
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
        m_store.reset(new ScheduleStore(*m_database));
        m_user.reset(new UserDataStore(*m_database));
        QVERIFY(m_user->load());
        m_programme = programme();
        const ApplyResult applied = m_store->apply(m_programme, {u"test"_s, {}});
        QVERIFY2(applied.ok(), qPrintable(applied.error));
    }

    void sqliteHasFts5()
    {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"PRAGMA compile_options"_s));
        QStringList options;
        while (query.next())
            options.append(query.value(0).toString());
        QVERIFY2(options.contains(u"ENABLE_FTS5"_s), qPrintable(options.join(u", "_s)));
    }

    void accentsDoNotMatter()
    {
        QCOMPARE(titles(u"zoe"_s).value(0), u"Zoë's Café Tour"_s);
        QCOMPARE(titles(u"cafe tour"_s), QStringList{u"Zoë's Café Tour"_s});
        QCOMPARE(titles(u"CAFÉ"_s), QStringList{u"Zoë's Café Tour"_s});
        QCOMPARE(titles(u"łukasz"_s), QStringList{u"Zoë's Café Tour"_s});
        QCOMPARE(titles(u"nowák"_s), QStringList{u"Zoë's Café Tour"_s});
    }

    void theLastWordIsAPrefix()
    {
        QCOMPARE(titles(u"kube"_s), QStringList{u"Kubernetes in Production"_s});
        QCOMPARE(titles(u"k"_s).contains(u"Kubernetes in Production"_s), true);
        QCOMPARE(titles(u"stackover"_s), QStringList{u"Stack Overflow for Beginners"_s});
        QCOMPARE(titles(u"stack overfl"_s), QStringList{u"Stack Overflow for Beginners"_s});
        // Only the word being typed is a prefix: a finished word must match whole.
        QCOMPARE(titles(u"kube "_s), QStringList());
        QCOMPARE(titles(u"stac overflow"_s), QStringList());
        QCOMPARE(titles(u"production kub"_s), QStringList{u"Kubernetes in Production"_s});
        // A word of one letter being typed, after others: its initial finds it (InitialsTokenizer).
        QCOMPARE(titles(u"production k"_s), QStringList{u"Kubernetes in Production"_s});
        QCOMPARE(titles(u"kubernetes p"_s), QStringList{u"Kubernetes in Production"_s});
        QCOMPARE(titles(u"tour ł"_s), QStringList{u"Zoë's Café Tour"_s});
        QCOMPARE(titles(u"café z"_s), QStringList{u"Zoë's Café Tour"_s});
        QCOMPARE(titles(u"production q"_s), QStringList());
    }

    void titleBeforeSpeakerBeforeAbstract()
    {
        // The abstract says "quokka" five times and its event is the earliest; the title match
        // is long and the latest. Title still wins, then the speaker, then the abstract.
        QCOMPARE(ids(u"quokka"_s), (QStringList{idOf(u"g-title"_s), idOf(u"g-speaker"_s), idOf(u"g-abstract"_s)}));
        QCOMPARE(ids(u"quok"_s), (QStringList{idOf(u"g-title"_s), idOf(u"g-speaker"_s), idOf(u"g-abstract"_s)}));
    }

    void onlyTalksThatWillNotBeRecorded()
    {
        SearchQuery query;
        query.text = u"lightning"_s;
        query.notRecordedOnly = true;
        QList<SearchHit> found;
        QString error;
        QVERIFY2(EventSearch(*m_database).search(query, &found, EventSearch::Markup::None, &error), qPrintable(error));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().eventId, idOf(u"g-light2"_s));
        query.text = u"l"_s; // the browsing statements filter too
        QVERIFY(EventSearch(*m_database).search(query, &found, EventSearch::Markup::None, &error));
        QCOMPARE(found.size(), 1);
    }

    void bookmarksAreBoostedThenStartTimeDecides()
    {
        QCOMPARE(ids(u"lightning"_s), (QStringList{idOf(u"g-light1"_s), idOf(u"g-light2"_s)}));
        QVERIFY(m_user->setPriority(idOf(u"g-light2"_s), u"searchconf"_s, Priority::MustSee));
        QCOMPARE(ids(u"lightning"_s), (QStringList{idOf(u"g-light2"_s), idOf(u"g-light1"_s)}));
        // A bookmark lifts an abstract match within its tier, never above a title match.
        QVERIFY(m_user->setPriority(idOf(u"g-abstract"_s), u"searchconf"_s, Priority::MustSee));
        QCOMPARE(ids(u"quokka"_s).constFirst(), idOf(u"g-title"_s));
    }

    void aShortPrefixListsBookmarksThenTimeOrder()
    {
        // "l": titles with a word starting with l ("long", "Lightning"), in time order.
        const QStringList inTime{idOf(u"g-title"_s), idOf(u"g-light1"_s), idOf(u"g-light2"_s)};
        QCOMPARE(ids(u"l"_s), inTime);
        QVERIFY(m_user->setPriority(idOf(u"g-light2"_s), u"searchconf"_s, Priority::MustSee));
        QCOMPARE(ids(u"l"_s), (QStringList{idOf(u"g-light2"_s), idOf(u"g-title"_s), idOf(u"g-light1"_s)}));
        // Two letters in time order: "Quokka" titles and speakers, the title first.
        QCOMPARE(ids(u"qu"_s), (QStringList{idOf(u"g-title"_s), idOf(u"g-speaker"_s), idOf(u"g-abstract"_s)}));
    }

    void querySyntaxIsSearchedAsText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expectedGuid"); // empty: only "no error" is asked

        QTest::newRow("double quote") << u"\"AND\""_s << u"g-and"_s;
        QTest::newRow("lone quote") << u"\""_s << QString();
        QTest::newRow("unbalanced quote") << u"\"rock"_s << u"g-and"_s;
        QTest::newRow("AND") << u"rock AND roll"_s << u"g-and"_s;
        QTest::newRow("OR") << u"roll OR"_s << u"g-and"_s;
        QTest::newRow("NOT") << u"NOT"_s << u"g-and"_s;
        QTest::newRow("NOT at the start") << u"NOT rock"_s << u"g-and"_s;
        QTest::newRow("NEAR(") << u"NEAR("_s << u"g-near"_s;
        QTest::newRow("NEAR( with args") << u"NEAR(tokens, 2)"_s << u"g-near"_s;
        QTest::newRow("NEAR/2") << u"near/2 tokens"_s << u"g-near"_s;
        QTest::newRow("star alone") << u"*"_s << QString();
        QTest::newRow("star word") << u"*stars*"_s << u"g-caret"_s;
        QTest::newRow("colon column filter") << u"title:trick"_s << u"g-colon"_s;
        QTest::newRow("colon") << u"key:value"_s << u"g-colon"_s;
        QTest::newRow("colon alone") << u":"_s << QString();
        QTest::newRow("caret") << u"^caret"_s << u"g-caret"_s;
        QTest::newRow("caret alone") << u"^"_s << QString();
        QTest::newRow("parentheses") << u"(parens)"_s << u"g-caret"_s;
        QTest::newRow("open parenthesis") << u"("_s << QString();
        QTest::newRow("close parenthesis") << u")"_s << QString();
        QTest::newRow("braces") << u"{braces}"_s << u"g-caret"_s;
        QTest::newRow("brackets") << u"[brackets"_s << u"g-caret"_s;
        QTest::newRow("plus and minus") << u"+rock -roll"_s << u"g-and"_s;
        QTest::newRow("sql injection") << u"Bobby'; DROP TABLE events; --"_s << u"g-sql"_s;
        QTest::newRow("percent and underscore") << u"100% _wild_"_s << u"g-sql"_s;
        QTest::newRow("single quote") << u"'"_s << QString();
        QTest::newRow("semicolon dash") << u"; --"_s << QString();
        QTest::newRow("backslash") << u"\\"_s << QString();
        QTest::newRow("html") << u"<script>"_s << u"g-html"_s;
        QTest::newRow("only syntax") << u"\"\" AND OR NOT NEAR( * : ^ ( ) ' ; --"_s << QString();
    }

    void querySyntaxIsSearchedAsText()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expectedGuid);
        EventSearch search(*m_database);
        QList<SearchHit> hits;
        QString error;
        QVERIFY2(search.search({typed, {}, {}, {}, 50}, &hits, EventSearch::Markup::Html, &error), qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (!expectedGuid.isEmpty()) {
            QStringList found;
            for (const SearchHit &hit : hits)
                found.append(hit.eventId);
            QVERIFY2(found.contains(idOf(expectedGuid)), qPrintable(u"\"%1\" did not find %2"_s.arg(typed, expectedGuid)));
        }
        // Nothing was executed: the events are all still there.
        QSqlQuery count(m_database->connection());
        QVERIFY(count.exec(u"SELECT COUNT(*) FROM events"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), m_programme.events.size());
    }

    void theMatchExpressionIsQuotedWords()
    {
        QCOMPARE(SearchText(u"Stack overfl"_s).matchExpression(), u"\"stack\" \"overfl\"*"_s);
        QCOMPARE(SearchText(u"NEAR(a \"b\") "_s).matchExpression(), u"\"near\" \"a\" \"b\""_s);
        QCOMPARE(SearchText(u"* : ^"_s).matchExpression(), QString());
        QCOMPARE(SearchText(u"Zoë"_s).tokens(), QStringList{u"zoe"_s});
    }

    void adjacentWordsAreFoundRunTogether()
    {
        // The index's tokenizer writes each two adjacent words of a title run together
        // (tst_initialstokenizer): typed as one word, whole or begun, they find it.
        QCOMPARE(titles(u"stackoverflow"_s), QStringList{u"Stack Overflow for Beginners"_s});
        QCOMPARE(titles(u"forbegin"_s), QStringList{u"Stack Overflow for Beginners"_s});
        QCOMPARE(titles(u"cafetou"_s), QStringList{u"Zoë's Café Tour"_s});
        // Not across titles, nor of words that are not adjacent.
        QCOMPARE(titles(u"stackfor"_s), QStringList());
        QCOMPARE(titles(u"beginnerskub"_s), QStringList());
    }

    void matchesAreMarkedAndEverythingElseEscaped()
    {
        EventSearch search(*m_database);
        QList<SearchHit> hits;
        QVERIFY(search.search({u"zoe"_s, {}, {}, {}, 50}, &hits, EventSearch::Markup::Html));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].titleMarkup, u"<b>Zoë</b>'s Café Tour"_s);
        QCOMPARE(hits[1].titleMarkup, u"&lt;script&gt;alert(&quot;<b>Zoë</b> &amp; co&quot;)&lt;/script&gt;"_s);
        QCOMPARE(SearchText(u"stackover"_s).markup(u"Stack Overflow for Beginners"_s), u"<b>Stack</b> <b>Overflow</b> for Beginners"_s);

        QVERIFY(search.search({u"marsupial"_s, {}, {}, {}, 50}, &hits, EventSearch::Markup::Html));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].snippetSource, u"abstract"_s);
        QCOMPARE(hits[0].snippetMarkup, u"Quokka quokka quokka: the quokka is a small <b>marsupial</b>. We talk about the quokka."_s);
        QVERIFY(search.search({u"fauna"_s, {}, {}, {}, 50}, &hits, EventSearch::Markup::Html));
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].snippetMarkup, QString()); // found in the title: no excerpt needed
    }

    void aMatchInTheSubtitleIsShownFromIt()
    {
        // A result row shows no subtitle: when the words typed are there (and not all in the
        // title or the speakers), the subtitle is the excerpt, even if the abstract has them too.
        Schedule next = m_programme;
        for (Event &event : next.events) {
            if (event.guid == u"g-stack"_s) {
                event.subtitle = u"Asking & answering, the numbat way"_s;
                event.abstract = "A numbat answers.";
            }
        }
        const ApplyResult applied = m_store->apply(next, {u"test"_s, {}});
        QVERIFY2(applied.ok(), qPrintable(applied.error));
        EventSearch search(*m_database);
        QList<SearchHit> found;
        QVERIFY(search.search({u"stack numbat"_s, {}, {}, {}, 50}, &found, EventSearch::Markup::Html));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].snippetSource, u"subtitle"_s);
        QCOMPARE(found[0].snippetMarkup, u"Asking &amp; answering, the <b>numbat</b> way"_s);
        // All in the title: no excerpt. A word only in the abstract: the abstract's.
        QVERIFY(search.search({u"stack overflow"_s, {}, {}, {}, 50}, &found, EventSearch::Markup::Html));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].snippetMarkup, QString());
        QVERIFY(search.search({u"stack answers"_s, {}, {}, {}, 50}, &found, EventSearch::Markup::Html));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].snippetSource, u"abstract"_s);
        QCOMPARE(found[0].snippetMarkup, u"A numbat <b>answers</b>."_s);
    }

    /** Marking compares folded words, in plain ASCII text and in text with accents alike. */
    void marksFollowTheFoldedWords()
    {
        // Two words run together, the second as a prefix; not a longer word that merely starts alike.
        QCOMPARE(SearchText(u"stackov"_s).markup(u"Stack Overflow, stacks"_s), u"<b>Stack</b> <b>Overflow</b>, stacks"_s);
        QCOMPARE(SearchText(u"stackoverflow "_s).markup(u"Stack Overflows"_s), u"Stack Overflows"_s);
        QCOMPARE(SearchText(u"stack "_s).markup(u"Stack stacks"_s), u"<b>Stack</b> stacks"_s);
        // The same in a text that is not ASCII: folded word by word.
        QCOMPARE(SearchText(u"cafet"_s).markup(u"Zoë's Café Tour"_s), u"Zoë's <b>Café</b> <b>Tour</b>"_s);
        QCOMPARE(SearchText(u"ZOE cafe"_s).matchesAll(u"Zoë's Café Tour"_s), true);
        QCOMPARE(SearchText(u"zoe tea"_s).matchesAll(u"Zoë's Café Tour"_s), false);
        QCOMPARE(SearchText(u"stackoverf"_s).matchesAll(u"Stack Overflow"_s), true);
        QCOMPARE(SearchText(u"stackoverflow "_s).matchesAll(u"Stack Overflows"_s), false);
    }

    /** A snippet keeps one space for each run of white space, before punctuation too, and escapes the rest. */
    void snippetsCollapseSpaceAndEscape()
    {
        const SearchText text(u"quokka"_s);
        QCOMPARE(text.snippetMarkup(u"  Meet the\n\n quokka (a <small> marsupial) & friends  "_s),
                 u" Meet the <b>quokka</b> (a &lt;small&gt; marsupial) &amp; friends "_s);
        QCOMPARE(text.snippetMarkup(u"no match here"_s), QString());
        const QString words = u"w "_s.repeated(40);
        QCOMPARE(text.snippetMarkup(words + u"quokka "_s + words, 6), u"…w w <b>quokka</b> w w w …"_s);

        // With what the person already sees ("Hirne Hacken" for "sicherheit h"), around the
        // first word typed that it does not have: Sicherheit, not the h-words before it.
        const SearchText typed(u"sicherheit h"_s);
        const QString abstract = u"Heute hacken wir "_s + words + u"die IT-Sicherheit hier"_s;
        QCOMPARE(typed.snippetMarkup(abstract, 6), u"<b>Heute</b> <b>hacken</b> wir w w w …"_s);
        QCOMPARE(typed.snippetMarkup(abstract, 6, u"Hirne Hacken"_s), u"…die IT-<b>Sicherheit</b> <b>hier</b>"_s);
        // Both missing: the whole word before the one being typed ("h" starts most words).
        QCOMPARE(typed.snippetMarkup(abstract, 6, u"Katastrophe"_s), u"…die IT-<b>Sicherheit</b> <b>hier</b>"_s);
        // Nothing missing from what is shown, or the missing word not in the text: the first match.
        QCOMPARE(typed.snippetMarkup(abstract, 6, u"Sicherheit heute"_s), u"<b>Heute</b> <b>hacken</b> wir w w w …"_s);
        QCOMPARE(SearchText(u"hacken numbat"_s).snippetMarkup(abstract, 6, u"Hirne"_s), u"Heute <b>hacken</b> wir w w w …"_s);
    }

    void filtersByConferenceDayAndTrack()
    {
        QCOMPARE(titles(u"quokka"_s, {}, QDate(2026, 2, 1)).size(), 3);
        QCOMPARE(titles(u"lightning"_s, {}, QDate(2026, 2, 2)), QStringList{u"Lightning Talks"_s});
        QCOMPARE(titles(u"zoe"_s, {}, {}, u"Main"_s), QStringList{u"Zoë's Café Tour"_s});
        QCOMPARE(titles(u"zoe"_s, u"other"_s), QStringList());
        QCOMPARE(titles(u"zoe"_s, u"searchconf"_s).size(), 2);
    }

    void notesAreSearchableAtOnce()
    {
        const QString id = idOf(u"g-kube"_s);
        QVERIFY(titles(u"plushie"_s).isEmpty());
        QVERIFY(m_user->setNote(id, u"searchconf"_s, u"Bring the plushie for Zoë"_s));
        QCOMPARE(titles(u"plushie"_s), QStringList{u"Kubernetes in Production"_s});
        EventSearch search(*m_database);
        QList<SearchHit> hits;
        QVERIFY(search.search({u"plush"_s, {}, {}, {}, 50}, &hits, EventSearch::Markup::Html));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].snippetSource, u"note"_s);
        QCOMPARE(hits[0].snippetMarkup, u"Bring the <b>plushie</b> for Zoë"_s);

        QVERIFY(m_user->setNote(id, u"searchconf"_s, u"ask about operators"_s));
        QVERIFY(titles(u"plushie"_s).isEmpty());
        QCOMPARE(titles(u"operators"_s), QStringList{u"Kubernetes in Production"_s});
        QVERIFY(m_user->setNote(id, u"searchconf"_s, QString()));
        QVERIFY(titles(u"operators"_s).isEmpty());

        // A row written whole (a restore), and a note for an event the programme gains later.
        EventUserData restored;
        restored.eventId = idOf(u"g-stack"_s);
        restored.conferenceId = u"searchconf"_s;
        restored.note = u"restored wombat"_s;
        QVERIFY(m_user->put(restored));
        QCOMPARE(titles(u"wombat"_s), QStringList{u"Stack Overflow for Beginners"_s});
    }

    void aKeptSearchSeesWhatAnotherConnectionWrites()
    {
        // The search keeps its statements prepared between keystrokes: none may keep reading an
        // old snapshot of the file, or hold it open against other writers.
        EventSearch search(*m_database);
        QList<SearchHit> hits;
        QVERIFY(search.search({u"numbat"_s, {}, {}, {}, 50}, &hits));
        QVERIFY(hits.isEmpty());
        QVERIFY(search.search({u"kubernetes"_s, {}, {}, {}, 50}, &hits, EventSearch::Markup::Html));
        QCOMPARE(hits.size(), 1);
        const QString id = idOf(u"g-kube"_s);
        bool written = false;
        // Another connection to the file, as another process has.
        std::unique_ptr<QThread> writer(QThread::create([this, id, &written] {
            UserDataStore other(*m_database);
            written = other.load() && other.setNote(id, u"searchconf"_s, u"a numbat on the slides"_s);
            m_database->closeThisThreadsConnection();
        }));
        writer->start();
        QVERIFY(writer->wait(10000));
        QVERIFY(written);
        QVERIFY(search.search({u"numbat"_s, {}, {}, {}, 50}, &hits, EventSearch::Markup::Html));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].snippetSource, u"note"_s);
    }

    void aReimportIsSearchableAtOnce()
    {
        const QString kubeId = idOf(u"g-kube"_s);
        QVERIFY(m_user->setNote(kubeId, u"searchconf"_s, u"numbat"_s));
        Schedule next = m_programme;
        for (Event &event : next.events) {
            if (event.guid == u"g-kube"_s)
                event.title = u"Kubernetes at Scale"_s;
        }
        next.events.removeIf([](const Event &event) { return event.guid == u"g-stack"_s; });
        const ApplyResult applied = m_store->apply(next, {u"test"_s, {}});
        QVERIFY2(applied.ok(), qPrintable(applied.error));
        QCOMPARE(titles(u"scale"_s), QStringList{u"Kubernetes at Scale"_s});
        QVERIFY(titles(u"production"_s).isEmpty());
        QVERIFY(titles(u"overflow"_s).isEmpty());
        // The note written before the re-import is indexed with the new row.
        QCOMPARE(titles(u"numbat"_s), QStringList{u"Kubernetes at Scale"_s});

        QSqlQuery count(m_database->connection());
        QVERIFY(count.exec(u"SELECT (SELECT COUNT(*) FROM event_search), (SELECT COUNT(*) FROM events)"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), count.value(1).toInt());

        // Removing the conference takes its index rows with it (the cascade fires the trigger).
        QString error;
        QVERIFY2(m_store->removeConference(u"searchconf"_s, &error), qPrintable(error));
        QVERIFY(titles(u"kubernetes"_s).isEmpty());
        QVERIFY(count.exec(u"SELECT COUNT(*) FROM event_search"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
    }

    void anOlderDatabaseIsIndexedWhenMigrated()
    {
        QVERIFY(m_user->setNote(idOf(u"g-zoe"_s), u"searchconf"_s, u"platypus"_s));
        {
            // Back to how version 1 left it: no index, no triggers.
            QSqlQuery query(m_database->connection());
            for (const QString &statement :
                 {u"DROP TABLE event_search"_s, u"DROP TRIGGER event_search_on_event_delete"_s,
                  u"DROP TRIGGER event_search_on_note_insert"_s, u"DROP TRIGGER event_search_on_note_update"_s,
                  u"DROP TRIGGER event_search_on_note_delete"_s, u"DROP INDEX events_cancelled"_s,
                  // and before version 7: the index kept its own text
                  u"DROP VIEW event_search_text"_s, u"DROP INDEX events_filters"_s, u"ALTER TABLE events DROP COLUMN speakers"_s,
                  u"ALTER TABLE events DROP COLUMN content_hash"_s,
                  // and before version 3: no change times per field
                  u"DROP INDEX user_events_by_revision"_s, u"ALTER TABLE user_events DROP COLUMN priority_changed_ms"_s,
                  u"ALTER TABLE user_events DROP COLUMN note_changed_ms"_s, u"ALTER TABLE user_events DROP COLUMN rating_changed_ms"_s,
                  u"ALTER TABLE user_events DROP COLUMN watched_changed_ms"_s,
                  u"ALTER TABLE user_events DROP COLUMN dismissed_changed_ms"_s, u"ALTER TABLE user_events DROP COLUMN revision"_s,
                  u"ALTER TABLE trips DROP COLUMN changed_ms"_s, u"ALTER TABLE trips DROP COLUMN revision"_s,
                  u"ALTER TABLE events DROP COLUMN recorded"_s, u"ALTER TABLE events DROP COLUMN service_session"_s,
                  u"ALTER TABLE events DROP COLUMN plenum"_s, u"ALTER TABLE subscriptions DROP COLUMN website"_s,
                  // and before version 5: no calendar sync
                  u"DROP TABLE calendar_account"_s, u"DROP TABLE calendar_items"_s, u"DROP TABLE calendar_notes"_s,
                  // and before version 6: no friends
                  u"DROP TABLE friends"_s,
                  // and before version 8: no speaker details
                  u"DROP TABLE person_links"_s, u"ALTER TABLE persons DROP COLUMN biography"_s,
                  u"ALTER TABLE persons DROP COLUMN tagline"_s, u"ALTER TABLE persons DROP COLUMN picture_url"_s,
                  u"PRAGMA user_version = 1"_s})
                QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
        QCOMPARE(titles(u"platypus"_s), QStringList{u"Zoë's Café Tour"_s});
        QCOMPARE(titles(u"stackover"_s), QStringList{u"Stack Overflow for Beginners"_s});
        QCOMPARE(titles(u"nowak"_s), QStringList{u"Zoë's Café Tour"_s});
    }

    void version10sIndexIsMadeAgainByColumnAndWithoutSpeakerNames()
    {
        // The index as version 10 left it: word positions kept (detail=full), and the speakers'
        // events by name.
        const QString made = migratedFrom(u"tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2'"_s,
                                          {u"CREATE INDEX event_persons_by_name ON event_persons(name)"_s}, 10);
        QVERIFY2(made.contains(u"detail = column"_s), qPrintable(made));
        QCOMPARE(titles(u"platypus"_s), QStringList{u"Zoë's Café Tour"_s});
        QCOMPARE(titles(u"quokka jo"_s), QStringList{u"Island Fauna"_s});
        QCOMPARE(countOf(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'event_persons_by_name'"_s), 0);
        QCOMPARE(m_store->eventsOfSpeaker(u"Łukasz Nowak"_s).size(), 1);
        // The triggers are back: a note written now is found at once.
        QVERIFY(m_user->setNote(idOf(u"g-kube"_s), u"searchconf"_s, u"wombat"_s));
        QCOMPARE(titles(u"wombat"_s), QStringList{u"Kubernetes in Production"_s});
    }

    void version12sPrefixIndexIsMadeAgainWithInitials()
    {
        // The index as version 12 left it: FTS5's own one-letter prefix index.
        const QString made = migratedFrom(u"tokenize = 'unicode61 remove_diacritics 2', prefix = '1', detail = column"_s, {}, 12);
        QVERIFY2(made.contains(u"lanyard_initials"_s) && !made.contains(u"prefix"_s), qPrintable(made));
        QCOMPARE(titles(u"quokka j"_s), QStringList{u"Island Fauna"_s});
        QCOMPARE(titles(u"platypus"_s), QStringList{u"Zoë's Café Tour"_s});
        QCOMPARE(titles(u"p"_s).contains(u"Kubernetes in Production"_s), true);
        QVERIFY(m_user->setNote(idOf(u"g-kube"_s), u"searchconf"_s, u"wombat"_s));
        QCOMPARE(titles(u"kubernetes w"_s), QStringList{u"Kubernetes in Production"_s});
    }

    void version13sPairsColumnBecomesTermsOfTheTitle()
    {
        // The index as version 13 left it: the initials' tokenizer, and the word pairs a column
        // of their own, read from events.pairs.
        const QString made = migratedFrom(u"tokenize = 'lanyard_initials remove_diacritics 2', detail = column"_s,
                                          {u"CREATE INDEX events_by_start ON events(start_utc)"_s}, 13);
        QVERIFY2(made.contains(u"lanyard_initials"_s) && !made.contains(u"pairs"_s), qPrintable(made));
        QCOMPARE(countOf(u"SELECT COUNT(*) FROM pragma_table_info('events') WHERE name = 'pairs'"_s), 0);
        // and the index no statement read, which every imported event wrote to
        QCOMPARE(countOf(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'events_by_start'"_s), 0);
        QCOMPARE(titles(u"stackover"_s), QStringList{u"Stack Overflow for Beginners"_s});
        QCOMPARE(titles(u"platypus"_s), QStringList{u"Zoë's Café Tour"_s});
        QCOMPARE(titles(u"quokka j"_s), QStringList{u"Island Fauna"_s});
        // The triggers give the title as the index holds it: a note changed now is found, and
        // the old one is forgotten.
        QVERIFY(m_user->setNote(idOf(u"g-zoe"_s), u"searchconf"_s, u"wombat"_s));
        QCOMPARE(titles(u"wombat"_s), QStringList{u"Zoë's Café Tour"_s});
        QCOMPARE(titles(u"platypus"_s), QStringList());
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(u"INSERT INTO event_search (event_search) VALUES ('integrity-check')"_s));
    }

    void whatSearchTextWouldSplitIsFoundAsTheIndexHoldsIt()
    {
        // SearchText's folding splits "½" into "1⁄2" and "⑴" into "(1)"; the search splits what
        // is typed with the index's own tokenizer (IndexTerms, tst_indexterms), so these are found.
        QVERIFY(m_user->setNote(idOf(u"g-kube"_s), u"searchconf"_s, u"A ½ day ⑴ of Ŀlamas"_s));
        for (const QString &typed : {u"½"_s, u"½ da"_s, u"⑴"_s, u"ŀlam"_s})
            QVERIFY2(titles(typed).contains(u"Kubernetes in Production"_s), qPrintable(typed));
    }

private:
    /**
     * Puts the search index back as an older version made it (its fts5 `options`, then `more`
     * statements), with the word pairs a column of events (versions 7 to 13), marks the file as
     * that version, and opens it again: the migration runs.
     */
    void reopenWithOlderIndex(const QString &options, const QStringList &more, int version)
    {
        QSqlQuery query(m_database->connection());
        const QStringList statements =
            QStringList{
                u"DROP TABLE event_search"_s,
                u"DROP VIEW event_search_text"_s,
                u"ALTER TABLE events ADD COLUMN pairs TEXT NOT NULL DEFAULT ''"_s,
                u"UPDATE events SET pairs = 'StackOverflow Overflowfor forBeginners' WHERE title = 'Stack Overflow for Beginners'"_s,
                uR"(CREATE VIEW event_search_text AS SELECT e.seq, e.title, e.subtitle, e.speakers, e.abstract, e.room,
                            e.track, COALESCE(u.note, '') AS note, e.pairs FROM events e LEFT JOIN user_events u ON u.event_id = e.id)"_s,
                uR"(CREATE VIRTUAL TABLE event_search USING fts5(title, subtitle, speakers, abstract,
                            room, track, note, pairs, content = 'event_search_text', content_rowid = 'seq', %1))"_s.arg(options),
                u"INSERT INTO event_search (event_search) VALUES ('rebuild')"_s}
            + more + QStringList{u"PRAGMA user_version = %1"_s.arg(version)};
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
    }

    /**
     * With a note "platypus" on Zoë's talk, the database put back as version `version` left it
     * (reopenWithOlderIndex) and migrated: the index as the migration made it (madeIndex()), or
     * what failed.
     */
    QString migratedFrom(const QString &options, const QStringList &more, int version)
    {
        if (!m_user->setNote(idOf(u"g-zoe"_s), u"searchconf"_s, u"platypus"_s))
            return u"the note was not written"_s;
        reopenWithOlderIndex(options, more, version);
        return QTest::currentTestFailed() ? u"the older database did not open"_s : madeIndex();
    }

    /** The number a COUNT(*) statement gives, or -1 when it fails. */
    int countOf(const QString &statement)
    {
        QSqlQuery query(m_database->connection());
        return query.exec(statement) && query.next() ? query.value(0).toInt() : -1;
    }

    /** The index as the migration made it: its CREATE statement; its build memory is checked on the way. */
    QString madeIndex()
    {
        QSqlQuery query(m_database->connection());
        if (!query.exec(u"SELECT v FROM event_search_config WHERE k = 'hashsize'"_s) || !query.next()
            || query.value(0).toInt() != SearchIndex::kBuildMemoryBytes)
            return u"the index's build memory is not SearchIndex::kBuildMemoryBytes"_s;
        if (!query.exec(u"SELECT sql FROM sqlite_master WHERE name = 'event_search'"_s) || !query.next())
            return u"no index"_s;
        return query.value(0).toString();
    }

    QList<SearchHit> hits(const QString &typed, const QString &conference = {}, QDate day = {}, const QString &track = {})
    {
        EventSearch search(*m_database);
        QList<SearchHit> result;
        QString error;
        if (!search.search({typed, conference, day, track, 50}, &result, EventSearch::Markup::None, &error))
            qWarning() << error;
        return result;
    }
    QStringList titles(const QString &typed, const QString &conference = {}, QDate day = {}, const QString &track = {})
    {
        QStringList result;
        for (const SearchHit &hit : hits(typed, conference, day, track))
            result.append(hit.title);
        return result;
    }
    QStringList ids(const QString &typed)
    {
        QStringList result;
        for (const SearchHit &hit : hits(typed))
            result.append(hit.eventId);
        return result;
    }
    QString idOf(const QString &guid) const
    {
        for (const Event &event : m_programme.events) {
            if (event.guid == guid)
                return event.id;
        }
        return {};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ScheduleStore> m_store;
    std::unique_ptr<UserDataStore> m_user;
    Schedule m_programme;
};

QTEST_GUILESS_MAIN(TestEventSearch)
#include "tst_eventsearch.moc"

#include "ScheduleBuilder.h"

#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "core/Clock.h"
#include "store/Database.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace
{
/** A database with its stores and a CLI context printing into strings. */
struct Cli
{
    explicit Cli(const QString &path)
        : database(path)
    {
        QString error;
        opened = database.open(&error);
        openError = error;
        schedule = std::make_unique<ScheduleStore>(database);
        userData = std::make_unique<UserDataStore>(database);
        userData->load();
        clock.freezeAt(QDateTime(QDate(2013, 7, 5), QTime(22, 0), QTimeZone::utc()));
        userData->setNowProvider([this] { return clock.now(); });
        context = std::make_unique<CliContext>(CliContext{database, *schedule, *userData, clock, outStream, errStream});
    }
    /** Runs a verb; returns its exit code. out and err hold what it printed. */
    int run(int (*verb)(CliContext &, const QStringList &), const QStringList &arguments)
    {
        out.clear();
        err.clear();
        const int code = verb(*context, arguments);
        outStream.flush();
        errStream.flush();
        return code;
    }

    Database database;
    bool opened = false;
    QString openError;
    std::unique_ptr<ScheduleStore> schedule;
    std::unique_ptr<UserDataStore> userData;
    Clock clock;
    QString out;
    QString err;
    QTextStream outStream{&out};
    QTextStream errStream{&err};
    std::unique_ptr<CliContext> context;
};
} // namespace

/** The agenda verbs through the same functions the command line calls. */
class TestCliAgenda : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_schedule = ScheduleBuilder(u"clitest"_s)
                         .event(u"k"_s, u"Keynote"_s, u"2013-07-06 09:00"_s, 60, u"Plenary"_s, {u"Ann"_s})
                         .event(u"w"_s, u"Workshop"_s, u"2013-07-06 09:30"_s, 120, u"Tasman"_s)
                         .event(u"t"_s, u"Talk, with comma"_s, u"2013-07-06 11:30"_s, 30, u"Plenary"_s)
                         .build();
        m_cli = std::make_unique<Cli>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s));
        QVERIFY2(m_cli->opened, qPrintable(m_cli->openError));
        QVERIFY(m_cli->schedule->apply(m_schedule, {u"test"_s, {}}).ok());
    }
    void cleanup() { m_cli.reset(); }

    void bookmarkNoteRateWatchedAndTheAgendaJson()
    {
        const QString keynote = idOf(u"Keynote"_s);
        const QString workshop = idOf(u"Workshop"_s);
        QCOMPARE(m_cli->run(&CliCommands::bookmark, {u"add"_s, keynote.left(6)}), 0);
        QVERIFY(m_cli->out.contains(u"bookmarked (must see)"_s));
        QCOMPARE(m_cli->run(&CliCommands::bookmark, {u"add"_s, workshop, u"--priority"_s, u"maybe"_s}), 0);
        QCOMPARE(m_cli->run(&CliCommands::note, {keynote, u"Sit"_s, u"in front"_s}), 0);
        QCOMPARE(m_cli->run(&CliCommands::rate, {keynote, u"4"_s}), 0);
        QCOMPARE(m_cli->run(&CliCommands::watched, {keynote}), 0);

        QCOMPARE(m_cli->run(&CliCommands::agenda, {u"--json"_s}), 0);
        const QJsonArray items = QJsonDocument::fromJson(m_cli->out.toUtf8()).array();
        QCOMPARE(items.size(), 2);
        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first.value(u"id"_s).toString(), keynote);
        QCOMPARE(first.value(u"kind"_s).toString(), u"event"_s);
        QCOMPARE(first.value(u"priority"_s).toString(), u"must"_s);
        QCOMPARE(first.value(u"note"_s).toString(), u"Sit in front"_s);
        QCOMPARE(first.value(u"rating"_s).toInt(), 4);
        QCOMPARE(first.value(u"watched"_s).toBool(), true);
        QCOMPARE(first.value(u"conflicts"_s).toArray(), QJsonArray{workshop});
        // The event object's own fields are all still there.
        QCOMPARE(first.value(u"start"_s).toString(), u"2013-07-06T09:00:00+10:00"_s);
        QCOMPARE(first.value(u"speakers"_s).toArray(), QJsonArray{u"Ann"_s});
        QCOMPARE(first.value(u"bookmarked"_s).toBool(), true);
        QCOMPARE(items.at(1).toObject().value(u"priority"_s).toString(), u"maybe"_s);
        QCOMPARE(items.at(1).toObject().value(u"conflicts"_s).toArray(), QJsonArray{keynote});

        QCOMPARE(m_cli->run(&CliCommands::agenda, {}), 0);
        QVERIFY2(m_cli->out.contains(u"conflicts with %1  Workshop"_s.arg(workshop)), qPrintable(m_cli->out));

        QCOMPARE(m_cli->run(&CliCommands::bookmark, {u"remove"_s, workshop}), 0);
        QCOMPARE(m_cli->run(&CliCommands::agenda, {u"--json"_s}), 0);
        QCOMPARE(QJsonDocument::fromJson(m_cli->out.toUtf8()).array().size(), 1);
    }

    void mistakesAreReportedAndChangeNothing()
    {
        QCOMPARE(m_cli->run(&CliCommands::rate, {idOf(u"Keynote"_s), u"6"_s}), 1);
        QVERIFY(m_cli->err.contains(u"from 1 to 5"_s));
        QCOMPARE(m_cli->run(&CliCommands::bookmark, {u"add"_s, idOf(u"Keynote"_s), u"--priority"_s, u"soon"_s}), 1);
        QVERIFY(m_cli->err.contains(u"must or maybe"_s));
        QCOMPARE(m_cli->run(&CliCommands::bookmark, {u"add"_s, u"zzzzzz"_s}), 1);
        QVERIFY(m_cli->err.contains(u"no event with id"_s));
        QCOMPARE(m_cli->run(&CliCommands::exportAgenda, {u"--format"_s, u"pdf"_s}), 1);
        QVERIFY(m_cli->userData->all().isEmpty());
    }

    void exportToStdoutAndFilesThenRestoreElsewhere()
    {
        QCOMPARE(m_cli->run(&CliCommands::bookmark, {u"add"_s, idOf(u"Talk, with comma"_s)}), 0);
        QCOMPARE(m_cli->run(&CliCommands::note, {idOf(u"Talk, with comma"_s), u"bring \"laptop\""_s}), 0);

        QCOMPARE(m_cli->run(&CliCommands::exportAgenda, {u"--format"_s, u"ics"_s}), 0);
        QVERIFY(m_cli->out.startsWith(u"BEGIN:VCALENDAR\r\n"_s));
        QVERIFY(m_cli->out.contains(u"UID:%1@lanyard\r\n"_s.arg(idOf(u"Talk, with comma"_s))));
        QVERIFY(m_cli->out.contains(u"DTSTART:20130706T013000Z\r\n"_s));
        QCOMPARE(m_cli->run(&CliCommands::exportAgenda, {u"--format"_s, u"csv"_s, u"--conference"_s, u"clitest"_s}), 0);
        QVERIFY(m_cli->out.contains(u"\"Talk, with comma\""_s));
        QVERIFY(m_cli->out.contains(u"\"bring \"\"laptop\"\"\""_s));
        QCOMPARE(m_cli->run(&CliCommands::exportAgenda, {u"--format"_s, u"md"_s}), 0);
        QVERIFY(m_cli->out.contains(u"## Saturday 6 July 2013"_s));

        const QString backup = m_dir.filePath(u"out/backup.json"_s); // one test writes here
        QDir().mkpath(m_dir.filePath(u"out"_s));
        QCOMPARE(m_cli->run(&CliCommands::exportAgenda, {u"--format"_s, u"json"_s, u"--output"_s, backup}), 0);
        QVERIFY(QFile::exists(backup));
        QVERIFY(m_cli->out.isEmpty());

        Cli other(m_dir.filePath(u"other/second.sqlite"_s));
        QVERIFY2(other.opened, qPrintable(other.openError));
        QVERIFY(other.schedule->apply(m_schedule, {u"test"_s, {}}).ok());
        QCOMPARE(other.run(&CliCommands::restore, {backup}), 0);
        QVERIFY2(other.out.contains(u"1 added, 0 updated, 0 unchanged"_s), qPrintable(other.out));
        QCOMPARE(other.run(&CliCommands::restore, {backup}), 0);
        QVERIFY2(other.out.contains(u"0 added, 0 updated, 1 unchanged"_s), qPrintable(other.out));
        QCOMPARE(other.userData->value(idOf(u"Talk, with comma"_s)).note, u"bring \"laptop\""_s);

        // An .ics is taken as bookmarks: Lanyard's own export matches by UID.
        const QString ics = m_dir.filePath(u"out/agenda.ics"_s);
        QCOMPARE(m_cli->run(&CliCommands::bookmark, {u"add"_s, idOf(u"Keynote"_s)}), 0);
        QCOMPARE(m_cli->run(&CliCommands::exportAgenda, {u"--format"_s, u"ics"_s, u"--output"_s, ics}), 0);
        QCOMPARE(other.run(&CliCommands::restore, {ics}), 0);
        QVERIFY2(other.out.contains(u"1 bookmarked, 1 already bookmarked, 0 not found"_s), qPrintable(other.out));
        QVERIFY(other.userData->isBookmarked(idOf(u"Keynote"_s)));

        QFile junk(m_dir.filePath(u"out/junk.txt"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("hello");
        junk.close();
        QCOMPARE(other.run(&CliCommands::restore, {junk.fileName()}), 1);
        QVERIFY(other.err.contains(u"neither a Lanyard backup"_s));
    }

private:
    QString idOf(const QString &title) const
    {
        for (const Event &event : m_schedule.events) {
            if (event.title == title)
                return event.id;
        }
        return {};
    }

    QTemporaryDir m_dir;
    Schedule m_schedule;
    std::unique_ptr<Cli> m_cli;
};

QTEST_GUILESS_MAIN(TestCliAgenda)
#include "tst_cliagenda.moc"

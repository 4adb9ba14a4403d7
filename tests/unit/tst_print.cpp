// Printing: `lanyard print agenda|day` run as a person runs it, the PDF read back with Debian's
// pdftotext (poppler-utils, installed by packaging/dev-setup.sh) the way a reader would copy text
// out of it; a day of FOSDEM 2026's 70-odd rooms over several pages, each with the hour column;
// bad requests refused with a message and nothing written; and the same drawing on a QPrinter.
#include "agenda/Printout.h"
#include "store/Database.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"
#include "sync/BundledProgramme.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace
{
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

/** Whitespace runs as one space: a title wrapped in a timetable block reads as one line again. */
QString flattened(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return QString(text).replace(space, u" "_s);
}
} // namespace

class TestPrint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_binary;
    QString m_pdftotext;

    Run lanyard(const QString &database, const QStringList &arguments)
    {
        QProcess process;
        process.start(m_binary, QStringList{u"--db"_s, database, u"--now"_s, u"2013-07-06T10:00:00+10:00"_s} + arguments);
        Run run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            run.err = u"timed out"_s;
            return run;
        }
        run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    /** The text of a PDF (of one page when `page` > 0), as pdftotext reads it. */
    QString textOf(const QString &pdf, int page = 0)
    {
        QProcess process;
        QStringList arguments;
        if (page > 0)
            arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
        process.start(m_pdftotext, arguments << pdf << u"-"_s);
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    int pagesOf(const QString &pdf)
    {
        QProcess process;
        process.start(QStandardPaths::findExecutable(u"pdfinfo"_s), {pdf});
        process.waitForFinished(60000);
        static const QRegularExpression pages(u"Pages:\\s+(\\d+)"_s);
        return pages.match(QString::fromUtf8(process.readAllStandardOutput())).captured(1).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = qEnvironmentVariable("LANYARD_BINARY");
        QVERIFY2(QFileInfo(m_binary).isExecutable(), "LANYARD_BINARY names the lanyard executable");
        m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (m_pdftotext.isEmpty() || QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
            QSKIP("pdftotext and pdfinfo (Debian: poppler-utils) are needed to read the PDFs back; "
                  "packaging/dev-setup.sh installs them");
    }

    void agendaInTimeOrderWithRoomsClashesTripsAndNotes()
    {
        const QString database = m_dir.filePath(u"agenda.sqlite"_s);
        // Two talks that clash on Saturday, one with a note, a later one, and a trip.
        QCOMPARE(lanyard(database, {u"events"_s}).code, 0);
        Run events = lanyard(database, {u"events"_s, u"--day"_s, u"2013-07-06"_s, u"--json"_s});
        QCOMPARE(events.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(events.out.toUtf8()).array();
        QVERIFY(list.size() > 10);
        // Two talks at the same time in different rooms, and one later.
        QJsonObject a, b, later;
        for (const QJsonValue &one : list) {
            for (const QJsonValue &two : list) {
                if (a.isEmpty() && one[u"start"_s] == two[u"start"_s] && one[u"room"_s] != two[u"room"_s]
                    && one[u"title"_s].toString().size() > 8 && two[u"title"_s].toString().size() > 8) {
                    a = one.toObject();
                    b = two.toObject();
                }
            }
        }
        QVERIFY2(!a.isEmpty(), "two talks at the same time on Saturday");
        for (const QJsonValue &one : list) {
            if (one[u"start"_s].toString() > a[u"end"_s].toString() && one[u"title"_s].toString().size() > 8) {
                later = one.toObject();
                break;
            }
        }
        QVERIFY(!later.isEmpty());
        for (const QJsonObject &event : {a, b, later})
            QCOMPARE(lanyard(database, {u"bookmark"_s, u"add"_s, event[u"id"_s].toString()}).code, 0);
        QCOMPARE(lanyard(database, {u"note"_s, a[u"id"_s].toString(), u"Ask about the slides"_s}).code, 0);
        QCOMPARE(lanyard(database,
                         {u"trips"_s, u"add"_s, u"--title"_s, u"Drive up kunanyi"_s, u"--from"_s, u"2013-07-07T08:00:00+10:00"_s, u"--to"_s,
                          u"2013-07-07T10:00:00+10:00"_s, u"--who"_s, u"Ana and Ben"_s})
                     .code,
                 0);

        const QString pdf = m_dir.filePath(u"agenda.pdf"_s);
        const Run printed = lanyard(database, {u"print"_s, u"agenda"_s, u"--output"_s, pdf});
        QVERIFY2(printed.code == 0, qPrintable(printed.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString text = flattened(textOf(pdf));
        QVERIFY2(text.contains(u"My agenda"_s), qPrintable(text.left(300)));
        for (const QJsonObject &event : {a, b, later}) {
            QVERIFY2(text.contains(event[u"title"_s].toString()), qPrintable(event[u"title"_s].toString() + u" in "_s + text));
            QVERIFY2(text.contains(u"Where: "_s + event[u"room"_s].toString()), qPrintable(event[u"room"_s].toString()));
        }
        // Time order: the clashing pair before the later talk, the Sunday trip last.
        QVERIFY(text.indexOf(a[u"title"_s].toString()) < text.indexOf(later[u"title"_s].toString()));
        QVERIFY(text.indexOf(later[u"title"_s].toString()) < text.indexOf(u"Drive up kunanyi"_s));
        QVERIFY2(text.contains(u"Clashes with: "_s + b[u"title"_s].toString())
                     || text.contains(u"Clashes with: "_s + a[u"title"_s].toString()),
                 qPrintable(text));
        QVERIFY(text.contains(u"Note: Ask about the slides"_s));
        QVERIFY(text.contains(u"Who: Ana and Ben"_s));
        QVERIFY(text.contains(u"Times in Australia/Hobart (UTC+10:00)"_s));
    }

    void dayAsATimetable()
    {
        const QString database = m_dir.filePath(u"day.sqlite"_s);
        const Run events = lanyard(database, {u"events"_s, u"--day"_s, u"2013-07-05"_s, u"--json"_s});
        QCOMPARE(events.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(events.out.toUtf8()).array();
        QVERIFY(!list.isEmpty());
        const QString pdf = m_dir.filePath(u"day.pdf"_s);
        const Run printed = lanyard(database, {u"print"_s, u"day"_s, u"--day"_s, u"2013-07-05"_s, u"--output"_s, pdf});
        QVERIFY2(printed.code == 0, qPrintable(printed.err));
        const QString text = flattened(textOf(pdf));
        QVERIFY2(text.contains(u"PyCon Australia 2013"_s), qPrintable(text.left(200)));
        for (const QJsonValue &event : list) {
            // The start of every title (long ones wrap, and the block may cut the rest).
            const QStringList words = event[u"title"_s].toString().split(u' ', Qt::SkipEmptyParts).mid(0, 2);
            QVERIFY2(text.contains(words.join(u' ')), qPrintable(words.join(u' ')));
            QVERIFY2(text.contains(event[u"room"_s].toString()), qPrintable(event[u"room"_s].toString()));
        }
        QVERIFY(text.contains(u"09:00"_s));
    }

    void aBigDayGoesOverPagesEachWithTheHourColumnAndRooms()
    {
        const QString feed = qEnvironmentVariable("LANYARD_FEEDS_DIR") + u"/fosdem-2026_pentabarf.xml"_s;
        if (!QFile::exists(feed))
            QSKIP("the shared feeds are not here (LANYARD_FEEDS_DIR): FOSDEM 2026 is the many-room day");
        const QString database = m_dir.filePath(u"fosdem.sqlite"_s);
        const Run imported = lanyard(database, {u"import"_s, feed});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const QString pdf = m_dir.filePath(u"fosdem.pdf"_s);
        const Run printed =
            lanyard(database, {u"print"_s, u"day"_s, u"--conference"_s, u"fosdem2026"_s, u"--day"_s, u"2026-01-31"_s, u"--output"_s, pdf});
        if (printed.code != 0 && printed.err.contains(u"no conference"_s)) {
            // The id is the feed's acronym; find it rather than guess.
            const Run conferences = lanyard(database, {u"conferences"_s, u"--json"_s});
            QString id;
            for (const QJsonValue &one : QJsonDocument::fromJson(conferences.out.toUtf8()).array()) {
                if (one[u"id"_s].toString().contains(u"fosdem"_s))
                    id = one[u"id"_s].toString();
            }
            QVERIFY2(!id.isEmpty(), qPrintable(conferences.out));
            const Run again =
                lanyard(database, {u"print"_s, u"day"_s, u"--conference"_s, id, u"--day"_s, u"2026-01-31"_s, u"--output"_s, pdf});
            QVERIFY2(again.code == 0, qPrintable(again.err));
        } else {
            QVERIFY2(printed.code == 0, qPrintable(printed.err));
        }
        const int pages = pagesOf(pdf);
        QVERIFY2(pages > 4, qPrintable(u"%1 pages"_s.arg(pages)));
        static const QRegularExpression rooms(u"Rooms (\\d+)–(\\d+) of (\\d+)"_s);
        static const QRegularExpression hour(u"\\b(0[89]|1\\d):00\\b"_s);
        int lastRoom = 0;
        int roomCount = 0;
        for (int page = 1; page <= pages; ++page) {
            const QString text = textOf(pdf, page);
            const auto match = rooms.match(text);
            QVERIFY2(match.hasMatch(), qPrintable(u"page %1 says which rooms it shows"_s.arg(page)));
            QVERIFY2(hour.match(text).hasMatch(), qPrintable(u"page %1 has the hour column"_s.arg(page)));
            QVERIFY2(text.contains(u"page %1 of %2"_s.arg(page).arg(pages)), qPrintable(u"page %1 is numbered"_s.arg(page)));
            roomCount = match.captured(3).toInt();
            lastRoom = std::max(lastRoom, match.captured(2).toInt());
        }
        // Every room of the day is on some page.
        const Run events = lanyard(database, {u"events"_s, u"--day"_s, u"2026-01-31"_s, u"--json"_s});
        QSet<QString> dayRooms;
        for (const QJsonValue &event : QJsonDocument::fromJson(events.out.toUtf8()).array())
            dayRooms.insert(event[u"room"_s].toString());
        QVERIFY2(dayRooms.size() > 20, qPrintable(QString::number(dayRooms.size())));
        QCOMPARE(roomCount, int(dayRooms.size()));
        QCOMPARE(lastRoom, roomCount);
    }

    void badRequestsSayWhatAndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a day of it") << QStringList{u"day"_s, u"--day"_s, u"2013-07-09"_s}
                                         << u"2013-07-09 is not a day of PyCon Australia 2013"_s;
        QTest::newRow("not a date") << QStringList{u"day"_s, u"--day"_s, u"5 July"_s} << u"--day takes a date"_s;
        QTest::newRow("what to print") << QStringList{u"sheet"_s} << u"agenda or day"_s;
        QTest::newRow("day for the agenda") << QStringList{u"agenda"_s, u"--day"_s, u"2013-07-05"_s} << u"--day is for"_s;
        QTest::newRow("no such conference") << QStringList{u"agenda"_s, u"--conference"_s, u"nope"_s} << u"nope"_s;
    }
    void badRequestsSayWhatAndWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString database = m_dir.filePath(u"bad.sqlite"_s);
        const QString pdf = m_dir.filePath(u"bad.pdf"_s);
        const Run run = lanyard(database, QStringList{u"print"_s} + arguments + QStringList{u"--output"_s, pdf});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(pdf));
        // No output named: the usage, nothing written anywhere.
        const Run noOutput = lanyard(database, {u"print"_s, u"agenda"_s});
        QCOMPARE(noOutput.code, 1);
        QVERIFY(noOutput.err.contains(u"--output FILE.pdf"_s));
    }

    void anUnwritableFolderIsReported()
    {
        const QString database = m_dir.filePath(u"folder.sqlite"_s);
        const Run run = lanyard(database, {u"print"_s, u"agenda"_s, u"--output"_s, m_dir.filePath(u"no/such/folder/a.pdf"_s)});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"no/such/folder"_s), qPrintable(run.err));
    }

    void aPrinterDeviceDrawsTheSame()
    {
        // A high-resolution printer device: the drawing is in points whatever the dots per inch.
        Database database(m_dir.filePath(u"printer.sqlite"_s));
        QString error;
        QVERIFY2(database.open(&error), qPrintable(error));
        ScheduleStore schedule(database);
        UserDataStore userData(database);
        const QDateTime now(QDate(2013, 7, 6), QTime(0, 0), QTimeZone::utc());
        QVERIFY2(BundledProgramme::ensureLoaded(schedule, now, &error), qPrintable(error));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = m_dir.filePath(u"printer.pdf"_s);
        printer.setOutputFileName(pdf);
        printer.setPageOrientation(Printout::orientationFor(Printout::Kind::Day));
        Printout::Request request{Printout::Kind::Day, QString::fromLatin1(BundledProgramme::kConferenceId), QDate(2013, 7, 6)};
        QVERIFY2(Printout::draw(printer, request, schedule, userData, {}, &error), qPrintable(error));
        const QString text = flattened(textOf(pdf));
        QVERIFY2(text.contains(u"Rooms 1–"_s), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"10:00"_s));
        // Text at a sane size: a page's words are found one by one, not one letter per line.
        QVERIFY2(text.contains(u"PyCon Australia 2013"_s), qPrintable(text.left(300)));
    }
};

QTEST_MAIN(TestPrint)
#include "tst_print.moc"

#include "Printout.h"

#include "Agenda.h"
#include "AgendaPrint.h"
#include "DayPrint.h"
#include "PrintPage.h"
#include "TripPlanning.h"
#include "store/ScheduleStore.h"
#include "store/UserDataStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPdfWriter>

using namespace Qt::Literals::StringLiterals;

namespace
{
bool fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return false;
}

/** The day's events and the user's priorities for them, or a reason why the day cannot print. */
std::optional<DayPrintInput> dayInput(const Printout::Request &request, const ScheduleStore &schedule, const UserDataStore &userData,
                                      QString *errorMessage)
{
    const auto conference = schedule.conference(request.conferenceId);
    if (!conference) {
        fail(errorMessage, QCoreApplication::translate("Printout", "there is no conference \"%1\"").arg(request.conferenceId));
        return std::nullopt;
    }
    const QList<Day> days = schedule.days(request.conferenceId);
    const bool known = std::any_of(days.cbegin(), days.cend(), [&](const Day &day) { return day.date == request.day; });
    if (!request.day.isValid() || !known) {
        QStringList dates;
        for (const Day &day : days)
            dates.append(day.date.toString(Qt::ISODate));
        fail(errorMessage,
             QCoreApplication::translate("Printout", "%1 is not a day of %2 (its days: %3)")
                 .arg(request.day.isValid() ? request.day.toString(Qt::ISODate) : QCoreApplication::translate("Printout", "no day"),
                      conference->title, dates.join(u", "_s)));
        return std::nullopt;
    }
    DayPrintInput input;
    input.conferenceTitle = conference->title;
    input.timeZoneId = conference->timeZoneId;
    input.zone = conference->timeZone().isValid() ? conference->timeZone() : QTimeZone::utc();
    input.day = request.day;
    input.rooms = schedule.rooms(request.conferenceId);
    input.events = schedule.events(request.conferenceId, request.day, ScheduleStore::Detail::Listing);
    for (const Event &event : std::as_const(input.events)) {
        const Priority priority = userData.priority(event.id);
        if (priority != Priority::None)
            input.priorities.insert(event.id, priority);
    }
    return input;
}
} // namespace

namespace Printout
{
std::optional<Kind> kindFromName(const QString &name)
{
    if (name == u"agenda"_s)
        return Kind::Agenda;
    if (name == u"day"_s)
        return Kind::Day;
    return std::nullopt;
}

QPageLayout::Orientation orientationFor(Kind kind)
{
    return kind == Kind::Day ? QPageLayout::Landscape : QPageLayout::Portrait;
}

QDate defaultDay(const ScheduleStore &schedule, const QString &conferenceId, const QDateTime &now)
{
    const QList<Day> days = schedule.days(conferenceId);
    if (days.isEmpty())
        return {};
    for (const Day &day : days) {
        if (day.start.isValid() && day.end.isValid() && now >= day.start && now < day.end)
            return day.date;
    }
    return days.constFirst().date;
}

bool draw(QPagedPaintDevice &device, const Request &request, const ScheduleStore &schedule, const UserDataStore &userData,
          const TripSources &trips, QString *errorMessage)
{
    const QLocale locale;
    if (request.kind == Kind::Day) {
        const auto input = dayInput(request, schedule, userData, errorMessage);
        if (!input)
            return false;
        PrintPage page(device, input->conferenceTitle + u" – "_s + locale.toString(input->day, QLocale::LongFormat),
                       QCoreApplication::translate("Printout", "Printed by Lanyard"));
        page.setPageCount(DayPrint::pageCount(*input, PrintPage::bodySize(device)));
        if (!page.begin(errorMessage))
            return false;
        DayPrint::draw(*input, page);
        return true;
    }
    if (!request.conferenceId.isEmpty() && !schedule.conference(request.conferenceId))
        return fail(errorMessage, QCoreApplication::translate("Printout", "there is no conference \"%1\"").arg(request.conferenceId));
    const Agenda agenda =
        Agenda::build(schedule, userData, {request.conferenceId, TripPlanning::agendaItems(trips, schedule, request.conferenceId)});
    QString title = QCoreApplication::translate("Printout", "My agenda");
    if (const Conference *conference = request.conferenceId.isEmpty() ? nullptr : agenda.conference(request.conferenceId))
        title += u" – "_s + conference->title;
    PrintPage page(device, title, QCoreApplication::translate("Printout", "Printed by Lanyard"));
    if (!page.begin(errorMessage))
        return false;
    AgendaPrint::draw(agenda, page);
    return true;
}

std::optional<QByteArray> pdf(const Request &request, const ScheduleStore &schedule, const UserDataStore &userData,
                              const TripSources &trips, QString *errorMessage)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setCreator(u"Lanyard"_s);
        writer.setTitle(request.kind == Kind::Day
                            ? QCoreApplication::translate("Printout", "Programme of %1").arg(request.day.toString(Qt::ISODate))
                            : QCoreApplication::translate("Printout", "My agenda"));
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), orientationFor(request.kind), QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        if (!draw(writer, request, schedule, userData, trips, errorMessage))
            return std::nullopt;
    }
    return bytes;
}
} // namespace Printout

#include "DayPrint.h"

#include "PrintPage.h"
#include "core/TimeRules.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace
{
constexpr qreal kHourColumn = 38;
constexpr qreal kInfoLine = 16;
constexpr qreal kRoomHeader = 26;
constexpr qreal kMinRoomWidth = 105;
constexpr qreal kMinHourHeight = 56;
constexpr QRgb kBookmarked = qRgb(0xff, 0xf0, 0xb8);
constexpr QRgb kPlain = qRgb(0xf2, 0xf4, 0xf7);

/** The day's rows and columns cut into pages. */
struct Grid
{
    QDateTime first;
    int hours = 1;
    int roomsPerPage = 1;
    int hoursPerPage = 1;
    int roomPages = 1;
    int timePages = 1;
};

QStringList columnsOf(const DayPrintInput &input)
{
    QStringList columns;
    for (const QString &room : input.rooms) {
        if (std::any_of(input.events.cbegin(), input.events.cend(), [&](const Event &event) { return event.room == room; }))
            columns.append(room);
    }
    for (const Event &event : input.events) {
        if (!columns.contains(event.room))
            columns.append(event.room);
    }
    return columns;
}

Grid gridFor(const DayPrintInput &input, const QSizeF &body, qsizetype columns)
{
    Grid grid;
    if (input.events.isEmpty())
        return grid;
    QDateTime first = input.events.constFirst().start.toTimeZone(input.zone);
    QDateTime last = input.events.constFirst().end.toTimeZone(input.zone);
    for (const Event &event : input.events) {
        first = std::min(first, event.start.toTimeZone(input.zone));
        last = std::max(last, event.end.toTimeZone(input.zone));
    }
    grid.first = QDateTime(first.date(), QTime(first.time().hour(), 0), input.zone);
    grid.hours = std::max(1, int(std::ceil(grid.first.secsTo(last) / 3600.0)));
    grid.roomsPerPage = std::max(1, int((body.width() - kHourColumn) / kMinRoomWidth));
    grid.roomPages = int((std::max<qsizetype>(columns, 1) + grid.roomsPerPage - 1) / grid.roomsPerPage);
    // Spread the rooms evenly over their pages rather than leaving one alone on the last.
    grid.roomsPerPage = int((std::max<qsizetype>(columns, 1) + grid.roomPages - 1) / grid.roomPages);
    const int fit = std::max(1, int((body.height() - kInfoLine - kRoomHeader) / kMinHourHeight));
    grid.timePages = (grid.hours + fit - 1) / fit;
    grid.hoursPerPage = (grid.hours + grid.timePages - 1) / grid.timePages;
    return grid;
}

/** Side-by-side lanes for talks that overlap in one room: lane index per event. */
QHash<QString, std::pair<int, int>> lanesOf(const QList<const Event *> &events)
{
    QHash<QString, std::pair<int, int>> result;
    QList<QDateTime> laneEnds;
    for (const Event *event : events) {
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] > event->start)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(event->end);
        else
            laneEnds[lane] = event->end;
        result.insert(event->id, {lane, 0});
    }
    for (auto &lanes : result)
        lanes.second = int(laneEnds.size());
    return result;
}

void drawBlock(QPainter &painter, const QRectF &box, const Event &event, Priority priority, const QTimeZone &zone)
{
    const bool bookmarked = priority != Priority::None;
    painter.setPen(QPen(bookmarked ? QColor(0x80, 0x60, 0x00) : QColor(0x9a, 0xa3, 0xae), bookmarked ? 1.2 : 0.5));
    painter.setBrush(QColor(bookmarked ? kBookmarked : kPlain));
    painter.drawRect(box);
    painter.setBrush(Qt::NoBrush);
    const QRectF inner = box.adjusted(2.5, 1.5, -2.5, -1);
    if (inner.height() < 4 || inner.width() < 8)
        return;
    painter.save();
    painter.setClipRect(box);
    painter.setPen(Qt::black);
    QString times = event.start.toTimeZone(zone).toString(u"HH:mm"_s) + u"–"_s + event.end.toTimeZone(zone).toString(u"HH:mm"_s);
    if (priority == Priority::MustSee)
        times = QCoreApplication::translate("DayPrint", "Must see") + u" · "_s + times;
    else if (priority == Priority::Maybe)
        times = QCoreApplication::translate("DayPrint", "Maybe") + u" · "_s + times;
    if (inner.height() < 17) {
        // Too short for two lines (a lightning talk): one line, smaller, elided.
        const QFont font = PrintPage::font(std::clamp(inner.height() - 1, 4.0, 6.5), bookmarked);
        painter.setFont(font);
        const QString line = event.start.toTimeZone(zone).toString(u"HH:mm"_s) + u' ' + event.title;
        painter.drawText(inner, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         QFontMetricsF(font).elidedText(line, Qt::ElideRight, inner.width()));
        painter.restore();
        return;
    }
    const QFont small = PrintPage::font(6.5);
    const QFont title = PrintPage::font(7.5, true);
    painter.setFont(small);
    const qreal timeHeight = QFontMetricsF(small).height();
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), timeHeight), Qt::AlignLeft | Qt::TextSingleLine,
                     QFontMetricsF(small).elidedText(times, Qt::ElideRight, inner.width()));
    painter.setFont(title);
    const QRectF titleBox(inner.left(), inner.top() + timeHeight, inner.width(), inner.height() - timeHeight);
    const QRectF used = painter.boundingRect(titleBox, Qt::TextWordWrap, event.title);
    painter.drawText(titleBox, Qt::TextWordWrap, event.title);
    const QString speakers = event.speakerNames().join(u", "_s);
    const qreal below = used.bottom() + 1;
    if (!speakers.isEmpty() && below + timeHeight <= inner.bottom()) {
        painter.setFont(small);
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(inner.left(), below, inner.width(), inner.bottom() - below), Qt::TextWordWrap, speakers);
    }
    painter.restore();
}
} // namespace

namespace DayPrint
{
int pageCount(const DayPrintInput &input, const QSizeF &body)
{
    const Grid grid = gridFor(input, body, columnsOf(input).size());
    return grid.roomPages * grid.timePages;
}

void draw(const DayPrintInput &input, PrintPage &page)
{
    QPainter &painter = page.painter();
    const QStringList columns = columnsOf(input);
    if (columns.isEmpty()) {
        painter.setFont(PrintPage::font(10));
        painter.drawText(page.body(), Qt::TextWordWrap, QCoreApplication::translate("DayPrint", "No events on this day."));
        return;
    }
    const Grid grid = gridFor(input, page.body().size(), columns.size());
    const int offset = grid.first.offsetFromUtc();
    bool firstPage = true;
    for (int timePage = 0; timePage < grid.timePages; ++timePage) {
        const QDateTime from = grid.first.addSecs(qint64(timePage) * grid.hoursPerPage * 3600);
        const int hours = std::min(grid.hoursPerPage, grid.hours - timePage * grid.hoursPerPage);
        const QDateTime to = from.addSecs(qint64(hours) * 3600);
        for (int roomPage = 0; roomPage < grid.roomPages; ++roomPage) {
            if (!firstPage)
                page.nextPage();
            firstPage = false;
            const qsizetype firstRoom = qsizetype(roomPage) * grid.roomsPerPage;
            const QStringList rooms = columns.mid(firstRoom, grid.roomsPerPage);
            const QRectF body = page.body();
            const qreal columnWidth = (body.width() - kHourColumn) / grid.roomsPerPage;
            const qreal top = body.top() + kInfoLine + kRoomHeader;
            const qreal hourHeight = (body.bottom() - top) / grid.hoursPerPage;
            const auto yOf = [&](const QDateTime &when) { return top + from.secsTo(when) / 3600.0 * hourHeight; };

            // Which part of the day this page is.
            painter.setFont(PrintPage::font(8));
            painter.setPen(Qt::darkGray);
            painter.drawText(QRectF(body.left(), body.top(), body.width(), kInfoLine - 3), Qt::AlignLeft | Qt::TextSingleLine,
                             QCoreApplication::translate("DayPrint", "Rooms %1–%2 of %3 · %4–%5 · times in %6 (UTC%7)")
                                 .arg(firstRoom + 1)
                                 .arg(firstRoom + rooms.size())
                                 .arg(columns.size())
                                 .arg(from.toString(u"HH:mm"_s), to.toString(u"HH:mm"_s),
                                      input.timeZoneId.isEmpty() ? u"UTC"_s : input.timeZoneId, TimeRules::offsetString(offset)));
            // Room names.
            painter.setPen(Qt::black);
            painter.setFont(PrintPage::font(8, true));
            for (qsizetype i = 0; i < rooms.size(); ++i) {
                const QRectF header(body.left() + kHourColumn + i * columnWidth + 2, body.top() + kInfoLine, columnWidth - 4,
                                    kRoomHeader - 2);
                const QString name = rooms[i].isEmpty() ? QCoreApplication::translate("DayPrint", "(no room)") : rooms[i];
                painter.drawText(header, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, name);
            }
            // Hour lines and the hour column, on every page.
            for (int hour = 0; hour <= hours; ++hour) {
                const qreal y = top + hour * hourHeight;
                painter.setPen(QPen(QColor(0xc8, 0xcd, 0xd3), 0.5));
                painter.drawLine(QPointF(body.left() + kHourColumn - 4, y), QPointF(body.right(), y));
                if (hour < hours) {
                    painter.setPen(QPen(QColor(0xe4, 0xe7, 0xea), 0.4, Qt::DotLine));
                    painter.drawLine(QPointF(body.left() + kHourColumn, y + hourHeight / 2), QPointF(body.right(), y + hourHeight / 2));
                    painter.setPen(Qt::black);
                    painter.setFont(PrintPage::font(8, true));
                    painter.drawText(QRectF(body.left(), y + 1, kHourColumn - 6, 12), Qt::AlignRight | Qt::TextSingleLine,
                                     from.addSecs(qint64(hour) * 3600).toString(u"HH:mm"_s));
                }
            }
            for (qsizetype i = 0; i <= rooms.size(); ++i) {
                const qreal x = body.left() + kHourColumn + i * columnWidth;
                painter.setPen(QPen(QColor(0xc8, 0xcd, 0xd3), 0.5));
                painter.drawLine(QPointF(x, body.top() + kInfoLine), QPointF(x, body.bottom()));
            }
            // The talks of these rooms and hours.
            for (qsizetype i = 0; i < rooms.size(); ++i) {
                QList<const Event *> inRoom;
                for (const Event &event : input.events) {
                    if (event.room == rooms[i])
                        inRoom.append(&event);
                }
                std::sort(inRoom.begin(), inRoom.end(),
                          [](const Event *a, const Event *b) { return a->start != b->start ? a->start < b->start : a->end > b->end; });
                const auto lanes = lanesOf(inRoom);
                for (const Event *event : std::as_const(inRoom)) {
                    if (event->end <= from || event->start >= to)
                        continue;
                    const auto [lane, laneCount] = lanes.value(event->id);
                    const qreal laneWidth = (columnWidth - 4) / laneCount;
                    const qreal y1 = yOf(std::max(event->start, from));
                    const qreal y2 = yOf(std::min(event->end, to));
                    const QRectF box(body.left() + kHourColumn + i * columnWidth + 2 + lane * laneWidth, y1 + 0.5,
                                     laneWidth - (laneCount > 1 ? 1 : 0), std::max(3.0, y2 - y1 - 1));
                    drawBlock(painter, box, *event, input.priorities.value(event->id, Priority::None), input.zone);
                }
            }
        }
    }
}
} // namespace DayPrint

#include "AgendaPrint.h"

#include "Agenda.h"
#include "PrintPage.h"
#include "core/TimeRules.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace
{
constexpr QRgb kWarning = qRgb(0xb0, 0x2a, 0x1e);

QString timeRange(const AgendaItem &item, const QTimeZone &zone)
{
    return item.start.toTimeZone(zone).toString(u"HH:mm"_s) + u"–"_s + item.end.toTimeZone(zone).toString(u"HH:mm"_s);
}

QString duration(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("AgendaPrint", "%1 min").arg(minutes);
    return minutes % 60 == 0 ? QCoreApplication::translate("AgendaPrint", "%1 h").arg(minutes / 60)
                             : QCoreApplication::translate("AgendaPrint", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

/** A line under an item's title: "label: text", in red when it warns of a clash. */
struct DetailLine
{
    QString text;
    bool warning = false;
};

QList<DetailLine> detailLines(const AgendaItem &item, const Agenda &agenda, const QTimeZone &zone)
{
    QList<DetailLine> lines;
    if (!item.location.isEmpty()) {
        lines.append(
            {item.roomChange()
                 ? QCoreApplication::translate("AgendaPrint", "Where: %1 (room change from %2)").arg(item.location, item.previousLocation)
                 : QCoreApplication::translate("AgendaPrint", "Where: %1").arg(item.location)});
    }
    if (!item.who.isEmpty())
        lines.append({QCoreApplication::translate("AgendaPrint", "Who: %1").arg(item.who)});
    if (!item.speakers.isEmpty())
        lines.append({(item.speakers.size() == 1 ? QCoreApplication::translate("AgendaPrint", "Speaker: %1")
                                                 : QCoreApplication::translate("AgendaPrint", "Speakers: %1"))
                          .arg(item.speakers.join(u", "_s))});
    if (!item.conflicts.isEmpty()) {
        QStringList others;
        for (const QString &id : item.conflicts) {
            if (const AgendaItem *other = agenda.item(id))
                others.append(other->title + u" ("_s + timeRange(*other, zone) + u')');
        }
        lines.append({QCoreApplication::translate("AgendaPrint", "Clashes with: %1").arg(others.join(u"; "_s)), true});
    }
    if (!item.note.isEmpty())
        lines.append({QCoreApplication::translate("AgendaPrint", "Note: %1").arg(item.note.trimmed())});
    return lines;
}

QString flagsOf(const AgendaItem &item)
{
    QStringList flags;
    if (item.kind == AgendaItem::Kind::Trip)
        flags.append(QCoreApplication::translate("AgendaPrint", "trip"));
    if (item.priority == Priority::MustSee)
        flags.append(QCoreApplication::translate("AgendaPrint", "must see"));
    else if (item.priority == Priority::Maybe)
        flags.append(QCoreApplication::translate("AgendaPrint", "maybe"));
    if (item.rating > 0)
        flags.append(QCoreApplication::translate("AgendaPrint", "rated %1 of 5").arg(item.rating));
    if (item.isWatched())
        flags.append(QCoreApplication::translate("AgendaPrint", "watched"));
    if (item.cancelled)
        flags.append(QCoreApplication::translate("AgendaPrint", "cancelled: no longer in the programme"));
    return flags.join(u", "_s);
}
} // namespace

namespace AgendaPrint
{
void draw(const Agenda &agenda, PrintPage &page)
{
    QPainter &painter = page.painter();
    const QFont dayFont = PrintPage::font(14, true);
    const QFont timeFont = PrintPage::font(10, true);
    const QFont titleFont = PrintPage::font(10.5, true);
    const QFont textFont = PrintPage::font(9);
    const QFont smallFont = PrintPage::font(8);
    constexpr qreal timeWidth = 86;
    const QLocale locale;
    qreal y = page.body().top();
    const auto ensureRoom = [&](qreal height) {
        if (y + height > page.body().bottom() && y > page.body().top()) {
            page.nextPage();
            y = page.body().top();
        }
    };
    const auto text = [&](const QString &content, const QFont &font, qreal left, qreal width, QColor colour = Qt::black) {
        painter.setFont(font);
        painter.setPen(colour);
        const QRectF box(left, y, width, page.heightOf(content, font, width));
        painter.drawText(box, Qt::TextWordWrap, content);
        return box.height();
    };

    if (agenda.isEmpty()) {
        text(QCoreApplication::translate("AgendaPrint", "Nothing bookmarked yet."), textFont, page.body().left(), page.body().width());
        return;
    }
    for (const AgendaDay &day : agenda.days()) {
        const Conference *conference = agenda.conference(day.conferenceId);
        const QTimeZone zone = conference && conference->timeZone().isValid() ? conference->timeZone() : QTimeZone::utc();
        QString heading = locale.toString(day.date, QLocale::LongFormat);
        if (agenda.conferences().size() > 1 && conference)
            heading = conference->title + u" – "_s + heading;
        const int offset = day.items.constFirst().start.toTimeZone(zone).offsetFromUtc();
        const QString zoneLine =
            QCoreApplication::translate("AgendaPrint", "Times in %1 (UTC%2)")
                .arg(conference && !conference->timeZoneId.isEmpty() ? conference->timeZoneId : u"UTC"_s, TimeRules::offsetString(offset));
        // A day heading never sits alone at the foot of a page.
        ensureRoom(page.heightOf(heading, dayFont, page.body().width()) + 60);
        y += 6;
        y += text(heading, dayFont, page.body().left(), page.body().width());
        y += text(zoneLine, smallFont, page.body().left(), page.body().width(), Qt::darkGray) + 6;

        for (const AgendaItem &item : day.items) {
            const qreal left = page.body().left() + timeWidth;
            const qreal width = page.body().width() - timeWidth;
            const QString flags = flagsOf(item);
            const QList<DetailLine> lines = detailLines(item, agenda, zone);
            qreal height = page.heightOf(item.title, titleFont, width) + page.heightOf(flags, smallFont, width);
            for (const DetailLine &line : lines)
                height += page.heightOf(line.text, textFont, width);
            const QString gap = item.gapBeforeSeconds > 0
                ? QCoreApplication::translate("AgendaPrint", "%1 free").arg(duration(item.gapBeforeSeconds))
                : QString();
            ensureRoom(height + (gap.isEmpty() ? 0 : 14) + 8);
            if (!gap.isEmpty()) {
                painter.setFont(smallFont);
                painter.setPen(Qt::darkGray);
                painter.drawText(QRectF(left, y, width, 12), Qt::AlignLeft | Qt::TextSingleLine, gap);
                y += 14;
            }
            const qreal top = y;
            painter.setFont(timeFont);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(page.body().left(), y, timeWidth - 6, 14), Qt::AlignLeft | Qt::TextSingleLine, timeRange(item, zone));
            QFont title = titleFont;
            title.setStrikeOut(item.cancelled);
            y += text(item.title, title, left, width);
            if (!flags.isEmpty())
                y += text(flags, smallFont, left, width, Qt::darkGray);
            for (const DetailLine &line : lines)
                y += text(line.text, textFont, left, width, line.warning ? QColor(kWarning) : QColor(Qt::black));
            // A rule at the left of items that clash, as the timetable marks them.
            if (!item.conflicts.isEmpty()) {
                painter.setPen(QPen(QColor(kWarning), 2));
                painter.drawLine(QPointF(left - 5, top + 1), QPointF(left - 5, y - 1));
            }
            y += 8;
        }
    }
}
} // namespace AgendaPrint

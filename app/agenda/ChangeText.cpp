#include "ChangeText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace
{
/** The strings are marked with QT_TRANSLATE_NOOP so that lupdate finds them in this context. */
QString translated(const char *text)
{
    return QCoreApplication::translate("ChangeText", text);
}

QString quoted(const QString &text)
{
    return u"“"_s + text + u"”"_s;
}

std::pair<QDateTime, QDateTime> parseInterval(const QString &isoInterval)
{
    const qsizetype slash = isoInterval.indexOf(u'/');
    if (slash < 0)
        return {};
    return {QDateTime::fromString(isoInterval.left(slash), Qt::ISODate), QDateTime::fromString(isoInterval.mid(slash + 1), Qt::ISODate)};
}
} // namespace

namespace ChangeText
{

QString interval(const QString &isoInterval, const QTimeZone &zone)
{
    const auto [start, end] = parseInterval(isoInterval);
    if (!start.isValid() || !end.isValid())
        return isoInterval;
    const QTimeZone shown = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime localStart = start.toTimeZone(shown);
    const QDateTime localEnd = end.toTimeZone(shown);
    // Day and month names in English like the rest of the programme's data; digits stay digits.
    const QLocale locale(QLocale::English);
    QString text = locale.toString(localStart, u"ddd d MMM HH:mm"_s) + u"–"_s;
    text += localEnd.date() == localStart.date() ? localEnd.toString(u"HH:mm"_s) : locale.toString(localEnd, u"ddd d MMM HH:mm"_s);
    return text;
}

QString describe(const EventChange &change, const QTimeZone &zone, bool bookmarked)
{
    const QString title = quoted(change.title);
    switch (change.kind) {
    case EventChange::Kind::Added:
        return translated(QT_TRANSLATE_NOOP("ChangeText", "New: %1, %2.")).arg(title, interval(change.after, zone));
    case EventChange::Kind::Cancelled:
        return (bookmarked ? translated(QT_TRANSLATE_NOOP("ChangeText", "Your talk %1 was cancelled."))
                           : translated(QT_TRANSLATE_NOOP("ChangeText", "%1 was cancelled.")))
            .arg(title);
    case EventChange::Kind::Moved:
        if (change.before.isEmpty())
            return (bookmarked ? translated(QT_TRANSLATE_NOOP("ChangeText", "Your talk %1 now takes place in %2."))
                               : translated(QT_TRANSLATE_NOOP("ChangeText", "%1 now takes place in %2.")))
                .arg(title, change.after);
        if (change.after.isEmpty())
            return (bookmarked ? translated(QT_TRANSLATE_NOOP("ChangeText", "Your talk %1 no longer has a room (was %2)."))
                               : translated(QT_TRANSLATE_NOOP("ChangeText", "%1 no longer has a room (was %2).")))
                .arg(title, change.before);
        return (bookmarked ? translated(QT_TRANSLATE_NOOP("ChangeText", "Your talk %1 moved from %2 to %3."))
                           : translated(QT_TRANSLATE_NOOP("ChangeText", "%1 moved from %2 to %3.")))
            .arg(title, change.before, change.after);
    case EventChange::Kind::Retimed: {
        // "(was 13:00–13:30)" when only the time of day changed; the date too when that moved.
        const QTimeZone shown = zone.isValid() ? zone : QTimeZone::utc();
        const QDateTime before = parseInterval(change.before).first.toTimeZone(shown);
        const QDateTime after = parseInterval(change.after).first.toTimeZone(shown);
        QString was = interval(change.before, zone);
        if (before.isValid() && after.isValid() && before.date() == after.date()) {
            const QDateTime beforeEnd = parseInterval(change.before).second.toTimeZone(shown);
            was = before.toString(u"HH:mm"_s) + u"–"_s + beforeEnd.toString(u"HH:mm"_s);
        }
        return (bookmarked ? translated(QT_TRANSLATE_NOOP("ChangeText", "Your talk %1 now runs %2 (was %3)."))
                           : translated(QT_TRANSLATE_NOOP("ChangeText", "%1 now runs %2 (was %3).")))
            .arg(title, interval(change.after, zone), was);
    }
    case EventChange::Kind::Renamed:
        return (bookmarked ? translated(QT_TRANSLATE_NOOP("ChangeText", "Your talk %1 is now called %2."))
                           : translated(QT_TRANSLATE_NOOP("ChangeText", "%1 is now called %2.")))
            .arg(quoted(change.before), quoted(change.after));
    case EventChange::Kind::Speakers:
        if (change.after.isEmpty())
            return (bookmarked ? translated(QT_TRANSLATE_NOOP("ChangeText", "Your talk %1 no longer lists speakers (was %2)."))
                               : translated(QT_TRANSLATE_NOOP("ChangeText", "%1 no longer lists speakers (was %2).")))
                .arg(title, change.before);
        return (bookmarked ? translated(QT_TRANSLATE_NOOP("ChangeText", "Your talk %1 is now given by %2 (was %3)."))
                           : translated(QT_TRANSLATE_NOOP("ChangeText", "%1 is now given by %2 (was %3).")))
            .arg(title, change.after,
                 change.before.isEmpty() ? translated(QT_TRANSLATE_NOOP("ChangeText", "nobody named")) : change.before);
    }
    return {};
}

} // namespace ChangeText

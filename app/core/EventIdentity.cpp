#include "EventIdentity.h"

#include "Schedule.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace EventIdentity
{

QString slugify(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString slug;
    slug.reserve(decomposed.size());
    bool pendingDash = false;
    for (const QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            if (pendingDash && !slug.isEmpty())
                slug.append(u'-');
            pendingDash = false;
            slug.append(c.toLower());
        } else if (c.category() != QChar::Mark_NonSpacing) {
            pendingDash = true;
        }
    }
    return slug;
}

QString conferenceIdFor(const Conference &conference)
{
    QString id = slugify(conference.acronym);
    if (id.isEmpty())
        id = slugify(conference.title);
    if (id.isEmpty())
        id = u"conference"_s;
    return id;
}

QString keyFor(const Event &event)
{
    if (!event.guid.trimmed().isEmpty())
        return u"guid:"_s + event.guid.trimmed().toLower();
    if (!event.feedId.trimmed().isEmpty())
        return u"id:"_s + event.feedId.trimmed();
    if (!event.slug.trimmed().isEmpty())
        return u"slug:"_s + event.slug.trimmed();
    return u"title:"_s + event.title.trimmed() + u'@' + event.start.toUTC().toString(Qt::ISODate);
}

QString idFor(const QString &conferenceId, const QString &key)
{
    const QByteArray digest = QCryptographicHash::hash((conferenceId + u'\n' + key).toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(digest.left(8).toHex());
}

void assign(Schedule &schedule)
{
    if (schedule.conference.id.isEmpty())
        schedule.conference.id = conferenceIdFor(schedule.conference);
    const QString &conferenceId = schedule.conference.id;

    // Number repeated keys in start order (then room, then title) so the numbering does not
    // depend on where in the file a slot happens to be written.
    QList<qsizetype> order(schedule.events.size());
    std::iota(order.begin(), order.end(), 0);
    const auto &events = schedule.events;
    std::stable_sort(order.begin(), order.end(), [&events](qsizetype a, qsizetype b) {
        const Event &x = events[a];
        const Event &y = events[b];
        if (x.start != y.start)
            return x.start < y.start;
        if (x.room != y.room)
            return x.room < y.room;
        return x.title < y.title;
    });

    QHash<QString, int> seen;
    seen.reserve(schedule.events.size());
    for (const qsizetype index : order) {
        Event &event = schedule.events[index];
        event.conferenceId = conferenceId;
        QString key = keyFor(event);
        const int occurrence = ++seen[key];
        if (occurrence > 1)
            key += u'#' + QString::number(occurrence);
        event.id = idFor(conferenceId, key);
    }
}

} // namespace EventIdentity

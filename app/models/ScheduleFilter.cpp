#include "ScheduleFilter.h"

#include "core/Event.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace
{
const QString kKeys[3] = {u"hiddenTracks"_s, u"hiddenRooms"_s, u"hiddenTypes"_s};

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}
} // namespace

ScheduleFilter::ScheduleFilter(QObject *parent)
    : QObject(parent)
{
}

void ScheduleFilter::setConferenceId(const QString &conferenceId)
{
    m_conferenceId = conferenceId;
    QSettings settings;
    settings.beginGroup(u"filters/"_s + conferenceId);
    for (int kind = Track; kind <= Type; ++kind) {
        const QStringList values = settings.value(kKeys[kind]).toStringList();
        m_hidden[kind] = QSet<QString>(values.cbegin(), values.cend());
    }
    m_onlyNotRecorded = settings.value(u"onlyNotRecorded"_s, false).toBool();
    Q_EMIT changed();
}

void ScheduleFilter::setOptions(Kind kind, const QStringList &values)
{
    if (m_options[kind] == values)
        return;
    m_options[kind] = values;
    Q_EMIT optionsChanged();
}

QSet<QString> &ScheduleFilter::setFor(Kind kind)
{
    return m_hidden[kind];
}

const QSet<QString> &ScheduleFilter::setFor(Kind kind) const
{
    return m_hidden[kind];
}

QStringList ScheduleFilter::hiddenTracks() const
{
    return sorted(m_hidden[Track]);
}

QStringList ScheduleFilter::hiddenRooms() const
{
    return sorted(m_hidden[Room]);
}

QStringList ScheduleFilter::hiddenTypes() const
{
    return sorted(m_hidden[Type]);
}

bool ScheduleFilter::isActive() const
{
    return m_onlyNotRecorded
        || std::any_of(std::begin(m_hidden), std::end(m_hidden), [](const QSet<QString> &set) { return !set.isEmpty(); });
}

void ScheduleFilter::setOnlyNotRecorded(bool only)
{
    if (m_onlyNotRecorded == only)
        return;
    m_onlyNotRecorded = only;
    save();
    Q_EMIT changed();
}

bool ScheduleFilter::isShown(Kind kind, const QString &value) const
{
    return !setFor(kind).contains(value);
}

void ScheduleFilter::setShown(Kind kind, const QString &value, bool shown)
{
    QSet<QString> &set = setFor(kind);
    if (shown == !set.contains(value))
        return;
    if (shown)
        set.remove(value);
    else
        set.insert(value);
    save();
    Q_EMIT changed();
}

void ScheduleFilter::showOnly(Kind kind, const QString &value)
{
    QSet<QString> hidden(m_options[kind].cbegin(), m_options[kind].cend());
    hidden.remove(value);
    // Values hidden before that are no option now (a track gone in an update) stay hidden.
    for (const QString &old : std::as_const(m_hidden[kind])) {
        if (old != value)
            hidden.insert(old);
    }
    if (hidden == m_hidden[kind])
        return;
    m_hidden[kind] = hidden;
    save();
    Q_EMIT changed();
}

void ScheduleFilter::setAllShown(Kind kind, bool shown)
{
    QSet<QString> hidden;
    if (!shown)
        hidden = QSet<QString>(m_options[kind].cbegin(), m_options[kind].cend()) | m_hidden[kind];
    if (hidden == m_hidden[kind])
        return;
    m_hidden[kind] = hidden;
    save();
    Q_EMIT changed();
}

void ScheduleFilter::clear()
{
    if (!isActive())
        return;
    for (QSet<QString> &set : m_hidden)
        set.clear();
    m_onlyNotRecorded = false;
    save();
    Q_EMIT changed();
}

bool ScheduleFilter::accepts(const Event &event) const
{
    return !m_hidden[Track].contains(event.track) && !m_hidden[Room].contains(event.room) && !m_hidden[Type].contains(event.type)
        && (!m_onlyNotRecorded || event.recorded == false);
}

void ScheduleFilter::save() const
{
    if (m_conferenceId.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(u"filters/"_s + m_conferenceId);
    for (int kind = Track; kind <= Type; ++kind) {
        if (m_hidden[kind].isEmpty())
            settings.remove(kKeys[kind]);
        else
            settings.setValue(kKeys[kind], sorted(m_hidden[kind]));
    }
    if (m_onlyNotRecorded)
        settings.setValue(u"onlyNotRecorded"_s, true);
    else
        settings.remove(u"onlyNotRecorded"_s);
}

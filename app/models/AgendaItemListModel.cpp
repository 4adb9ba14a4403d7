#include "AgendaItemListModel.h"

#include "AppController.h"
#include "ListDiff.h"
#include "TimeFormat.h"
#include "TripController.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

AgendaItemListModel::AgendaItemListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void AgendaItemListModel::startWithServices()
{
    m_app = appController();
    m_trips = tripController();
    if (m_app) {
        connect(m_app, &AppController::friendsChanged, this, [this] {
            if (!m_items.isEmpty())
                Q_EMIT dataChanged(index(0), index(int(m_items.size()) - 1), {FriendsRole});
        });
    }
}

void AgendaItemListModel::refresh()
{
    QList<Conference> conferences;
    QList<AgendaItem> items = buildItems(conferences);
    setItems(std::move(items), conferences);
}

void AgendaItemListModel::setItems(QList<AgendaItem> items, const QList<Conference> &conferences)
{
    m_conferences.clear();
    for (const Conference &conference : conferences)
        m_conferences.insert(conference.id, conference);

    const int countBefore = int(m_items.size());
    const int conflictsBefore = conflictCount();
    ListDiff::apply(
        m_items, std::move(items), [](const AgendaItem &item) { return item.id; }, LANYARD_LIST_DIFF_CALLBACKS(this));
    if (countBefore != m_items.size() || conflictsBefore != conflictCount())
        Q_EMIT countChanged();
}

int AgendaItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaItemListModel::conflictCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const AgendaItem &item) { return !item.conflicts.isEmpty(); }));
}

QVariant AgendaItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaItem &item = m_items[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return item.title;
    case IdRole:
        return item.id;
    case KindRole:
        return AgendaItem::kindName(item.kind);
    case ConferenceIdRole:
        return item.conferenceId;
    case ConferenceTitleRole:
        return m_conferences.value(item.conferenceId).title;
    case SubtitleRole:
        return item.subtitle;
    case StartRole:
        return item.start;
    case EndRole:
        return item.end;
    case DayRole:
        return item.day.toString(Qt::ISODate);
    case SectionRole:
        return QString(item.conferenceId + u'|' + item.day.toString(Qt::ISODate));
    case TimeZoneRole:
        return m_conferences.value(item.conferenceId).timeZoneId;
    case RoomRole:
        return item.location;
    case TrackRole:
        return item.track;
    case TrackColorRole:
        return m_app && item.conferenceId == m_app->conferenceId() ? m_app->trackColor(item.track) : u"#8a8f98"_s;
    case SpeakersRole:
        return item.speakers.join(u", "_s);
    case PriorityRole:
        return int(item.priority);
    case NoteRole:
        return item.note;
    case RatingRole:
        return item.rating;
    case WatchedRole:
        return item.isWatched();
    case HasVideoRole:
        return !item.videos.isEmpty();
    case VideoUrlRole:
        return item.videos.value(0);
    case UrlRole:
        return item.url;
    case CancelledRole:
        return item.cancelled;
    case ConflictsRole:
        return item.conflicts;
    case ConflictTitlesRole: {
        QStringList titles;
        for (const QString &id : item.conflicts) {
            const int row = indexOf(id);
            titles.append(row >= 0 ? m_items[row].title : m_otherTitles.value(id, id));
        }
        return titles;
    }
    case ConflictingRole:
        return !item.conflicts.isEmpty();
    case GapMinutesRole:
        return int(item.gapBeforeSeconds / 60);
    case PreviousRoomRole:
        return item.previousLocation;
    case FirstOfDayRole:
        return item.firstOfDay;
    case WhoRole:
        return item.who;
    case PlaceIdRole:
        return item.placeId;
    case HasGeoRole:
        return item.geo.has_value();
    case DistanceRole: {
        return m_trips ? m_trips->distanceFromVenue(item.conferenceId, item.placeId) : -1.0;
    }
    case FriendsRole:
        return item.kind == AgendaItem::Kind::Trip || !m_app ? QStringList() : m_app->friendsState().friendsOf(item.id);
    case BookmarkedRole:
        // The agenda's events are its bookmarks.
        return item.kind == AgendaItem::Kind::Event;
    default:
        return EventRoles::fallback(role);
    }
}

QHash<int, QByteArray> AgendaItemListModel::roleNames() const
{
    QHash<int, QByteArray> names = EventRoles::names();
    names.insert({
        {NoteRole, "note"},
        {RatingRole, "rating"},
        {WatchedRole, "watched"},
        {VideoUrlRole, "videoUrl"},
        {UrlRole, "url"},
        {ConflictsRole, "conflicts"},
        {GapMinutesRole, "gapMinutes"},
        {PreviousRoomRole, "previousRoom"},
        {FirstOfDayRole, "firstOfDay"},
        {PlaceIdRole, "placeId"},
        {HasGeoRole, "hasGeo"},
        {DistanceRole, "distanceKm"},
    });
    return names;
}

int AgendaItemListModel::indexOf(const QString &itemId) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items[row].id == itemId)
            return int(row);
    }
    return -1;
}

QString AgendaItemListModel::idAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items[row].id : QString();
}

QString AgendaItemListModel::sectionLabel(const QString &section) const
{
    const qsizetype bar = section.indexOf(u'|');
    const QString conferenceId = section.left(bar);
    const QDate date = QDate::fromString(section.mid(bar + 1), Qt::ISODate);
    QString label = QLocale().toString(date, TimeFormat::longDatePattern());
    if (m_conferences.size() > 1 || (m_app && conferenceId != m_app->conferenceId())) {
        const QString title = m_conferences.value(conferenceId).title;
        if (!title.isEmpty())
            label += u" · "_s + title;
    }
    return label;
}

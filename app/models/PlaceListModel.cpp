#include "PlaceListModel.h"

#include "AppController.h"
#include "ListDiff.h"
#include "TripController.h"
#include "store/PlaceStore.h"

#include <QVariantMap>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

QString shortPlaceName(const QString &name)
{
    const qsizetype bracket = name.indexOf(u" ("_s);
    return bracket > 0 ? name.left(bracket) : name;
}

PlaceListModel::PlaceListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

PlaceListModel::PlaceListModel(AppController *app, TripController *trips, QObject *parent)
    : PlaceListModel(parent)
{
    setAppController(app);
    setTripController(trips);
    startWithServices();
}

void PlaceListModel::startWithServices()
{
    m_trips = tripController();
    m_app = appController();
    if (m_trips) {
        connect(m_trips, &TripController::dataChanged, this, &PlaceListModel::refresh);
        connect(m_trips, &TripController::speedChanged, this, &PlaceListModel::refresh);
    }
    if (m_app)
        connect(m_app, &AppController::conferenceChanged, this, &PlaceListModel::refresh);
    refresh();
}

void PlaceListModel::refresh()
{
    const TripController *trips = m_trips;
    const AppController *app = m_app;
    QList<Row> rows;
    if (trips && trips->placeStore() && app && !app->conferenceId().isEmpty()) {
        const PlaceStore &store = *trips->placeStore();
        const auto venue = store.venue(app->conferenceId());
        for (const Place &place : store.places(app->conferenceId())) {
            Row row;
            row.place = place;
            if (const auto km = store.distanceFromVenueKm(place)) {
                row.distanceKm = *km;
                row.travelMinutes = Geo::travelMinutes(*km, trips->speedKmh());
            }
            if (venue && venue->location && place.location) {
                row.offsetKm = Geo::projectKm(*venue->location, *place.location);
                row.placed = true;
            }
            rows.append(row);
        }
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            if (a.place.isVenue != b.place.isVenue)
                return a.place.isVenue;
            if ((a.distanceKm >= 0) != (b.distanceKm >= 0))
                return a.distanceKm >= 0;
            if (a.distanceKm != b.distanceKm)
                return a.distanceKm < b.distanceKm;
            return QString::compare(a.place.name, b.place.name, Qt::CaseInsensitive) < 0;
        });
    }
    const int before = int(m_rows.size());
    const int locatedBefore = locatedCount();
    const double farthestBefore = farthestKm();
    const QList<Row> old = m_rows;
    ListDiff::apply(
        m_rows, std::move(rows), [](const Row &row) { return row.place.id; }, LANYARD_LIST_DIFF_CALLBACKS(this));
    if (before != m_rows.size() || locatedBefore != locatedCount() || farthestBefore != farthestKm())
        Q_EMIT countChanged();
    if (!(old == m_rows))
        Q_EMIT rowsUpdated();
}

int PlaceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlaceListModel::locatedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.place.hasLocation(); }));
}

double PlaceListModel::farthestKm() const
{
    double farthest = 0;
    for (const Row &row : m_rows)
        farthest = std::max(farthest, row.distanceKm);
    return farthest;
}

QVariant PlaceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const Place &place = row.place;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return place.name;
    case IdRole:
        return place.id;
    case ShortNameRole:
        return shortPlaceName(place.name);
    case CategoryRole:
        return place.category;
    case LocalityRole:
        return place.locality;
    case HasLocationRole:
        return place.hasLocation();
    case LatitudeRole:
        return place.location ? QVariant(place.location->latitude) : QVariant();
    case LongitudeRole:
        return place.location ? QVariant(place.location->longitude) : QVariant();
    case ElevationRole:
        return place.elevationMetres ? *place.elevationMetres : -1.0;
    case PrecisionRole:
        return place.precision;
    case DistanceRole:
        return row.distanceKm;
    case TravelMinutesRole:
        return row.travelMinutes;
    case IsVenueRole:
        return place.isVenue;
    case UserMadeRole:
        return place.userMade;
    case NotesRole:
        return place.notes;
    case EastKmRole:
        return row.offsetKm.x();
    case NorthKmRole:
        return row.offsetKm.y();
    default:
        return {};
    }
}

QHash<int, QByteArray> PlaceListModel::roleNames() const
{
    return {
        {IdRole, "placeId"},          {NameRole, "name"},           {ShortNameRole, "shortName"},
        {CategoryRole, "category"},   {LocalityRole, "locality"},   {HasLocationRole, "hasLocation"},
        {LatitudeRole, "latitude"},   {LongitudeRole, "longitude"}, {ElevationRole, "elevation"},
        {PrecisionRole, "precision"}, {DistanceRole, "distanceKm"}, {TravelMinutesRole, "travelMinutes"},
        {IsVenueRole, "isVenue"},     {UserMadeRole, "userMade"},   {NotesRole, "notes"},
        {EastKmRole, "eastKm"},       {NorthKmRole, "northKm"},
    };
}

int PlaceListModel::indexOf(const QString &placeId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].place.id == placeId)
            return int(i);
    }
    return -1;
}

QString PlaceListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].place.id : QString();
}

QVariantList PlaceListModel::choices() const
{
    QVariantList result;
    for (const Row &row : m_rows) {
        QString label = shortPlaceName(row.place.name);
        if (row.place.isVenue)
            label += u" · "_s + tr("venue");
        else if (row.distanceKm >= 0)
            label += u" · "_s + tr("%1 km").arg(row.distanceKm, 0, 'f', 1);
        else if (!row.place.hasLocation())
            label += u" · "_s + tr("no location");
        result.append(QVariantMap{{u"placeId"_s, row.place.id}, {u"label"_s, label}});
    }
    return result;
}

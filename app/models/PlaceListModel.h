#pragma once

#include "AppController.h"
#include "ModelDependencies.h"
#include "TripController.h"
#include "core/Place.h"

#include <QAbstractListModel>
#include <QPointF>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

/**
 * The places of the current conference: the venue first, then by distance from it, places
 * without a location last. What the Places page lists and the map draws; every row knows its
 * distance, its travel time at the chosen speed and where it lies east and north of the venue.
 * Kept in step row by row with the place store.
 */
class PlaceListModel : public QAbstractListModel, public ModelDependencies
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(AppController *appController READ appController WRITE setAppController REQUIRED)
    Q_PROPERTY(TripController *tripController READ tripController WRITE setTripController)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /** Places with a location (those the map can draw). */
    Q_PROPERTY(int locatedCount READ locatedCount NOTIFY countChanged)
    /** The farthest located place, km from the venue (0 when none). */
    Q_PROPERTY(double farthestKm READ farthestKm NOTIFY countChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        ShortNameRole,
        CategoryRole,
        LocalityRole,
        HasLocationRole,
        LatitudeRole,
        LongitudeRole,
        ElevationRole,
        PrecisionRole,
        DistanceRole,
        TravelMinutesRole,
        IsVenueRole,
        UserMadeRole,
        NotesRole,
        EastKmRole,
        NorthKmRole,
    };
    Q_ENUM(Role)

    /** One row as the map needs it. */
    struct Row
    {
        Place place;
        /** km from the venue; -1 when unknown. */
        double distanceKm = -1;
        int travelMinutes = -1;
        /** East and north of the venue in km (valid only with a location and a located venue). */
        QPointF offsetKm;
        bool placed = false;
        bool operator==(const Row &other) const = default;
    };

    /** For QML, which sets appController, tripController; it starts when QML has set every property. */
    explicit PlaceListModel(QObject *parent = nullptr);
    /** Starts at once on the services given. */
    explicit PlaceListModel(AppController *app, TripController *trips, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<Row> &rows() const { return m_rows; }
    int locatedCount() const;
    double farthestKm() const;
    Q_INVOKABLE int indexOf(const QString &placeId) const;
    Q_INVOKABLE QString idAt(int row) const;
    /** The places as a picker lists them: [{placeId, label}], the label with the distance ("Kingston · 8.7 km"). */
    Q_INVOKABLE QVariantList choices() const;

    /** Rebuilds from the store and applies the difference. */
    void refresh();

Q_SIGNALS:
    void countChanged();
    /** Any row changed, was added, removed or moved (the map repaints). */
    void rowsUpdated();

private:
    void startWithServices() override;
    // The services handed in, from startWithServices() on.
    QPointer<TripController> m_trips;
    QPointer<AppController> m_app;
    QList<Row> m_rows;
};

/** A short label for a place: its name without the part in parentheses ("Wrest Point"). */
QString shortPlaceName(const QString &name);

#pragma once

#include "core/Trip.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class Database;
class PlaceStore;

/**
 * The user's side trips. User data: kept apart from feed data (table `trips`), never touched by
 * an update, in the backup. Cached in memory; every change is written through at once and
 * announced for that one trip. An edit writes only the fields it changes, so what another process
 * changed in the same trip meanwhile stays; each trip keeps the time of its last change.
 */
class TripStore : public QObject
{
    Q_OBJECT
public:
    TripStore(Database &database, const PlaceStore &places, QObject *parent = nullptr);

    bool load(QString *errorMessage = nullptr);
    /**
     * Reads the trips again and announces each one that another process added, changed or
     * removed since (few rows: read whole, compared with the cache).
     */
    bool refreshFromDatabase(QString *errorMessage = nullptr);

    /** Trips of one conference (all when empty), in start order. */
    QList<Trip> trips(const QString &conferenceId = {}) const;
    std::optional<Trip> trip(const QString &tripId) const;
    /** A trip id as typed: the whole id or an unambiguous prefix (the "trip-" may be left out). */
    std::optional<QString> resolveId(const QString &typed, QString *errorMessage) const;

    /** Empty when the trip could be stored as it is, else what is wrong with it, in words. */
    QString validate(const Trip &trip) const;
    /** Adds a trip (a new id is made); its id, or nothing with a message. */
    std::optional<QString> add(Trip trip, QString *errorMessage = nullptr);
    bool update(const Trip &changed, QString *errorMessage = nullptr);
    bool remove(const QString &tripId, QString *errorMessage = nullptr);
    /**
     * Writes whole trips as given (restore from a backup), timestamps included, in one
     * transaction (a savepoint inside the caller's). Their places are not checked: a backup's
     * place may belong to a conference not (yet) here. Announced once, with reset().
     */
    bool putAll(const QList<Trip> &trips, QString *errorMessage = nullptr);

    void setNowProvider(std::function<QDateTime()> now) { m_now = std::move(now); }
    /** The clock for change times: real time, for merges across processes and devices. */
    void setChangeClock(std::function<QDateTime()> now) { m_changeClock = std::move(now); }

Q_SIGNALS:
    void tripAdded(const QString &conferenceId, const QString &tripId);
    void tripChanged(const QString &conferenceId, const QString &tripId);
    void tripRemoved(const QString &conferenceId, const QString &tripId);
    /** Many trips changed at once (load, restore). */
    void reset();

private:
    std::optional<QHash<QString, Trip>> readAll(QString *errorMessage) const;
    bool writeRow(const Trip &trip, QString *errorMessage);
    /** The checks every stored trip passes, the place's aside. */
    static QString validateShape(const Trip &trip);

    Database &m_database;
    const PlaceStore &m_places;
    QHash<QString, Trip> m_trips;
    std::function<QDateTime()> m_now;
    std::function<QDateTime()> m_changeClock;
};

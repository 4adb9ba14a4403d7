#pragma once

#include "core/Place.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class Database;

/**
 * The places of each conference: its catalogue (feed side, table `places`, replaced as a whole)
 * and the user's own places (user data, table `user_places`, in the backup). Cached in memory
 * like the user data; every change is written through at once and announced for that one place.
 */
class PlaceStore : public QObject
{
    Q_OBJECT
public:
    explicit PlaceStore(Database &database, QObject *parent = nullptr);

    /** Reads both tables into memory. */
    bool load(QString *errorMessage = nullptr);

    /** A conference's places: the venue first, then the catalogue, then the user's, each by name. */
    QList<Place> places(const QString &conferenceId) const;
    std::optional<Place> place(const QString &conferenceId, const QString &placeId) const;
    std::optional<Place> venue(const QString &conferenceId) const;
    /** The user's own places (of one conference, or all), by name. */
    QList<Place> userPlaces(const QString &conferenceId = {}) const;
    /** Great-circle distance from the conference's venue; nothing when either has no location. */
    std::optional<double> distanceFromVenueKm(const Place &place) const;

    /** Empty when the user place could be stored as it is, else what is wrong with it. */
    static QString validate(const Place &place);
    /** Adds a user place (a new id is made); its id, or nothing with a message. */
    std::optional<QString> add(Place place, QString *errorMessage = nullptr);
    /** Changes a user place (catalogue places are not the user's to change). */
    bool update(const Place &changed, QString *errorMessage = nullptr);
    /** Removes a user place that no trip goes to. */
    bool remove(const QString &placeId, QString *errorMessage = nullptr);
    /**
     * Writes whole user places as given (restore from a backup), timestamps included, in one
     * transaction (a savepoint inside the caller's). Announced once, with reset().
     */
    bool putAll(const QList<Place> &places, QString *errorMessage = nullptr);

    /** Replaces a conference's catalogue in the database (no cache: call load() afterwards). */
    static bool replaceCatalogue(const Database &database, const QString &conferenceId, const QList<Place> &places, QString *errorMessage);

    void setNowProvider(std::function<QDateTime()> now) { m_now = std::move(now); }

Q_SIGNALS:
    void placeAdded(const QString &conferenceId, const QString &placeId);
    void placeChanged(const QString &conferenceId, const QString &placeId);
    void placeRemoved(const QString &conferenceId, const QString &placeId);
    /** Many places changed at once (load, restore). */
    void reset();

private:
    bool writeUserPlace(const Place &place, QString *errorMessage);
    const Place *findUserPlace(const QString &placeId) const;

    Database &m_database;
    /** Catalogue places per conference. */
    QHash<QString, QList<Place>> m_catalogue;
    QHash<QString, Place> m_userPlaces;
    std::function<QDateTime()> m_now;
};

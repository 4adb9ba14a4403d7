#pragma once

#include <QDateTime>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "agenda/TripSources.h"

class AppController;
class PlaceStore;
class TripStore;

/**
 * Side trips and places as QML sees them (singleton `Trips`): add, change and remove trips and
 * the user's own places, travel times at the chosen speed, a suggested trip for a free slot, and
 * OpenStreetMap links. Made by the app's services with the stores and the App controller (whose
 * conference the trips belong to). Times come and go as "YYYY-MM-DD" and "HH:mm" in the conference's zone, since
 * JavaScript's Date knows only the machine's.
 */
class TripController : public QObject, public QmlSingleton<TripController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Trips)
    QML_SINGLETON
    /** Travel speed for travel times, km/h (driving 40, cycling 15, walking 5); kept across restarts. */
    Q_PROPERTY(double speedKmh READ speedKmh WRITE setSpeedKmh NOTIFY speedChanged)
    /** The current conference's venue: name, and whether it has a location to measure from. */
    Q_PROPERTY(QString venueName READ venueName NOTIFY venueChanged)
    Q_PROPERTY(bool available READ available CONSTANT)
public:
    // No default argument on purpose: Qt 6.4 would construct a default-constructible singleton itself.
    TripController(TripStore *trips, PlaceStore *places, AppController *app, QObject *parent);
    /** Without an App controller: no current conference, so no venue and no trips to add (places and the speed work). */
    TripController(TripStore *trips, PlaceStore *places, QObject *parent);
    ~TripController() override;
    /** For QML without stores (a QML test of other pages): the pages show that trips are unavailable. */
    static TripController *standIn();

    TripStore *tripStore() const { return m_trips; }
    PlaceStore *placeStore() const { return m_places; }
    TripSources sources() const { return {m_trips, m_places}; }
    bool available() const { return m_trips && m_places; }

    double speedKmh() const { return m_speedKmh; }
    void setSpeedKmh(double kmh);
    QString venueName() const;

    /** A trip for the editor: title, placeId, day, startTime, endTime, who, notes ({} when unknown). */
    Q_INVOKABLE QVariantMap trip(const QString &tripId) const;
    /**
     * Adds (empty `tripId`) or changes a trip of the current conference from the editor's fields
     * (title, placeId, day "YYYY-MM-DD", startTime and endTime "HH:mm" in the conference's zone,
     * who, notes). {ok, id, error}: nothing is stored when error is set.
     */
    Q_INVOKABLE QVariantMap saveTrip(const QString &tripId, const QVariantMap &fields);
    /** "" when removed, else why not. */
    Q_INVOKABLE QString removeTrip(const QString &tripId);
    Q_INVOKABLE bool isTrip(const QString &itemId) const;

    /** A place for the editor: name, category, coordinates ("lat, lon" or ""), notes, userMade. */
    Q_INVOKABLE QVariantMap place(const QString &placeId) const;
    /** Adds or changes one of the user's places (name, category, coordinates "lat, lon", notes). {ok, id, error}. */
    Q_INVOKABLE QVariantMap savePlace(const QString &placeId, const QVariantMap &fields);
    Q_INVOKABLE QString removePlace(const QString &placeId);

    /** The place's OpenStreetMap page, "" when it has no location. Open it with App.openLink. */
    Q_INVOKABLE QString openStreetMapUrl(const QString &placeId) const;
    /**
     * How far a place is: {known, distanceKm, minutes (one way at speedKmh), text: "8.2 km from the
     * venue, about 13 min each way at 40 km/h"}.
     */
    Q_INVOKABLE QVariantMap travel(const QString &placeId) const;
    /**
     * A trip for a free slot to a place: {fits, start, end (instants), startTime, endTime ("HH:mm"),
     * stayMinutes, travelMinutes, text}. Without a place (or a location) travel counts as zero.
     */
    Q_INVOKABLE QVariantMap suggestion(const QDateTime &slotStart, const QDateTime &slotEnd, const QString &placeId) const;
    /** Kilometres from the venue, or -1 when unknown. */
    double distanceFromVenue(const QString &conferenceId, const QString &placeId) const;

Q_SIGNALS:
    void speedChanged();
    void venueChanged();
    /** Trips or places changed (any of them): for views that show derived values. */
    void dataChanged();

private:
    QString conferenceId() const;

    TripStore *m_trips = nullptr;
    PlaceStore *m_places = nullptr;
    /** Whose current conference the trips and the venue are of. */
    AppController *m_app = nullptr;
    double m_speedKmh = 40;
};

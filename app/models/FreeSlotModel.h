#pragma once

#include "AppController.h"
#include "ModelDependencies.h"
#include "TripController.h"
#include "agenda/FreeSlots.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

/**
 * The free slots of one day of the current conference: the gaps of at least `minMinutes`
 * between the user's bookmarks and trips within the day's hours (the trip being edited left out,
 * so that its own time counts as free). What the trip editor offers as start and end times.
 * With `friends` set, only the times when those friends are free too: a group's free slots.
 */
class FreeSlotModel : public QAbstractListModel, public ModelDependencies
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(AppController *appController READ appController WRITE setAppController REQUIRED)
    Q_PROPERTY(TripController *tripController READ tripController WRITE setTripController)
    /** "YYYY-MM-DD", a conference day. */
    Q_PROPERTY(QString day READ day WRITE setDay NOTIFY dayChanged)
    Q_PROPERTY(int minMinutes READ minMinutes WRITE setMinMinutes NOTIFY minMinutesChanged)
    /** A trip whose own time counts as free (the one being edited). */
    Q_PROPERTY(QString ignoreTripId READ ignoreTripId WRITE setIgnoreTripId NOTIFY ignoreTripIdChanged)
    /** Friends (by name) who must be free too; unknown names are left out. */
    Q_PROPERTY(QStringList friends READ friends WRITE setFriends NOTIFY friendsChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { StartRole = Qt::UserRole + 1, EndRole, MinutesRole };
    Q_ENUM(Role)

    /** For QML, which sets appController, tripController; it starts when QML has set every property. */
    explicit FreeSlotModel(QObject *parent = nullptr);
    /** Starts at once on the services given. */
    explicit FreeSlotModel(AppController *app, TripController *trips, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString day() const { return m_day; }
    void setDay(const QString &day);
    int minMinutes() const { return m_minMinutes; }
    void setMinMinutes(int minutes);
    QString ignoreTripId() const { return m_ignoreTripId; }
    void setIgnoreTripId(const QString &tripId);
    QStringList friends() const { return m_friends; }
    void setFriends(const QStringList &names);

    const QList<FreeSlots::Slot> &slotList() const { return m_slots; }
    void refresh();

Q_SIGNALS:
    void dayChanged();
    void minMinutesChanged();
    void ignoreTripIdChanged();
    void friendsChanged();
    void countChanged();

private:
    void startWithServices() override;
    // The services handed in, from startWithServices() on.
    QPointer<AppController> m_app;
    QPointer<TripController> m_trips;
    QString m_day;
    int m_minMinutes = 30;
    QString m_ignoreTripId;
    QStringList m_friends;
    QList<FreeSlots::Slot> m_slots;
};

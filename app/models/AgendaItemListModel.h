#pragma once

#include "AppController.h"
#include "EventRoles.h"
#include "ModelDependencies.h"
#include "TripController.h"
#include "agenda/AgendaItem.h"
#include "core/Conference.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

/**
 * A list of agenda items (My agenda, Catch up) as QML sees it. Subclasses say which items belong;
 * this class keeps the rows in step incrementally: each rebuild is compared with the rows shown,
 * and only removed, inserted, moved or changed rows are announced, never a reset, so a bookmark
 * toggled anywhere inserts or removes just its row (and updates the rows whose conflicts changed).
 */
class AgendaItemListModel : public QAbstractListModel, public ModelDependencies
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(AppController *appController READ appController WRITE setAppController REQUIRED)
    Q_PROPERTY(TripController *tripController READ tripController WRITE setTripController)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /** Items that overlap another item. */
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY countChanged)
public:
    using enum EventRoles::Role;
    enum Role {
        NoteRole = EventRoles::FirstOwnRole,
        RatingRole,
        WatchedRole,
        VideoUrlRole,
        UrlRole,
        /** The ids of the items it overlaps (ConflictingRole: whether there are any). */
        ConflictsRole,
        GapMinutesRole,
        PreviousRoomRole,
        FirstOfDayRole,
        /** Trips: the place's id, whether it has a location, km from the venue (-1: unknown). */
        PlaceIdRole,
        HasGeoRole,
        DistanceRole,
    };
    Q_ENUM(Role)

    /** A subclass's constructor, given the services, calls startWithServices(); QML sets them as properties. */
    explicit AgendaItemListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int conflictCount() const;

    Q_INVOKABLE int indexOf(const QString &itemId) const;
    Q_INVOKABLE QString idAt(int row) const;
    /** The heading of a list section (the SectionRole value): "Saturday 6 July 2013", with the conference when several. */
    Q_INVOKABLE QString sectionLabel(const QString &section) const;

    const QList<AgendaItem> &items() const { return m_items; }

    /** Rebuilds the list from the stores and applies the difference. */
    void refresh();

Q_SIGNALS:
    void countChanged();

protected:
    void startWithServices() override;
    /** The items this list shows, in display order. */
    virtual QList<AgendaItem> buildItems(QList<Conference> &conferences) const = 0;
    /** Applies the new list to the rows shown, announcing only what changed. */
    void setItems(QList<AgendaItem> items, const QList<Conference> &conferences);

    // The services handed in, from startWithServices() on.
    AppController *m_app = nullptr;
    QPointer<TripController> m_trips;
    /** Titles of items a subclass leaves out of its rows but that rows conflict with (set in buildItems). */
    mutable QHash<QString, QString> m_otherTitles;

private:
    QList<AgendaItem> m_items;
    QHash<QString, Conference> m_conferences;
};

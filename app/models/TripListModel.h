#pragma once

#include "AgendaItemListModel.h"

/**
 * The side trips of the current conference in time order, each with its conflicts with the
 * bookmarked talks (and other trips): the Trips page's list. Kept in step row by row.
 */
class TripListModel : public AgendaItemListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    /** For QML, which sets appController, tripController; it starts when QML has set every property. */
    explicit TripListModel(QObject *parent = nullptr);
    /** Starts at once on the services given. */
    explicit TripListModel(AppController *app, TripController *trips, QObject *parent = nullptr);

protected:
    void startWithServices() override;
    QList<AgendaItem> buildItems(QList<Conference> &conferences) const override;
};

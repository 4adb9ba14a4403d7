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
    explicit TripListModel(QObject *parent = nullptr);

protected:
    QList<AgendaItem> buildItems(QList<Conference> &conferences) const override;
};

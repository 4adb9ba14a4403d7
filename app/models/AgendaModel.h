#pragma once

#include "AgendaItemListModel.h"

/**
 * My agenda: the bookmarked events and the side trips of the current conference, or of all
 * conferences, in time order per day, with conflicts, gaps and room changes; events cancelled by
 * an update stay, marked, until dismissed.
 */
class AgendaModel : public AgendaItemListModel
{
    Q_OBJECT
    QML_ELEMENT
    /** Every conference's bookmarks, not only the current conference's. */
    Q_PROPERTY(bool allConferences READ allConferences WRITE setAllConferences NOTIFY allConferencesChanged)
public:
    /** For QML, which sets appController, tripController; it starts when QML has set every property. */
    explicit AgendaModel(QObject *parent = nullptr);
    /** Starts at once on the services given. */
    explicit AgendaModel(AppController *app, TripController *trips, QObject *parent = nullptr);

    bool allConferences() const { return m_allConferences; }
    void setAllConferences(bool all);

Q_SIGNALS:
    void allConferencesChanged();

protected:
    void startWithServices() override;
    QList<AgendaItem> buildItems(QList<Conference> &conferences) const override;

private:
    bool m_allConferences = false;
};

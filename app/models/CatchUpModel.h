#pragma once

#include "AgendaItemListModel.h"

/**
 * Catch up: bookmarked talks that are over and have a recording not yet watched, oldest first,
 * of every conference (or the current one). A talk joins the list when it ends (the clock's
 * minute ticks) and leaves it when marked watched.
 */
class CatchUpModel : public AgendaItemListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool allConferences READ allConferences WRITE setAllConferences NOTIFY allConferencesChanged)
public:
    /** For QML, which sets appController, tripController; it starts when QML has set every property. */
    explicit CatchUpModel(QObject *parent = nullptr);
    /** Starts at once on the services given. */
    explicit CatchUpModel(AppController *app, TripController *trips, QObject *parent = nullptr);

    bool allConferences() const { return m_allConferences; }
    void setAllConferences(bool all);

    /** The rule: bookmarked, not cancelled, over at `now`, with a recording, not opted out of recording, not watched. */
    static bool belongs(const AgendaItem &item, const QDateTime &now);

Q_SIGNALS:
    void allConferencesChanged();

protected:
    void startWithServices() override;
    QList<AgendaItem> buildItems(QList<Conference> &conferences) const override;

private:
    bool m_allConferences = true;
};

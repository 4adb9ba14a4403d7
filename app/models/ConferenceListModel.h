#pragma once

#include "store/ScheduleStore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/** The conferences in the local cache, in date order, for the conference switcher. */
class ConferenceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ConferenceListModel is owned by App")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, TitleRole, AcronymRole, StartRole, EndRole, TimeZoneRole, EventCountRole, SourceRole };
    Q_ENUM(Role)

    explicit ConferenceListModel(ScheduleStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Re-reads the list and applies the difference row by row. */
    void reload();
    Q_INVOKABLE int indexOf(const QString &conferenceId) const;

Q_SIGNALS:
    void countChanged();

private:
    ScheduleStore &m_store;
    QList<ConferenceSummary> m_rows;
};

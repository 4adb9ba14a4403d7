#include "ConferenceListModel.h"

using namespace Qt::Literals::StringLiterals;

ConferenceListModel::ConferenceListModel(ScheduleStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    m_rows = m_store.conferences();
}

int ConferenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConferenceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConferenceSummary &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.conference.title;
    case IdRole:
        return row.conference.id;
    case AcronymRole:
        return row.conference.acronym;
    case StartRole:
        return row.conference.start.toString(Qt::ISODate);
    case EndRole:
        return row.conference.end.toString(Qt::ISODate);
    case TimeZoneRole:
        return row.conference.timeZoneId;
    case EventCountRole:
        return row.eventCount;
    case SourceRole:
        return row.source;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConferenceListModel::roleNames() const
{
    return {{IdRole, "conferenceId"}, {TitleRole, "title"},       {AcronymRole, "acronym"},
            {StartRole, "start"},     {EndRole, "end"},           {TimeZoneRole, "timeZone"},
            {EventCountRole, "eventCount"}, {SourceRole, "source"}};
}

int ConferenceListModel::indexOf(const QString &conferenceId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].conference.id == conferenceId)
            return int(i);
    }
    return -1;
}

void ConferenceListModel::reload()
{
    const QList<ConferenceSummary> fresh = m_store.conferences();
    const int before = int(m_rows.size());
    // Remove rows that are gone, from the bottom up.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const QString &id = m_rows[row].conference.id;
        const bool present = std::any_of(fresh.cbegin(), fresh.cend(),
                                         [&id](const ConferenceSummary &s) { return s.conference.id == id; });
        if (!present) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // Walk the new order: update rows in place, insert new ones where they belong.
    for (int row = 0; row < int(fresh.size()); ++row) {
        const ConferenceSummary &summary = fresh[row];
        const int existing = indexOf(summary.conference.id);
        if (existing == row) {
            m_rows[row] = summary;
            Q_EMIT dataChanged(index(row), index(row));
        } else if (existing > row) {
            beginMoveRows({}, existing, existing, {}, row);
            m_rows.move(existing, row);
            endMoveRows();
            m_rows[row] = summary;
            Q_EMIT dataChanged(index(row), index(row));
        } else {
            beginInsertRows({}, row, row);
            m_rows.insert(row, summary);
            endInsertRows();
        }
    }
    if (before != m_rows.size())
        Q_EMIT countChanged();
}

#include "ConferenceListModel.h"

#include "ListDiff.h"

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
    return {{IdRole, "conferenceId"}, {TitleRole, "title"},       {AcronymRole, "acronym"},       {StartRole, "start"},
            {EndRole, "end"},         {TimeZoneRole, "timeZone"}, {EventCountRole, "eventCount"}, {SourceRole, "source"}};
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
    const int before = int(m_rows.size());
    ListDiff::apply(
        m_rows, m_store.conferences(), [](const ConferenceSummary &row) { return row.conference.id; }, LANYARD_LIST_DIFF_CALLBACKS(this),
        ListDiff::Reset::Never,
        [](const ConferenceSummary &a, const ConferenceSummary &b) {
            return a.conference == b.conference && a.eventCount == b.eventCount && a.importedAt == b.importedAt && a.source == b.source
                && a.format == b.format;
        });
    if (before != m_rows.size())
        Q_EMIT countChanged();
}

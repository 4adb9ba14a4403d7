#include "HiddenItemsModel.h"

#include "AppController.h"
#include "ListDiff.h"
#include "TimeFormat.h"
#include "store/ScheduleStore.h"

using namespace Qt::Literals::StringLiterals;

HiddenItemsModel::HiddenItemsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

HiddenItemsModel::HiddenItemsModel(AppController *app, QObject *parent)
    : HiddenItemsModel(parent)
{
    setAppController(app);
    startWithServices();
}

void HiddenItemsModel::startWithServices()
{
    m_app = appController();
    if (!m_app)
        return;
    connect(m_app, &AppController::conferenceChanged, this, &HiddenItemsModel::reload);
    connect(m_app, &AppController::hiddenItemsChanged, this, &HiddenItemsModel::reload);
    reload();
}

QString HiddenItemsModel::keyOf(const Row &row)
{
    return HiddenItems::kindName(row.kind) + u'/' + row.value;
}

void HiddenItemsModel::reload()
{
    QList<Row> next;
    const QString conferenceId = m_app ? m_app->conferenceId() : QString();
    if (m_app && !conferenceId.isEmpty()) {
        const ScheduleStore &store = m_app->scheduleStore();
        const QList<Event> events = store.events(conferenceId);
        // Counted in the programme's own order for tracks and rooms, by name for the others.
        QStringList order[HiddenItems::kKindCount];
        for (const Track &track : store.tracks(conferenceId))
            order[int(HiddenItems::Kind::Track)].append(track.name);
        order[int(HiddenItems::Kind::Room)] = store.rooms(conferenceId);
        QHash<QString, int> counts[HiddenItems::kKindCount];
        for (const Event &event : events) {
            ++counts[int(HiddenItems::Kind::Track)][event.track];
            ++counts[int(HiddenItems::Kind::Room)][event.room];
            ++counts[int(HiddenItems::Kind::Language)][event.language];
            ++counts[int(HiddenItems::Kind::Type)][event.type];
        }
        for (int kind = 0; kind < HiddenItems::kKindCount; ++kind) {
            QStringList values = order[kind];
            QStringList rest;
            for (auto it = counts[kind].cbegin(); it != counts[kind].cend(); ++it) {
                if (!values.contains(it.key()))
                    rest.append(it.key());
            }
            for (const QString &hidden : m_app->hiddenItems().values(conferenceId, HiddenItems::Kind(kind))) {
                if (!values.contains(hidden) && !rest.contains(hidden))
                    rest.append(hidden);
            }
            rest.sort(Qt::CaseInsensitive);
            values.append(rest);
            for (const QString &value : std::as_const(values))
                next.append(Row{HiddenItems::Kind(kind), value, counts[kind].value(value),
                                m_app->hiddenItems().isHidden(conferenceId, HiddenItems::Kind(kind), value)});
        }
    }

    const qsizetype countBefore = m_rows.size();
    ListDiff::apply(m_rows, std::move(next), &HiddenItemsModel::keyOf, LANYARD_LIST_DIFF_CALLBACKS(this));
    if (countBefore != m_rows.size())
        Q_EMIT countChanged();
    const int hidden = int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.hidden; }));
    if (hidden != m_hiddenCount) {
        m_hiddenCount = hidden;
        Q_EMIT hiddenCountChanged();
    }
}

void HiddenItemsModel::setHidden(int row, bool hidden)
{
    if (!m_app || row < 0 || row >= m_rows.size())
        return;
    m_app->setHidden(HiddenItems::kindName(m_rows[row].kind), m_rows[row].value, hidden);
}

int HiddenItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HiddenItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case KindRole:
        return HiddenItems::kindName(row.kind);
    case ValueRole:
        return row.value;
    case Qt::DisplayRole:
    case LabelRole:
        if (row.value.isEmpty()) {
            switch (row.kind) {
            case HiddenItems::Kind::Track:
                return tr("(no track)");
            case HiddenItems::Kind::Room:
                return tr("(no room)");
            case HiddenItems::Kind::Language:
                return tr("(no language given)");
            case HiddenItems::Kind::Type:
                return tr("(no type)");
            }
        }
        if (row.kind == HiddenItems::Kind::Language) {
            // "English (en)" for a language code, named as everywhere; the feed's text otherwise.
            const QString name = TimeFormat::languageName(row.value);
            if (name != row.value)
                return u"%1 (%2)"_s.arg(name, row.value);
        }
        if (row.kind == HiddenItems::Kind::Type)
            return TimeFormat::typeName(row.value);
        return row.value;
    case HiddenRole:
        return row.hidden;
    case EventCountRole:
        return row.eventCount;
    default:
        return {};
    }
}

QHash<int, QByteArray> HiddenItemsModel::roleNames() const
{
    return {
        {KindRole, "kind"}, {ValueRole, "value"}, {LabelRole, "label"}, {HiddenRole, "hidden"}, {EventCountRole, "eventCount"},
    };
}

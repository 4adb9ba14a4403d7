#include "TimetableWindow.h"

#include <QTimer>

TimetableWindow::TimetableWindow(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
}

void TimetableWindow::setDayModel(DayModel *model)
{
    if (m_dayModel == model)
        return;
    if (m_dayModel)
        disconnect(m_dayModel, nullptr, this, nullptr);
    m_dayModel = model;
    setSourceModel(model);
    // The day updates rows in place (a retimed talk, a room hidden renumbering the columns): a row
    // whose place changed may enter or leave the window although no row was added or removed.
    if (m_dayModel)
        connect(m_dayModel, &QAbstractItemModel::dataChanged, this, &TimetableWindow::refilterLater);
    Q_EMIT dayModelChanged();
}

void TimetableWindow::setFromMinute(int minute)
{
    if (m_fromMinute == minute)
        return;
    m_fromMinute = minute;
    scheduleRefilter();
}

void TimetableWindow::setToMinute(int minute)
{
    if (m_toMinute == minute)
        return;
    m_toMinute = minute;
    scheduleRefilter();
}

void TimetableWindow::setFirstColumn(int column)
{
    if (m_firstColumn == column)
        return;
    m_firstColumn = column;
    scheduleRefilter();
}

void TimetableWindow::setLastColumn(int column)
{
    if (m_lastColumn == column)
        return;
    m_lastColumn = column;
    scheduleRefilter();
}

void TimetableWindow::scheduleRefilter()
{
    Q_EMIT windowChanged();
    refilterLater();
}

void TimetableWindow::refilterLater()
{
    if (m_refilterPending)
        return;
    m_refilterPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refilterPending = false;
        invalidateFilter();
        Q_EMIT refiltered();
    });
}

bool TimetableWindow::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_dayModel)
        return false;
    const DayModel::Placement placement = m_dayModel->placementAt(sourceRow);
    Q_UNUSED(sourceParent)
    return placement.column >= m_firstColumn && placement.column <= m_lastColumn && placement.startOffset + placement.extent >= m_fromMinute
        && placement.startOffset <= m_toMinute;
}

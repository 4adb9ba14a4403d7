#pragma once

#include "DayModel.h"

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

/**
 * The events of a DayModel that lie in a window of the timetable (a span of minutes and of
 * columns): what the timetable creates items for. A day of a thousand events then costs only
 * the blocks near the viewport, and scrolling adds and removes rows at the edges (incrementally,
 * never a reset) as the window moves.
 */
class TimetableWindow : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(DayModel *dayModel READ dayModel WRITE setDayModel NOTIFY dayModelChanged)
    Q_PROPERTY(int fromMinute READ fromMinute WRITE setFromMinute NOTIFY windowChanged)
    Q_PROPERTY(int toMinute READ toMinute WRITE setToMinute NOTIFY windowChanged)
    Q_PROPERTY(int firstColumn READ firstColumn WRITE setFirstColumn NOTIFY windowChanged)
    Q_PROPERTY(int lastColumn READ lastColumn WRITE setLastColumn NOTIFY windowChanged)
public:
    explicit TimetableWindow(QObject *parent = nullptr);

    DayModel *dayModel() const { return m_dayModel; }
    void setDayModel(DayModel *model);
    int fromMinute() const { return m_fromMinute; }
    void setFromMinute(int minute);
    int toMinute() const { return m_toMinute; }
    void setToMinute(int minute);
    int firstColumn() const { return m_firstColumn; }
    void setFirstColumn(int column);
    int lastColumn() const { return m_lastColumn; }
    void setLastColumn(int column);

Q_SIGNALS:
    void dayModelChanged();
    void windowChanged();
    /** The rows now match the window (emitted after each pass of the filter). */
    void refiltered();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /** Several bounds change together while scrolling: filter once, after the last. */
    void scheduleRefilter();
    /** Filters again once control returns to the event loop (many changes, one pass). */
    void refilterLater();

    QPointer<DayModel> m_dayModel;
    int m_fromMinute = 0;
    int m_toMinute = 0;
    int m_firstColumn = 0;
    int m_lastColumn = -1;
    bool m_refilterPending = false;
};

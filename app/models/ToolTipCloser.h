#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <QtQml/qqmlregistration.h>

/**
 * Closes a tooltip when its control is clicked, as desktop tooltips do. The tooltips are bound to
 * "hovered", which a click does not change: they stayed over what the click opened. Closed, a
 * tooltip comes back only when the pointer leaves the control and returns. One for the window
 * (Main.qml), for every tooltip in it: the attached ToolTip and ToolTip items alike.
 */
class ToolTipCloser : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** The window whose tooltips close on a click (an ApplicationWindow: its overlay holds them). */
    Q_PROPERTY(QQuickWindow *window READ window WRITE setWindow NOTIFY windowChanged)
public:
    explicit ToolTipCloser(QObject *parent = nullptr);

    QQuickWindow *window() const { return m_window; }
    void setWindow(QQuickWindow *window);

Q_SIGNALS:
    void windowChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void closeToolTipsAt(const QPointF &scenePosition);

    QPointer<QQuickWindow> m_window;
};

#include "ToolTipCloser.h"

#include <QMouseEvent>
#include <QQuickItem>
#include <QQuickWindow>

ToolTipCloser::ToolTipCloser(QObject *parent)
    : QObject(parent)
{
}

void ToolTipCloser::setWindow(QQuickWindow *window)
{
    if (m_window == window)
        return;
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (m_window)
        m_window->installEventFilter(this);
    Q_EMIT windowChanged();
}

bool ToolTipCloser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::MouseButtonPress)
        closeToolTipsAt(static_cast<QMouseEvent *>(event)->scenePosition());
    return false; // the click goes on to the control
}

void ToolTipCloser::closeToolTipsAt(const QPointF &scenePosition)
{
    // An open popup shows its item in the window's overlay (a child of the window's own content
    // item); the popup, here a ToolTip, owns that item.
    const QList<QQuickItem *> layers = m_window->contentItem()->childItems();
    for (const QQuickItem *overlay : layers) {
        if (!overlay->inherits("QQuickOverlay"))
            continue;
        const QList<QQuickItem *> items = overlay->childItems();
        for (QQuickItem *item : items) {
            QObject *popup = item->parent();
            if (!item->isVisible() || !popup || !popup->inherits("QQuickToolTip"))
                continue;
            // Only the tooltip of what was clicked: another one (a field's hint) stays.
            const auto *control = popup->property("parent").value<QQuickItem *>();
            if (control && control->contains(control->mapFromScene(scenePosition)))
                QMetaObject::invokeMethod(popup, "close");
        }
    }
}

#include "AccessibleQuickItem.h"

#include <QAccessible>
#include <QQuickItem>

// Qt Quick's own interface for an item, and the flag it checks before making one: private Qt
// headers (Debian: qt6-declarative-private-dev), of the Qt 6.4 the project is built with.
#include <QtQuick/private/qaccessiblequickitem_p.h>
#include <QtQuick/private/qquickitem_p.h>

namespace
{

class DisabledAwareItem : public QAccessibleQuickItem
{
public:
    using QAccessibleQuickItem::QAccessibleQuickItem;

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleQuickItem::state();
        if (!item()->isEnabled()) {
            state.disabled = true;
            state.focusable = false;
        }
        return state;
    }
};

/** The factory (QAccessible::InterfaceFactory): null for what it leaves to Qt. */
QAccessibleInterface *create(const QString &className, QObject *object)
{
    Q_UNUSED(className)
    auto *item = qobject_cast<QQuickItem *>(object);
    // Windows, and items Qt Quick keeps out of the accessibility tree, are left to Qt: the same
    // rule as Qt Quick's own factory.
    if (!item || !QQuickItemPrivate::get(item)->isAccessible)
        return nullptr;
    // Made once per item (the bridge caches the interface): the change is announced from then on.
    QObject::connect(item, &QQuickItem::enabledChanged, item, [item] {
        if (!QAccessible::isActive())
            return;
        QAccessible::State changed;
        changed.disabled = true;
        QAccessibleStateChangeEvent event(item, changed);
        QAccessible::updateAccessibility(&event);
    });
    return new DisabledAwareItem(item);
}

} // namespace

namespace AccessibleQuickItem
{

void install()
{
    QAccessible::installFactory(&create);
}

} // namespace AccessibleQuickItem

#pragma once

#include "Notifier.h"

#include <QDBusConnection>

/**
 * Desktop notifications through the freedesktop service (org.freedesktop.Notifications) on the
 * session bus. Where the session has no such service (no bus, or nothing that shows
 * notifications), isAvailable() says so and notify() does nothing.
 */
class DesktopNotifier : public Notifier
{
public:
    /** The session bus by default; tests hand in a private bus. */
    explicit DesktopNotifier(QDBusConnection connection = QDBusConnection::sessionBus());

    bool isAvailable() const override;
    void notify(const QString &summary, const QString &body) override;

    static constexpr const char *serviceName = "org.freedesktop.Notifications";

private:
    QDBusConnection m_connection;
};

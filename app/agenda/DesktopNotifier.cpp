#include "DesktopNotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>
#include <QLoggingCategory>
#include <QVariantMap>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcReminders, "lanyard.reminders")

DesktopNotifier::DesktopNotifier(QDBusConnection connection)
    : m_connection(std::move(connection))
{
}

bool DesktopNotifier::isAvailable() const
{
    if (!m_connection.isConnected() || !m_connection.interface())
        return false;
    const QString service = QString::fromLatin1(serviceName);
    if (m_connection.interface()->isServiceRegistered(service).value())
        return true;
    // Most notification daemons start on the first call (D-Bus activation).
    const QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                                             u"org.freedesktop.DBus"_s, u"ListActivatableNames"_s);
    const QDBusReply<QStringList> names = m_connection.call(call, QDBus::Block, 2000);
    return names.isValid() && names.value().contains(service);
}

void DesktopNotifier::notify(const QString &summary, const QString &body)
{
    if (!m_connection.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(serviceName), u"/org/freedesktop/Notifications"_s,
                                                       QString::fromLatin1(serviceName), u"Notify"_s);
    const QVariantMap hints{{u"desktop-entry"_s, u"org.lanyard.Lanyard"_s}, {u"category"_s, u"x-lanyard.reminder"_s}};
    call << u"Lanyard"_s << 0u << u"org.lanyard.Lanyard"_s << summary << body << QStringList() << hints << -1;
    // Asynchronous: a slow or missing daemon never stalls the UI; failures are only logged.
    if (!m_connection.send(call))
        qCWarning(lcReminders) << "could not send a notification:" << m_connection.lastError().message();
}

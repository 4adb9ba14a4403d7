#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"

class ReminderService;

/**
 * The reminder settings as QML sees them (singleton `Reminders`): on or off, how many minutes
 * before a talk, and whether this desktop can show notifications at all.
 */
class ReminderController : public QObject, public QmlSingleton<ReminderController>
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Reminders)
    QML_SINGLETON
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY changed)
    Q_PROPERTY(int minutesBefore READ minutesBefore WRITE setMinutesBefore NOTIFY changed)
    /** False where the session bus has no notification service: the setting can do nothing then. */
    Q_PROPERTY(bool available READ available NOTIFY availabilityChanged)
public:
    /** `service` may be null (no reminders in this process: unavailable). */
    explicit ReminderController(ReminderService *service, QObject *parent = nullptr);
    ~ReminderController() override;

    /** For QML when the app made none: no reminders, unavailable. */
    static ReminderController *standIn();

    bool enabled() const;
    void setEnabled(bool enabled);
    int minutesBefore() const;
    void setMinutesBefore(int minutes);
    bool available() const { return m_available; }

    /** Asks the session again whether notifications can be shown (e.g. after a daemon started). */
    Q_INVOKABLE void recheck();

Q_SIGNALS:
    void changed();
    void availabilityChanged();

private:
    ReminderService *m_service = nullptr;
    bool m_available = false;
};

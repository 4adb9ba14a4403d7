#include "ReminderController.h"

#include "agenda/ReminderService.h"

#include <QJSEngine>

namespace
{
ReminderController *s_instance = nullptr;
}

ReminderController::ReminderController(ReminderService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    if (!s_instance)
        s_instance = this;
    if (m_service)
        connect(m_service, &ReminderService::settingsChanged, this, &ReminderController::changed);
    m_available = m_service && m_service->isAvailable();
}

ReminderController::~ReminderController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

ReminderController *ReminderController::create(QQmlEngine *, QJSEngine *)
{
    if (!s_instance)
        s_instance = new ReminderController(nullptr);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

bool ReminderController::enabled() const
{
    return m_service && m_service->isEnabled();
}

void ReminderController::setEnabled(bool enabled)
{
    if (m_service)
        m_service->setEnabled(enabled);
}

int ReminderController::minutesBefore() const
{
    return m_service ? m_service->minutesBefore() : 10;
}

void ReminderController::setMinutesBefore(int minutes)
{
    if (m_service)
        m_service->setMinutesBefore(minutes);
}

void ReminderController::recheck()
{
    const bool available = m_service && m_service->isAvailable();
    if (available == m_available)
        return;
    m_available = available;
    Q_EMIT availabilityChanged();
}

#include "ReminderController.h"

#include "agenda/ReminderService.h"

ReminderController::ReminderController(ReminderService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    if (m_service)
        connect(m_service, &ReminderService::settingsChanged, this, &ReminderController::changed);
    m_available = m_service && m_service->isAvailable();
}

ReminderController::~ReminderController() = default;

ReminderController *ReminderController::standIn()
{
    return new ReminderController(nullptr);
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

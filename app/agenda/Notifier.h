#pragma once

#include <QString>

/** Where reminders go: a desktop notification service, or a test's recorder. */
class Notifier
{
public:
    virtual ~Notifier() = default;
    /** Whether notifications can be shown at all (a service is there to show them). */
    virtual bool isAvailable() const = 0;
    virtual void notify(const QString &summary, const QString &body) = 0;
};

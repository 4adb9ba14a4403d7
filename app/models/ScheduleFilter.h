#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

struct Event;

/**
 * Which tracks, rooms and types the schedule views show, per conference (and, on request, only
 * the talks that will not be recorded). Everything is shown
 * until the user unticks it; the choice is kept in the settings and survives a restart.
 */
class ScheduleFilter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ScheduleFilter is owned by App")
    Q_PROPERTY(QStringList hiddenTracks READ hiddenTracks NOTIFY changed)
    Q_PROPERTY(QStringList hiddenRooms READ hiddenRooms NOTIFY changed)
    Q_PROPERTY(QStringList hiddenTypes READ hiddenTypes NOTIFY changed)
    /** Only the talks the feed opts out of recording: the ones to see live. */
    Q_PROPERTY(bool onlyNotRecorded READ onlyNotRecorded WRITE setOnlyNotRecorded NOTIFY changed)
    Q_PROPERTY(bool active READ isActive NOTIFY changed)
public:
    enum Kind { Track, Room, Type };
    Q_ENUM(Kind)

    explicit ScheduleFilter(QObject *parent = nullptr);

    /** Loads the choice kept for this conference. */
    void setConferenceId(const QString &conferenceId);

    QStringList hiddenTracks() const;
    QStringList hiddenRooms() const;
    QStringList hiddenTypes() const;
    bool isActive() const;
    bool onlyNotRecorded() const { return m_onlyNotRecorded; }
    void setOnlyNotRecorded(bool only);

    Q_INVOKABLE bool isShown(ScheduleFilter::Kind kind, const QString &value) const;
    Q_INVOKABLE void setShown(ScheduleFilter::Kind kind, const QString &value, bool shown);
    /** Shows everything again. */
    Q_INVOKABLE void clear();

    bool accepts(const Event &event) const;

Q_SIGNALS:
    void changed();

private:
    QSet<QString> &setFor(Kind kind);
    const QSet<QString> &setFor(Kind kind) const;
    void save() const;

    QString m_conferenceId;
    QSet<QString> m_hidden[3];
    bool m_onlyNotRecorded = false;
};

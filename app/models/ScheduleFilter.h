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
 * Events without a track (room, type) are an option of their own, the empty value: picking one
 * track hides them too, as it hides the other tracks.
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
    /** What can be picked: the conference's tracks (rooms, types), then "" when some events have none. */
    Q_PROPERTY(QStringList trackOptions READ trackOptions NOTIFY optionsChanged)
    Q_PROPERTY(QStringList roomOptions READ roomOptions NOTIFY optionsChanged)
    Q_PROPERTY(QStringList typeOptions READ typeOptions NOTIFY optionsChanged)
public:
    enum Kind { Track, Room, Type };
    Q_ENUM(Kind)

    explicit ScheduleFilter(QObject *parent = nullptr);

    /** Loads the choice kept for this conference. */
    void setConferenceId(const QString &conferenceId);

    /** The values the user can pick from, "" standing for the events that have none. */
    void setOptions(ScheduleFilter::Kind kind, const QStringList &values);
    QStringList options(ScheduleFilter::Kind kind) const { return m_options[kind]; }
    QStringList trackOptions() const { return m_options[Track]; }
    QStringList roomOptions() const { return m_options[Room]; }
    QStringList typeOptions() const { return m_options[Type]; }

    QStringList hiddenTracks() const;
    QStringList hiddenRooms() const;
    QStringList hiddenTypes() const;
    bool isActive() const;
    bool onlyNotRecorded() const { return m_onlyNotRecorded; }
    void setOnlyNotRecorded(bool only);

    Q_INVOKABLE bool isShown(ScheduleFilter::Kind kind, const QString &value) const;
    Q_INVOKABLE void setShown(ScheduleFilter::Kind kind, const QString &value, bool shown);
    /** Shows this one value of a kind and hides its other options (the events without one too). */
    Q_INVOKABLE void showOnly(ScheduleFilter::Kind kind, const QString &value);
    /** Shows (or hides) every option of a kind. */
    Q_INVOKABLE void setAllShown(ScheduleFilter::Kind kind, bool shown);
    /** Shows everything again. */
    Q_INVOKABLE void clear();

    bool accepts(const Event &event) const;

Q_SIGNALS:
    void changed();
    void optionsChanged();

private:
    QSet<QString> &setFor(Kind kind);
    const QSet<QString> &setFor(Kind kind) const;
    void save() const;

    QString m_conferenceId;
    QSet<QString> m_hidden[3];
    QStringList m_options[3];
    bool m_onlyNotRecorded = false;
};

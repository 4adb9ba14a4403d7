#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <array>
#include <optional>

class Database;
struct Event;

/**
 * What the user will never attend: tracks, rooms, languages and types hidden per conference. It is
 * user data (the hidden_items table, untouched by imports) and it is stronger than the schedule
 * view's own filter: a hidden event vanishes from every view (schedule, room lists, search, Now &
 * Next, speakers) until it is shown again. Cached in memory so views can ask per event.
 */
class HiddenItems : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Track, Room, Language, Type };
    static constexpr int kKindCount = 4;

    explicit HiddenItems(Database &database, QObject *parent = nullptr);

    /**
     * Reads all rows into memory; announced (changed() with an empty id) the first time and
     * whenever what is hidden differs from before (another process hid or showed something).
     */
    bool load(QString *errorMessage = nullptr);

    /** True when the event's track, room, language or type is hidden in its conference. */
    bool isHidden(const Event &event) const;
    bool isHidden(const QString &conferenceId, Kind kind, const QString &value) const;
    /** The hidden values of one kind, sorted. */
    QStringList values(const QString &conferenceId, Kind kind) const;
    /** How many values are hidden in a conference (all kinds). */
    int count(const QString &conferenceId) const;

    bool setHidden(const QString &conferenceId, Kind kind, const QString &value, bool hidden, QString *errorMessage = nullptr);
    /** Shows everything of a conference again. */
    bool showAll(const QString &conferenceId, QString *errorMessage = nullptr);

    /** "track", "room", "language", "type": the names the table and the UI use. */
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

Q_SIGNALS:
    /** Something was hidden or shown again in this conference (or everything was reloaded: empty id). */
    void changed(const QString &conferenceId);

private:
    using Sets = std::array<QSet<QString>, kKindCount>;

    Database &m_database;
    QHash<QString, Sets> m_hidden;
    bool m_loadedOnce = false;
};

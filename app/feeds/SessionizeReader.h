#pragma once

#include "ImportContext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <optional>

/**
 * Sessionize's public API (https://sessionize.com/api/v2/<id>/view/...) in its three JSON shapes:
 * "All" (flat sessions, speakers, rooms, categories and questions, joined by id), "Sessions"
 * (groups of sessions with speakers and categories inline) and "GridSmart" (days, then rooms, then
 * sessions). All three come down to one list of sessions read by one code path.
 *
 * Sessionize writes wall times without an offset, so the conference's zone must be given
 * (ImportOptions::timeZone); it is never guessed. Sessions without a time are left out with a
 * count, never placed at an invented one. Ids come from the session id, so bookmarks survive.
 * The "All" view's speakers also carry a bio, a tagline, links and a picture address: kept as
 * PersonDetails (the picture is never fetched here).
 */
class SessionizeReader
{
public:
    enum class Shape { All, Sessions, GridSmart };

    explicit SessionizeReader(ImportContext &context);

    /** The shape of a parsed document, or nothing when it is not Sessionize's. */
    static std::optional<Shape> detect(const QJsonDocument &document);
    static QString shapeName(Shape shape);

    /** Reads the whole document into the context's schedule; an error means nothing usable. */
    std::optional<ImportError> read(const QJsonDocument &document);

private:
    /** One session as any shape gives it, with where it is for messages. */
    struct Session
    {
        QJsonObject object;
        QString path;
        /** The room name where the shape gives it by position (GridSmart) rather than by id. */
        QString roomName;
    };

    std::optional<ImportError> collectAll(const QJsonObject &root);
    std::optional<ImportError> collectSessions(const QJsonArray &groups);
    std::optional<ImportError> collectGrid(const QJsonArray &days);
    void addSession(const QJsonValue &value, const QString &path, const QString &roomName = {});
    std::optional<ImportError> readSession(const Session &session, const QTimeZone &zone);
    /** The bio, tagline, picture address and links of one speaker of the "All" view. */
    void readSpeakerDetails(const QJsonObject &speaker, const QString &name, const QString &path);
    void applyCategory(Event &event, const QString &category, const QString &item);
    void readAnswer(Event &event, const QString &question, const QString &answer, const FeedLocation &where);
    FeedLocation at(const QString &path) const;

    ImportContext &m_context;
    QList<Session> m_sessions;
    QSet<QString> m_sessionIds;
    QHash<QString, QString> m_roomsById;
    QHash<QString, QString> m_speakersById;
    /** Category item id to (category title, item name), for "All". */
    QHash<QString, std::pair<QString, QString>> m_categoryItems;
    QHash<QString, QString> m_questionsById;
    qsizetype m_unscheduled = 0;
};

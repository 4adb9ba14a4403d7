#include "EventRoles.h"

#include <QDateTime>
#include <QStringList>

using namespace Qt::StringLiterals;

QHash<int, QByteArray> EventRoles::names()
{
    return {
        {IdRole, "eventId"},
        {ConferenceIdRole, "conferenceId"},
        {ConferenceTitleRole, "conferenceTitle"},
        {TimeZoneRole, "timeZone"},
        {TitleRole, "title"},
        {SubtitleRole, "subtitle"},
        {StartRole, "start"},
        {EndRole, "end"},
        {DayRole, "day"},
        {SectionRole, "section"},
        {RoomRole, "room"},
        {TrackRole, "track"},
        {TrackColorRole, "trackColor"},
        {TypeRole, "type"},
        {SpeakersRole, "speakers"},
        {BookmarkedRole, "bookmarked"},
        {PriorityRole, "priority"},
        {CancelledRole, "cancelled"},
        {HasVideoRole, "hasVideo"},
        {ConflictingRole, "conflicting"},
        {ConflictTitlesRole, "conflictTitles"},
        {MarkRole, "mark"},
        {KindRole, "kind"},
        {WhoRole, "who"},
        {FriendsRole, "friends"},
    };
}

QVariant EventRoles::fallback(int role)
{
    switch (role) {
    case StartRole:
    case EndRole:
        return QDateTime();
    case BookmarkedRole:
    case CancelledRole:
    case HasVideoRole:
    case ConflictingRole:
        return false;
    case PriorityRole:
        return 0;
    case ConflictTitlesRole:
    case FriendsRole:
        return QStringList();
    case KindRole:
        return u"event"_s;
    default:
        return role >= IdRole && role < FirstOwnRole ? QVariant(QString()) : QVariant();
    }
}

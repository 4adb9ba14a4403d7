#pragma once

#include "core/Schedule.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

/** Where and why a feed was rejected; enough for a user to find the spot in the file. */
struct ImportError
{
    /** The file name or URL the bytes came from. */
    QString source;
    /** 1-based line and column where known, else 0. */
    qint64 line = 0;
    qint64 column = 0;
    /** Byte offset into the input where known, else -1. */
    qint64 byteOffset = -1;
    QString message;

    /** "schedule.xml:12:5: <message>" or "feed.json (byte 4096): <message>". */
    QString toString() const;
};

struct ImportOptions
{
    /** File name or URL, used in messages only (the format is detected from content). */
    QString sourceName;
    /**
     * IANA zone to use when the feed names none (never guessed silently). Empty: none given.
     * Sessionize feeds, whose times carry no zone at all, are refused without one.
     */
    QString timeZone;
    /** The conference's web page as the user gave it (subscribing with a page address): its URL where the feed names none. */
    QString website;
};

struct ImportResult
{
    Schedule schedule;
    std::optional<ImportError> error;
    bool ok() const { return !error.has_value(); }
};

/**
 * Bytes in, a Schedule value out: the one entry point every caller (CLI, GUI, sync, bundled data)
 * uses. Detects the format from content, parses completely, assigns stable ids
 * (EventIdentity::assign) and returns either a full schedule or an error; never half of one.
 */
namespace FeedImporter
{
enum class Format { Unknown, ScheduleXml, ScheduleJson, ScheduleV2Json, ICalendar, Sessionize };

/** Limits that refuse hostile input instead of working through it. */
inline constexpr qint64 maxEventDays = 31;
/** Of any one text in a feed (XML text or attribute, JSON string, iCalendar property). */
inline constexpr qsizetype maxTextLength = 1 << 20;

Format detect(const QByteArray &bytes);
QString formatName(Format format);
ImportResult import(const QByteArray &bytes, const ImportOptions &options);
/**
 * The same from a device (a file). A schedule.xml in UTF-8 is parsed as it is read, a block at a
 * time, so that a large feed's bytes are never held whole beside its parsed programme; other
 * feeds are read whole first. The result is the same as from the device's bytes.
 */
ImportResult import(QIODevice &device, const ImportOptions &options);
} // namespace FeedImporter

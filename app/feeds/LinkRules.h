#pragma once

#include <QString>
#include <QStringView>

/**
 * What a link from a feed may be, shared by every reader: only http, https and mailto survive
 * import (anything else, javascript: and data: above all, is dropped with a warning), and
 * recordings are recognised wherever a feed puts them.
 */
namespace LinkRules
{
struct CheckedUrl
{
    /** The URL to keep; empty when the link is dropped. */
    QString url;
    /** Why it was dropped or how it was repaired; empty when it was fine as written. */
    QString problem;
    bool dropped() const { return url.isEmpty(); }
};

/**
 * Cleans a URL as a feed writes it. A path ("/system/file.pdf") is resolved against the feed's
 * base URL (appended to it, as frab means it); a bare host name ("www.example.org/x") gets
 * "https://" (reported as a repair); any scheme but http, https and mailto drops the link.
 */
CheckedUrl check(QStringView raw, QStringView baseUrl = {});
/** The lower-case scheme ("https"), or empty when the text has none. */
QString scheme(QStringView url);
/** The lower-case host of an http(s) URL, without user info and port; empty when none. */
QString host(QStringView url);
/** Whether the URL points at a recording: YouTube, media.ccc.de, archive.org, pyvideo, Vimeo, video.fosdem.org. */
bool isRecordingUrl(QStringView url);
/**
 * Whether a link is a recording: by its address, or because the feed types it ("video",
 * "recording", a video service such as MEDIACCCDE) or titles it so ("Video (Ogg/Theora)").
 */
bool isRecordingLink(QStringView url, QStringView title, QStringView type = {}, QStringView service = {});
} // namespace LinkRules

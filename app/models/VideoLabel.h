#pragma once

#include <QString>

/**
 * The name a recording's link is shown with: "YouTube", "archive.org", "media.ccc.de", "Vimeo",
 * "PyVideo", or else the link's host. Shared by the event page and the catch-up list.
 */
QString videoLabel(const QString &url);

#include "VideoLabel.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

QString videoLabel(const QString &url)
{
    const QString host = QUrl(url).host().toLower();
    const auto is = [&host](const QString &domain) { return host == domain || host.endsWith(u'.' + domain); };
    if (is(u"youtube.com"_s) || is(u"youtu.be"_s))
        return u"YouTube"_s;
    if (is(u"archive.org"_s))
        return u"archive.org"_s;
    if (is(u"media.ccc.de"_s))
        return u"media.ccc.de"_s;
    if (is(u"vimeo.com"_s))
        return u"Vimeo"_s;
    if (is(u"pyvideo.org"_s))
        return u"PyVideo"_s;
    return host.isEmpty() ? url : host;
}

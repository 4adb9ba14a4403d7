#include "IconTheme.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
const auto bundledThemes = u":/icons"_s;

/** True when some search path holds an icon theme of that name (its index.theme). */
bool themeIsInstalled(const QString &name)
{
    if (name.isEmpty())
        return false;
    const QStringList paths = QIcon::themeSearchPaths();
    return std::any_of(paths.cbegin(), paths.cend(),
                       [&name](const QString &path) { return QFileInfo::exists(QDir(path).filePath(name + u"/index.theme"_s)); });
}
} // namespace

const char *lanyardIconThemeName()
{
    return "lanyard";
}

void installIconTheme()
{
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(bundledThemes)) {
        paths.append(bundledThemes);
        QIcon::setThemeSearchPaths(paths);
    }
    const QString own = QString::fromLatin1(lanyardIconThemeName());
    // The desktop's theme first; Lanyard's where it has no icon of a name.
    if (themeIsInstalled(QIcon::themeName()) && QIcon::themeName() != own)
        QIcon::setFallbackThemeName(own);
    else
        QIcon::setThemeName(own);
}

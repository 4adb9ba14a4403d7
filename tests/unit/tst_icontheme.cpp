#include "shell/IconTheme.h"

#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/**
 * The window's icons are named by the freedesktop names and taken from the desktop's theme;
 * every name the QML uses has a drawing of Lanyard's own (resources/icons/lanyard/), which is the
 * fallback theme, or the theme itself where the desktop names none.
 */
class TestIconTheme : public QObject
{
    Q_OBJECT

    /** Every icon name the QML files give (icon.name, iconName, a ThemeIcon's name). */
    static QSet<QString> namesUsedByTheWindow(int *fileCount)
    {
        const QString root = qEnvironmentVariable("LANYARD_SOURCE_DIR") + u"/qml"_s;
        static const QRegularExpression iconLine(u"(?:icon\\.name|^\\s*name)\\s*:(.*)$"_s);
        static const QRegularExpression roleValue(u"iconName\\s*:\\s*\"([^\"]+)\""_s);
        static const QRegularExpression literal(u"\"([a-z][a-z0-9-]*)\""_s);
        QSet<QString> names;
        QDirIterator files(root, {u"*.qml"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++*fileCount;
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (const QString &line : lines) {
                auto roles = roleValue.globalMatch(line);
                while (roles.hasNext())
                    names.insert(roles.next().captured(1));
                const auto match = iconLine.match(line);
                if (!match.hasMatch())
                    continue;
                auto literals = literal.globalMatch(match.captured(1));
                while (literals.hasNext())
                    names.insert(literals.next().captured(1));
            }
        }
        return names;
    }

    /** True when the icon draws something (not an empty or fully transparent image). */
    static bool drawsSomething(const QIcon &icon)
    {
        const QImage image = icon.pixmap(QSize(16, 16)).toImage();
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qAlpha(image.pixel(x, y)) > 0)
                    return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void everyNameTheWindowUsesIsDrawn()
    {
        int fileCount = 0;
        const QSet<QString> names = namesUsedByTheWindow(&fileCount);
        QVERIFY2(fileCount > 5, "the QML files were not found (LANYARD_SOURCE_DIR)");
        QVERIFY2(names.size() >= 20, qPrintable(u"only %1 icon names found"_s.arg(names.size())));
        QVERIFY(names.contains(u"dialog-warning"_s));
        QVERIFY(names.contains(u"starred"_s));

        QIcon::setThemeName(QString());
        installIconTheme();
        QCOMPARE(QIcon::themeName(), QString::fromLatin1(lanyardIconThemeName()));
        QStringList missing;
        for (const QString &name : names) {
            if (!QFile::exists(u":/icons/lanyard/scalable/%1.svg"_s.arg(name)) || !drawsSomething(QIcon::fromTheme(name)))
                missing.append(name);
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(), qPrintable(u"no drawing of its own for: "_s + missing.join(u", "_s)));
    }

    /** A desktop theme stays first: Lanyard's drawings fill in only the names it lacks. */
    void theDesktopThemeComesFirst()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir(dir.path()).mkpath(u"desktop/scalable"_s);
        QFile index(dir.filePath(u"desktop/index.theme"_s));
        QVERIFY(index.open(QIODevice::WriteOnly));
        // As Adwaita and Breeze do: the desktop theme inherits from hicolor.
        index.write("[Icon Theme]\nName=Desktop\nInherits=hicolor\nDirectories=scalable\n\n"
                    "[scalable]\nSize=16\nMinSize=8\nMaxSize=256\nType=Scalable\n");
        index.close();
        // The desktop's own star: a full square, unlike Lanyard's.
        QFile star(dir.filePath(u"desktop/scalable/starred.svg"_s));
        QVERIFY(star.open(QIODevice::WriteOnly));
        star.write("<svg xmlns='http://www.w3.org/2000/svg' width='16' height='16'><rect width='16' height='16' fill='#f00'/></svg>");
        star.close();

        QIcon::setThemeSearchPaths({dir.path()});
        QIcon::setThemeName(u"desktop"_s);
        installIconTheme();
        QCOMPARE(QIcon::themeName(), u"desktop"_s);
        QCOMPARE(QIcon::fallbackThemeName(), QString::fromLatin1(lanyardIconThemeName()));
        const QImage desktopStar = QIcon::fromTheme(u"starred"_s).pixmap(QSize(16, 16)).toImage();
        QVERIFY(!desktopStar.isNull());
        QCOMPARE(QColor(desktopStar.pixel(0, 0)), QColor(Qt::red));
        QVERIFY2(drawsSomething(QIcon::fromTheme(u"edit-find"_s)), "a name the desktop theme lacks comes from Lanyard's");
    }
};

QTEST_MAIN(TestIconTheme)
#include "tst_icontheme.moc"

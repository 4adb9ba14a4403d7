#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

/** Helpers shared by the tests: where the real-world feeds and the fixtures are. */
namespace TestSupport
{
/** ../shared/feeds (or LANYARD_FEEDS_DIR); empty when the folder is missing. */
inline QString feedsDir()
{
    const QString dir = qEnvironmentVariable("LANYARD_FEEDS_DIR");
    return !dir.isEmpty() && QDir(dir).exists() ? dir : QString();
}

inline QString feedPath(const QString &fileName)
{
    const QString dir = feedsDir();
    return dir.isEmpty() ? QString() : QDir(dir).filePath(fileName);
}

/** The project's own fixtures under tests/data. */
inline QString fixturePath(const QString &fileName)
{
    return QDir(qEnvironmentVariable("LANYARD_TEST_DATA_DIR")).filePath(fileName);
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
} // namespace TestSupport

/** Skips (with a message saying why) when ../shared/feeds is not there; never a silent pass. */
#define LANYARD_REQUIRE_FEED(variable, fileName)                                                                                           \
    const QString variable = TestSupport::feedPath(QStringLiteral(fileName));                                                              \
    if (variable.isEmpty() || !QFile::exists(variable))                                                                                    \
        QSKIP(qPrintable(QStringLiteral("real-world feed %1 not found: ../shared/feeds is missing "                                        \
                                        "(set LANYARD_FEEDS_DIR to run this test)")                                                        \
                             .arg(QStringLiteral(fileName))));

#include "StartupTiming.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <ctime>
#include <unistd.h>

namespace
{
QElapsedTimer &mainTimer()
{
    static QElapsedTimer timer;
    return timer;
}

/** Process start in ms since boot from /proc/self/stat (field 22, in clock ticks), or -1. */
qint64 processStartSinceBootMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may contain spaces: count fields after its closing parenthesis.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 (starttime) is fields[19].
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const qint64 ticks = fields[19].toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    if (!ok || ticksPerSecond <= 0)
        return -1;
    return ticks * 1000 / ticksPerSecond;
}
} // namespace

namespace StartupTiming
{

void markMainEntered()
{
    mainTimer().start();
}

qint64 millisecondsSinceProcessStart()
{
    const qint64 start = processStartSinceBootMs();
    timespec now{};
    if (start >= 0 && clock_gettime(CLOCK_BOOTTIME, &now) == 0)
        return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000 - start;
    return mainTimer().isValid() ? mainTimer().elapsed() : 0;
}

qint64 peakMemoryKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace StartupTiming

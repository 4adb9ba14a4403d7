#include "TestStopPoint.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <signal.h> // NOLINT(modernize-deprecated-headers): kill() is POSIX, declared here and not in <csignal>
#include <unistd.h>
#endif

namespace TestStop
{

void at(const char *point)
{
    // Read once: some points are passed for every chunk of a download or every event written.
    static const QByteArray requested = qgetenv("LANYARD_TEST_STOP_AT");
    if (requested.isEmpty() || requested != point)
        return;
    std::fprintf(stderr, "lanyard: stopped at test point %s\n", point);
    std::fflush(stderr);
#ifdef Q_OS_UNIX
    // The whole process, every thread, as `kill -KILL` from outside: nothing is flushed or closed.
    ::kill(::getpid(), SIGKILL);
#endif
    std::_Exit(137);
}

} // namespace TestStop

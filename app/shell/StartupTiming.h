#pragma once

#include <QtGlobal>

/** How long the process has existed, for `--quit-after-first-frame` (Linux: from the kernel's start time). */
namespace StartupTiming
{
/** Milliseconds since the process started (10 ms resolution on Linux), or since main() elsewhere. */
qint64 millisecondsSinceProcessStart();
/** The process's peak resident memory so far (VmHWM) in KiB, or -1 where unknown. */
qint64 peakMemoryKib();
/** Call first thing in main(): the fallback reference where the kernel's start time is unknown. */
void markMainEntered();
} // namespace StartupTiming

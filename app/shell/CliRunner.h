#pragma once

struct StartupOptions;

/** Runs one command-line verb on the local cache, without a window; returns the exit code. */
int runCommandLine(const StartupOptions &options);

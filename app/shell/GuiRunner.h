#pragma once

struct StartupOptions;

/** Opens the window on the local cache (or runs --self-test / --quit-after-first-frame). */
int runGui(int &argc, char **argv, const StartupOptions &options);

#pragma once

/**
 * The window's icons come from the desktop's icon theme (Adwaita, Breeze, ...), by their
 * freedesktop names. Lanyard draws its own set (resources/icons/lanyard/, bundled at
 * :/icons/lanyard/) for every name it uses; installIconTheme() makes that set the fallback theme,
 * or the theme itself where the desktop names none that can be found (a bare X server, a
 * container). Call it once, after the application object exists.
 */
void installIconTheme();

/** The name of Lanyard's own icon theme ("lanyard"). */
const char *lanyardIconThemeName();

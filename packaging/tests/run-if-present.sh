#!/bin/sh
# run-if-present.sh TOOL [ARGS...]: runs TOOL, or reports a skip (exit 77) when it is not
# installed, so that a missing validator shows up as "skipped" in CTest and never as a pass.
tool=$1
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed (Debian: apt-get install desktop-file-utils appstream)"
    exit 77
fi
exec "$@"

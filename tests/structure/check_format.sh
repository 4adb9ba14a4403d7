#!/bin/sh
# code_format: every C++ file of app/ and tests/ is as clang-format (the committed .clang-format,
# Debian 12's clang-format 14) would write it. On a finding it prints the file and line and the
# command that formats it.
#   check_format.sh CLANG_FORMAT SOURCE_DIR
set -eu
clang_format=$1
cd "$2"
files=$(find app tests -path tests/data -prune -o \( -name '*.cpp' -o -name '*.h' \) -print | sort)
if ! "$clang_format" --dry-run --Werror $files; then
    echo "code_format: the files above are not formatted; run: $clang_format -i FILE (or git clang-format)" >&2
    exit 1
fi
echo "code_format: $(echo "$files" | wc -l) files formatted"

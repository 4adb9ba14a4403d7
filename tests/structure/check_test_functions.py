#!/usr/bin/env python3
"""A test registered function by function (lanyard_add_test(... FUNCTIONS ...)) runs only the
functions listed: one left out of the list would never run. Checks that every listed test names
each test function its class declares, and nothing else.

    python3 check_test_functions.py TESTS_DIR
"""
import pathlib
import re
import sys

SPECIAL = {"initTestCase", "cleanupTestCase", "init", "cleanup"}


def declared_functions(source):
    """The test functions of the class in `source`: its private slots, minus set-up and _data."""
    text = source.read_text(encoding="utf-8")
    match = re.search(r"private\s+(?:Q_SLOTS|slots)\s*:(.*?)(?:\n\s*(?:private|public|protected)\b|\n\};)", text, re.S)
    if not match:
        return set()
    names = set(re.findall(r"void\s+(\w+)\s*\(\s*\)", match.group(1)))
    return {name for name in names if name not in SPECIAL and not name.endswith("_data")}


def main():
    tests_dir = pathlib.Path(sys.argv[1])
    failures = []
    checked = 0
    for cmake in tests_dir.rglob("CMakeLists.txt"):
        text = cmake.read_text(encoding="utf-8")
        for call in re.finditer(r"lanyard_add_test\(([^)]*)\)", text, re.S):
            words = call.group(1).split()
            if "FUNCTIONS" not in words:
                continue
            name = words[0]
            sources = [word for word in words[1:] if word.endswith(".cpp")]
            listed = []
            for word in words[words.index("FUNCTIONS") + 1:]:
                if word in ("LABELS", "TIMEOUT"):
                    break
                listed.append(word.split(":")[0])  # "function:tag" is one data row of function
            declared = set()
            for source in sources:
                declared |= declared_functions(cmake.parent / source)
            checked += 1
            for missing in sorted(declared - set(listed)):
                failures.append(f"{cmake}: {name} declares {missing}() but does not list it under FUNCTIONS, so it never runs")
            for extra in sorted(set(listed) - declared):
                failures.append(f"{cmake}: {name} lists {extra} under FUNCTIONS, but declares no such test function")
    for failure in failures:
        print(failure)
    print(f"{checked} test(s) registered by function checked, {len(failures)} problem(s)")
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build (with -Werror), check formatting
# (format-check fails the run on any clang-format diff), run every test headless (the corpus
# replays of tests/fuzz included, label fuzz-replay); then build the core and CLI tests under
# ASan + UBSan (preset asan-ubsan) and run them and the corpus replays again there, where any
# sanitizer report fails its test. Ends with CTest's summary of that run; the exit code is
# non-zero when either run fails. COUNTERSIGN_SANITIZERS=0 skips the second run (not in CI).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

countersign_build ci
cmake --build --preset ci --target format-check
export QT_QPA_PLATFORM=offscreen
ctest --preset ci -j "$(nproc)" "$@"

if [ "${COUNTERSIGN_SANITIZERS:-1}" != 0 ]; then
  countersign_build asan-ubsan core-cli-tests
  ctest --preset asan-ubsan-core-cli -j "$(nproc)" "$@"
fi

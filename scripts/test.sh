#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build (with -Werror), run every test
# headless. Ends with CTest's summary; the exit code is CTest's.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

countersign_build ci
export QT_QPA_PLATFORM=offscreen
ctest --preset ci -j "$(nproc)" "$@"

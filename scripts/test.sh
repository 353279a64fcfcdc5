#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build (with -Werror), check formatting
# (format-check fails the run on any clang-format diff), run every test headless. Ends with
# CTest's summary; the exit code is CTest's.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

countersign_build ci
cmake --build --preset ci --target format-check
export QT_QPA_PLATFORM=offscreen
ctest --preset ci -j "$(nproc)" "$@"

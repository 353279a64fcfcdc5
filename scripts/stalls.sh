#!/usr/bin/env bash
# The event-loop stall harness (ctest label `stall`, outside the default run): the real main
# window on a demo workspace whose audit store holds 1,000,000 records (COUNTERSIGN_STALL_RECORDS
# overrides), driven through every pane and the Audit pane; fails on any stall of the GUI thread
# over 50 ms and prints every stall of 20 ms or more. Builds the ci preset's test first.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

countersign_build ci test_gui_stalls countersign-cli
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build/ci -L '^stall$' --output-on-failure "$@"

#!/usr/bin/env bash
# The long tests outside the default run (ctest label `soak`): the audit store's SIGKILL crash
# loop, 10,000 cycles (COUNTERSIGN_SOAK_CYCLES overrides). Builds the ci preset first.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

countersign_build ci test_audit_concurrency audit_append_helper
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build/ci -L '^soak$' --output-on-failure "$@"

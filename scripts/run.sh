#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build (release), create the demo
# workspace on first run, and launch the console on it.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

countersign_build release countersign countersign-cli
WORKSPACE="${COUNTERSIGN_DEMO:-$HOME/countersign-demo}"
if [ ! -f "$WORKSPACE/config/ml/controls.json" ]; then
  echo "countersign: creating the demo workspace in $WORKSPACE"
  build/release/app/countersign-cli demo init "$WORKSPACE"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "countersign: no display found (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
  echo "  On a machine without a screen, run the console under a virtual display:" >&2
  echo "    xvfb-run -a -s '-screen 0 1280x800x24' scripts/run.sh" >&2
  exit 1
fi
exec build/release/app/countersign --workspace "$WORKSPACE" "$@"

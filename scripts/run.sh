#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build (release), create the demo
# workspace on first run, and launch the console on it.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

countersign_build release countersign countersign-cli
WORKSPACE="${COUNTERSIGN_DEMO:-$HOME/countersign-demo}"
CLI=build/release/app/countersign-cli

# The bundles of the demo whose approvals the release calendar allows now (`bundle list`):
# `scheduled` prints only the current cycle's scheduled bundles, `all` the bundles whose owner
# asks for the hotfix lane too (a signed hotfix request opens it; see docs/demo.md).
bundles_open_now() {
  "$CLI" --workspace "$WORKSPACE" --json bundle list |
    awk -F'"' -v which="$1" '/"calendar_allows_now": true/ {open=1} /"calendar_allows_now": false/ {open=0}
                             /"id":/ {id=$4} /"kind":/ {kind=$4}
                             /"valid":/ {if ((open && kind == "scheduled") || (which == "all" && kind == "hotfix")) print id; open=0}'
}

# A demo made on an earlier day was made for a change window that has closed: it is kept
# beside the new one (never deleted) and a demo for today's window is made.
if [ -f "$WORKSPACE/config/ml/controls.json" ] &&
   grep -q '"training": *true' "$WORKSPACE/config/ml/controls.json" &&
   grep -q '^Made by `countersign-cli demo init`' "$WORKSPACE/README.md" 2>/dev/null &&
   [ -z "$(bundles_open_now scheduled)" ]; then
  kept="$WORKSPACE.$(date +%Y%m%d-%H%M%S)"
  mv "$WORKSPACE" "$kept"
  echo "countersign: the demo in $WORKSPACE was made for a change window that has closed; kept it as $kept"
fi
if [ ! -f "$WORKSPACE/config/ml/controls.json" ]; then
  echo "countersign: creating the demo workspace in $WORKSPACE"
  build/release/app/countersign-cli demo init "$WORKSPACE"
  # What the ml-guardrails CI job would have done for this cycle's bundles: run the gates and
  # sign the reports with the demo pipeline key (some gates fail on purpose; see docs/demo.md).
  # The bundles are the demo's own: those whose approvals the release calendar allows now (the
  # current cycle's scheduled bundles, inside its open window, and the hotfix candidates).
  PASSFILE=$(mktemp); printf 'demo-ci.guardrails' > "$PASSFILE"
  BUNDLES=$(bundles_open_now all)
  [ -n "$BUNDLES" ] || { echo "countersign: the demo lists no bundle in an open window" >&2; exit 1; }
  for bundle in $BUNDLES; do
    build/release/app/countersign-cli --workspace "$WORKSPACE" gates "$bundle" \
      --report "$WORKSPACE/.countersign/last-guardrails-report.json" \
      --key "$WORKSPACE/keys/ci.guardrails.key.pem" --passphrase-file "$PASSFILE" \
      > /dev/null && rc=0 || rc=$?
    # Exit 1 is a gate that fails by design; anything else means the set-up itself broke.
    [ "$rc" -le 1 ] || { echo "countersign: the demo's pipeline run failed for $bundle" >&2; exit 1; }
  done
  rm -f "$PASSFILE"
elif [ -f "$WORKSPACE/.countersign/audit.sqlite" ]; then
  # A demo made by an earlier Countersign has its audit store in schema 1: convert it (the copy
  # is verified first, the old file kept beside it; nothing to do for a current store).
  migrated=$(build/release/app/countersign-cli --workspace "$WORKSPACE" --json audit migrate)
  if printf '%s' "$migrated" | grep -q '"migrated": *true'; then
    echo "countersign: the demo's audit store was migrated to schema 2: $migrated"
  fi
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "countersign: no display found (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
  echo "  On a machine without a screen, run the console under a virtual display:" >&2
  echo "    xvfb-run -a -s '-screen 0 1280x800x24' scripts/run.sh" >&2
  exit 1
fi
# The demo was made for the change window open on the day it was created (docs/demo.md): the
# console runs on the real clock. COUNTERSIGN_CLOCK=<ISO instant> starts it at another time
# instead (training workspaces only), e.g. to replay a demo made with `demo init --at`.
CLOCK_ARGS=()
[ -n "${COUNTERSIGN_CLOCK:-}" ] && [ "${COUNTERSIGN_CLOCK}" != now ] && CLOCK_ARGS=(--clock "$COUNTERSIGN_CLOCK")
exec build/release/app/countersign --workspace "$WORKSPACE" "${CLOCK_ARGS[@]}" "$@"

#!/usr/bin/env bash
# Writes docs/cli.md from the command line's own help (run after a build; TestCliWorkspace
# checks that every command has its section).
#   scripts/cli-reference.sh [path/to/countersign-cli]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLI="${1:-$ROOT/build/ci/app/countersign-cli}"
{
  echo "# countersign-cli reference"
  echo
  echo "Written by \`scripts/cli-reference.sh\` from the program's own \`--help\`; exit codes: 0 ok"
  echo "or pass, 1 a check failed, 2 bad input or usage (the message names the file and the"
  echo "reason), 3 internal error. File formats are in [formats.md](formats.md)."
  echo
  echo '```'
  "$CLI" --help
  echo '```'
  "$CLI" --help | awk '/^Commands:/ {on=1; next} /^$/ {on=0} on {print $1" "$2}' |
    while read -r word1 word2; do
      # One-word commands (bias, drift, gates): the second word is their summary's, capitalised.
      case "$word2" in [A-Z]*) cmd="$word1" ;; *) cmd="$word1 $word2" ;; esac
      echo
      echo "## $cmd"
      echo
      echo '```'
      # shellcheck disable=SC2086
      "$CLI" $cmd --help
      echo '```'
    done
} > "$ROOT/docs/cli.md"
echo "wrote $ROOT/docs/cli.md"

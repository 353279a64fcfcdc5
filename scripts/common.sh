# Shared by run.sh and test.sh: dependencies, then an incremental build of a preset.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

countersign_build() {  # countersign_build PRESET [targets...]
  local preset="$1"; shift
  "$ROOT/packaging/install-deps.sh"
  export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
  if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset" >/dev/null
  fi
  local jobs; jobs=$(nproc)
  if [ $# -gt 0 ]; then
    cmake --build --preset "$preset" -j "$jobs" --target "$@"
  else
    cmake --build --preset "$preset" -j "$jobs"
  fi
}

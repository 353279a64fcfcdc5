#!/usr/bin/env bash
# PSI over 1 million rows x 20 features against a numpy/pandas reference of the same
# definition. Prints the medians, the ratio and the largest PSI difference (must be <= 1e-9).
# Data goes to a temporary folder, never into git.
# Usage: tests/benchmarks/drift/run.sh [ROWS] [RUNS]   (build first: cmake --build --preset ci)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
. "$here/../lib.sh"
cli="${COUNTERSIGN_CLI:-$root/build/ci/app/countersign-cli}"
rows="${1:-1000000}"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

c++ -O2 -o "$work/gen" "$here/gen_samples.cpp"
"$work/gen" "$rows" 1 0 > "$work/baseline.csv"
"$work/gen" "$rows" 2 1 > "$work/current.csv"
echo "data: $rows rows x 20 features per side, $(du -ch "$work"/*.csv | tail -1 | cut -f1) in all"

cli_args=(--json drift --baseline "$work/baseline.csv" --current "$work/current.csv")
py_args=("$here/numpy_psi.py" "$work/baseline.csv" "$work/current.csv")

cs_times=$(time_runs "$runs" "$work/cs.json" "$cli" "${cli_args[@]}")
np_times=$(time_runs "$runs" "$work/np.json" /usr/bin/python3 "${py_args[@]}")
cs=$(echo "$cs_times" | median)
np=$(echo "$np_times" | median)
rss_kb=$(peak_rss_kb "$cli" "${cli_args[@]}")

/usr/bin/python3 - "$work/cs.json" "$work/np.json" <<'PY'
import json, sys
cs = json.load(open(sys.argv[1])); ref = json.load(open(sys.argv[2]))
mine = {f["name"]: f["psi"] for f in cs["features"]}
assert set(mine) == set(ref), (sorted(mine), sorted(ref))
diff = max(abs(mine[k] - ref[k]) for k in ref)
print("largest |PSI difference| over %d features: %.3g (must be <= 1e-9); breached: %s"
      % (len(ref), diff, ", ".join(cs["breached"]) or "none"))
assert diff <= 1e-9
PY
printf 'countersign-cli drift: median %.2f s (runs: %s)\n' "$cs" "$(echo $cs_times | tr '\n' ' ')"
printf 'numpy/pandas reference: median %.2f s (runs: %s)\n' "$np" "$(echo $np_times | tr '\n' ' ')"
printf 'ratio countersign/numpy: %.3fx (goal <= 0.25x)\n' "$(echo "$cs / $np" | bc -l)"
printf 'countersign-cli peak RSS: %.1f MiB\n' "$(echo "$rss_kb / 1024" | bc -l)"

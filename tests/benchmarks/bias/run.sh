#!/usr/bin/env bash
# Bias gate on a 10 million row predictions CSV against pandas (read_csv + the same
# confusion counts). Prints the medians, the ratio and countersign-cli's peak memory, and
# checks that both count the same. Data goes to a temporary folder, never into git.
# Usage: tests/benchmarks/bias/run.sh [ROWS] [RUNS]   (build first: cmake --build --preset ci)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
. "$here/../lib.sh"
cli="${COUNTERSIGN_CLI:-$root/build/ci/app/countersign-cli}"
rows="${1:-10000000}"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

c++ -O2 -o "$work/gen" "$here/gen_predictions.cpp"
"$work/gen" "$rows" 1 > "$work/predictions.csv"
echo "data: $rows rows, $(du -h "$work/predictions.csv" | cut -f1)"

cli_args=(--json bias --predictions "$work/predictions.csv" --label label --positive-label 1
          --score score --threshold 0.5 --group gender --group age_band --group region)
py_args=("$here/pandas_bias.py" "$work/predictions.csv" 0.5 gender age_band region)

cs_times=$(time_runs "$runs" "$work/cs.json" "$cli" "${cli_args[@]}")
pd_times=$(time_runs "$runs" "$work/pd.json" /usr/bin/python3 "${py_args[@]}")
cs=$(echo "$cs_times" | median)
pd=$(echo "$pd_times" | median)
rss_kb=$(peak_rss_kb "$cli" "${cli_args[@]}")

/usr/bin/python3 - "$work/cs.json" "$work/pd.json" <<'PY'
import json, sys
cs = json.load(open(sys.argv[1])); pd = json.load(open(sys.argv[2]))
mine = {a["name"]: {g["value"]: [g["tp"], g["fp"], g["tn"], g["fn"]] for g in a["groups"]} for a in cs["attributes"]}
assert mine == pd, "counts differ:\n%s\n%s" % (mine, pd)
print("counts identical: %d attributes, %d groups" % (len(mine), sum(len(v) for v in mine.values())))
PY
printf 'countersign-cli bias: median %.2f s (runs: %s)\n' "$cs" "$(echo $cs_times | tr '\n' ' ')"
printf 'pandas read_csv+groupby: median %.2f s (runs: %s)\n' "$pd" "$(echo $pd_times | tr '\n' ' ')"
printf 'ratio countersign/pandas: %.3fx (goal <= 0.2x)\n' "$(echo "$cs / $pd" | bc -l)"
printf 'countersign-cli peak RSS: %.1f MiB (goal < 256 MiB)\n' "$(echo "$rss_kb / 1024" | bc -l)"

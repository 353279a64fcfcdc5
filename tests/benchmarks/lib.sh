# Helpers shared by the benchmark scripts: source it.
#   . "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

# Median of the numbers on stdin, one per line.
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# a / b with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# Peak RSS in KiB of CMD... The command's own exit status does not matter (a gate that finds
# a problem exits 1, and under pipefail that used to end a script before its summary).
peak_rss_kb() {
  { /usr/bin/time -v "$@" 2>&1 >/dev/null || true; } |
    awk -F: '/Maximum resident/ { gsub(/ /, "", $2); print $2 }'
}

# time_runs RUNS OUTFILE CMD...: runs CMD RUNS times (stdout to OUTFILE; exit 1, a failed
# check, is accepted) and prints the wall seconds of each run, one per line.
time_runs() {
  local runs="$1" out="$2"; shift 2
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s.%N); "$@" > "$out" || [ $? -eq 1 ]; t1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }'
  done
}

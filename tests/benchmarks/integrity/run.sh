#!/usr/bin/env bash
# Integrity and scan-parsing benchmarks (not a ctest test). Prints medians and the ratio to
# the peer tool measured in the same run.
#   tests/benchmarks/integrity/run.sh [BUILD_DIR]     (default: build/ci)
# Data is generated under $BENCH_DIR (default /tmp/countersign-bench) and never committed:
#   one 4 GiB file, eight 512 MiB files, a ~50 MB Trivy JSON report.
# Goals (issue 5): 4 GiB ≤ 1.1x `openssl dgst -sha256`; eight files ≤ 0.6x openssl run one
# after the other (both cores); peak RSS < 64 MiB.
#
# Fairness: every timed run of every tool starts with the files in the page cache (they are
# read just before), so the tools are compared on hashing, not on the disk; and the hashing
# cases run interleaved (each round runs every tool once) so load from other jobs on a shared
# machine falls on all of them alike. The
# 8-file case also times two openssl processes in parallel: the most two cores give on this
# machine at that moment (on a shared machine other jobs take cores; the load average is
# printed with the results). BENCH_CASES (default "one eight parse") picks the cases.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
repo=$(cd "$here/../../.." && pwd)
build=${1:-$repo/build/ci}
cli="$build/app/countersign-cli"
data=${BENCH_DIR:-/tmp/countersign-bench}
runs=${BENCH_RUNS:-3}
cases=${BENCH_CASES:-one eight parse}
has() { [[ " $cases " == *" $1 "* ]]; }
[ -x "$cli" ] || { echo "build countersign-cli first ($cli)" >&2; exit 2; }
for tool in hyperfine openssl sha256sum jq /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool (packaging/install-deps.sh)" >&2; exit 2; }
done
mkdir -p "$data"

# Pseudo-random bytes fast: AES-CTR keystream (compressible zeros would flatter nobody, but
# real data is the honest case).
make_file() {  # path size-in-MiB
  [ -f "$1" ] && [ "$(stat -c %s "$1")" -eq $(($2 * 1048576)) ] && return
  # openssl dies of SIGPIPE when head has enough: expected, so not under pipefail.
  (set +o pipefail
   openssl enc -aes-128-ctr -nosalt -pass pass:"$(basename "$1")" -pbkdf2 < /dev/zero 2>/dev/null |
     head -c $(($2 * 1048576)) > "$1")
  [ "$(stat -c %s "$1")" -eq $(($2 * 1048576)) ] || { echo "could not write $1" >&2; exit 2; }
}
echo "== generating data in $data"
mkdir -p "$data/one" "$data/eight"
if has one; then
  make_file "$data/one/big.bin" 4096
  [ -s "$data/one/SHA256SUMS" ] || (cd "$data/one" && sha256sum big.bin > SHA256SUMS)
fi
if has eight; then
  for i in 1 2 3 4 5 6 7 8; do make_file "$data/eight/part$i.bin" 512; done
  [ -s "$data/eight/SHA256SUMS" ] || (cd "$data/eight" && sha256sum part*.bin > SHA256SUMS)
fi
if has parse; then
  [ -s "$data/trivy-50mb.json" ] || /usr/bin/python3 "$here/make_trivy_report.py" "$data/trivy-50mb.json" 50
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

hyperfine_median() {  # hyperfine json, command index
  jq -r ".results[$2].median" "$1"
}
ms() { awk -v a="$1" 'BEGIN { printf "%.0f ms", a * 1000 }'; }

# Interleaved rounds: each round warms the cache and runs every tool once, in turn, so a
# burst of load from other jobs hits all tools alike; medians over the rounds (one extra
# warm-up round is discarded). Usage: interleave NAME WARM_CMD CMD... ; sets NAME_0, NAME_1...
interleave() {
  local name=$1 warm=$2; shift 2
  local n=$# i r t0 t1
  local -a times
  for ((i = 0; i < n; i++)); do times[i]=""; done
  for ((r = 0; r <= runs; r++)); do
    i=0
    for cmd in "$@"; do
      sh -c "$warm" >/dev/null 2>&1
      t0=$(date +%s.%N)
      sh -c "$cmd" >/dev/null 2>&1 || true
      t1=$(date +%s.%N)
      [ "$r" -gt 0 ] && times[i]="${times[i]} $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')"
      i=$((i + 1))
    done
  done
  for ((i = 0; i < n; i++)); do
    printf -v "${name}_$i" '%s' "$(echo "${times[i]}" | tr ' ' '\n' | sed '/^$/d' | sort -n |
      awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
    echo "   $name[$i]:${times[i]}"
  done
}

if has one; then
  echo
  echo "== one 4 GiB file: countersign vs openssl dgst -sha256 vs sha256sum -c (cache warm, interleaved)"
  interleave one "cat $data/one/big.bin" \
    "$cli integrity verify --manifest $data/one/SHA256SUMS" \
    "openssl dgst -sha256 $data/one/big.bin" \
    "cd $data/one && sha256sum -c --quiet SHA256SUMS"
  c1=$one_0; o1=$one_1; s1=$one_2
  rss1=$(peak_rss_kb "$cli" integrity verify --manifest "$data/one/SHA256SUMS")
fi

if has eight; then
  echo "== eight 512 MiB files: countersign (pool) vs openssl one after the other (cache warm, interleaved)"
  interleave eight "cat $data/eight/part*.bin" \
    "$cli integrity verify --manifest $data/eight/SHA256SUMS" \
    "for f in $data/eight/part*.bin; do openssl dgst -sha256 \$f; done" \
    "cd $data/eight && sha256sum -c --quiet SHA256SUMS" \
    "for f in $data/eight/part[1-4].bin; do openssl dgst -sha256 \$f; done & for f in $data/eight/part[5-8].bin; do openssl dgst -sha256 \$f; done; wait"
  c8=$eight_0; o8=$eight_1; s8=$eight_2; p8=$eight_3
  sh -c "cat $data/eight/part*.bin" >/dev/null
  cpu8=$({ /usr/bin/time -f '%P' "$cli" integrity verify --manifest "$data/eight/SHA256SUMS" 2>&1 >/dev/null || true; } | tail -1 | tr -d '%')
  rss8=$(peak_rss_kb "$cli" integrity verify --manifest "$data/eight/SHA256SUMS")
fi

if has parse; then
  echo "== parsing a $(du -m "$data/trivy-50mb.json" | cut -f1) MB Trivy report: countersign scans parse vs jq"
  hyperfine --style basic --warmup 1 --runs "$runs" -i --export-json "$data/parse.json" \
    -n countersign "$cli --json scans parse $data/trivy-50mb.json" \
    -n jq "jq -c '[.Results[].Vulnerabilities[] | {VulnerabilityID, PkgName, Severity}] | length' $data/trivy-50mb.json" >/dev/null
  cp=$(hyperfine_median "$data/parse.json" 0); jp=$(hyperfine_median "$data/parse.json" 1)
  rssp=$(peak_rss_kb "$cli" --json scans parse "$data/trivy-50mb.json")
fi

echo
echo "RESULTS (medians of $runs runs, $(nproc) cores, $(openssl version | cut -d' ' -f1-2); load average before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-44s %10s %10s %8s %s\n' "case" "countersign" "peer" "ratio" "goal"
if has one; then
  printf '%-44s %10s %10s %8s %s\n' "4 GiB file vs openssl dgst" "$(ms "$c1")" "$(ms "$o1")" "$(ratio "$c1" "$o1")x" "<= 1.1x"
  printf '%-44s %10s %10s %8s %s\n' "4 GiB file vs sha256sum -c" "$(ms "$c1")" "$(ms "$s1")" "$(ratio "$c1" "$s1")x" ""
fi
if has eight; then
  printf '%-44s %10s %10s %8s %s\n' "8 x 512 MiB vs openssl sequential" "$(ms "$c8")" "$(ms "$o8")" "$(ratio "$c8" "$o8")x" "<= 0.6x"
  printf '%-44s %10s %10s %8s %s\n' "8 x 512 MiB vs sha256sum -c" "$(ms "$c8")" "$(ms "$s8")" "$(ratio "$c8" "$s8")x" ""
  printf '%-44s %10s %10s %8s %s\n' "8 x 512 MiB vs 2 openssl in parallel" "$(ms "$c8")" "$(ms "$p8")" "$(ratio "$c8" "$p8")x" "(two-core ceiling)"
  printf '%-44s %10s\n' "countersign CPU use (one run), 8 x 512 MiB" "${cpu8} %"
fi
if has parse; then
  printf '%-44s %10s %10s %8s %s\n' "50 MB Trivy report vs jq" "$(ms "$cp")" "$(ms "$jp")" "$(ratio "$cp" "$jp")x" ""
fi
if has one; then printf '%-44s %10s\n' "peak RSS, 4 GiB file" "$((rss1 / 1024)) MiB"; fi
if has eight; then printf '%-44s %10s  (goal < 64 MiB)\n' "peak RSS, 8 x 512 MiB" "$((rss8 / 1024)) MiB"; fi
if has parse; then printf '%-44s %10s\n' "peak RSS, parsing the 50 MB report" "$((rssp / 1024)) MiB"; fi
exit 0

#!/usr/bin/env bash
# Integrity and scan-parsing benchmarks (not a ctest test). Prints medians and the ratio to
# the peer tool measured in the same run.
#   tests/benchmarks/integrity/run.sh [BUILD_DIR]     (default: build/ci)
# Data is generated under $BENCH_DIR (default /tmp/countersign-bench) and never committed:
#   one 4 GiB file, eight 512 MiB files, a ~50 MB Trivy JSON report.
# Goals (issue 5): 4 GiB ≤ 1.1x `openssl dgst -sha256`; eight files ≤ 0.6x openssl run one
# after the other (both cores); peak RSS < 64 MiB.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
build=${1:-$repo/build/ci}
cli="$build/app/countersign-cli"
data=${BENCH_DIR:-/tmp/countersign-bench}
runs=${BENCH_RUNS:-5}
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
make_file "$data/one/big.bin" 4096
for i in 1 2 3 4 5 6 7 8; do make_file "$data/eight/part$i.bin" 512; done
(cd "$data/one" && sha256sum big.bin > SHA256SUMS)
(cd "$data/eight" && sha256sum part*.bin > SHA256SUMS)
/usr/bin/python3 "$here/make_trivy_report.py" "$data/trivy-50mb.json" 50

median() {  # hyperfine json, command index
  jq -r ".results[$2].median" "$1"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ms() { awk -v a="$1" 'BEGIN { printf "%.0f ms", a * 1000 }'; }

echo
echo "== one 4 GiB file: countersign vs openssl dgst -sha256 (page cache warm)"
hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$data/one.json" \
  -n countersign "$cli integrity verify --manifest $data/one/SHA256SUMS" \
  -n openssl "openssl dgst -sha256 $data/one/big.bin" \
  -n sha256sum "sh -c 'cd $data/one && sha256sum -c --quiet SHA256SUMS'" >/dev/null
c1=$(median "$data/one.json" 0); o1=$(median "$data/one.json" 1); s1=$(median "$data/one.json" 2)

echo "== eight 512 MiB files: countersign (pool) vs openssl one after the other"
hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$data/eight.json" \
  -n countersign "$cli integrity verify --manifest $data/eight/SHA256SUMS" \
  -n openssl-sequential "sh -c 'for f in $data/eight/part*.bin; do openssl dgst -sha256 \$f; done'" \
  -n sha256sum "sh -c 'cd $data/eight && sha256sum -c --quiet SHA256SUMS'" >/dev/null
c8=$(median "$data/eight.json" 0); o8=$(median "$data/eight.json" 1); s8=$(median "$data/eight.json" 2)

echo "== peak memory (/usr/bin/time -v, maximum resident set size)"
rss1=$(/usr/bin/time -v "$cli" integrity verify --manifest "$data/one/SHA256SUMS" 2>&1 >/dev/null | awk -F: '/Maximum resident/ { gsub(/ /, "", $2); print $2 }')
rss8=$(/usr/bin/time -v "$cli" integrity verify --manifest "$data/eight/SHA256SUMS" 2>&1 >/dev/null | awk -F: '/Maximum resident/ { gsub(/ /, "", $2); print $2 }')

echo "== parsing a $(du -m "$data/trivy-50mb.json" | cut -f1) MB Trivy report: countersign scans parse vs jq"
hyperfine --style basic --warmup 1 --runs "$runs" -i --export-json "$data/parse.json" \
  -n countersign "$cli --json scans parse $data/trivy-50mb.json" \
  -n jq "jq -c '[.Results[].Vulnerabilities[] | {VulnerabilityID, PkgName, Severity}] | length' $data/trivy-50mb.json" >/dev/null
cp=$(median "$data/parse.json" 0); jp=$(median "$data/parse.json" 1)
rssp=$(/usr/bin/time -v "$cli" --json scans parse "$data/trivy-50mb.json" 2>&1 >/dev/null | awk -F: '/Maximum resident/ { gsub(/ /, "", $2); print $2 }')

echo
echo "RESULTS (medians of $runs runs, $(nproc) cores, $(openssl version | cut -d' ' -f1-2))"
printf '%-44s %10s %10s %8s %s\n' "case" "countersign" "peer" "ratio" "goal"
printf '%-44s %10s %10s %8s %s\n' "4 GiB file vs openssl dgst" "$(ms "$c1")" "$(ms "$o1")" "$(ratio "$c1" "$o1")x" "<= 1.1x"
printf '%-44s %10s %10s %8s %s\n' "4 GiB file vs sha256sum -c" "$(ms "$c1")" "$(ms "$s1")" "$(ratio "$c1" "$s1")x" ""
printf '%-44s %10s %10s %8s %s\n' "8 x 512 MiB vs openssl sequential" "$(ms "$c8")" "$(ms "$o8")" "$(ratio "$c8" "$o8")x" "<= 0.6x"
printf '%-44s %10s %10s %8s %s\n' "8 x 512 MiB vs sha256sum -c" "$(ms "$c8")" "$(ms "$s8")" "$(ratio "$c8" "$s8")x" ""
printf '%-44s %10s %10s %8s %s\n' "50 MB Trivy report vs jq" "$(ms "$cp")" "$(ms "$jp")" "$(ratio "$cp" "$jp")x" ""
printf '%-44s %10s\n' "peak RSS, 4 GiB file" "$((rss1 / 1024)) MiB"
printf '%-44s %10s  (goal < 64 MiB)\n' "peak RSS, 8 x 512 MiB" "$((rss8 / 1024)) MiB"
printf '%-44s %10s\n' "peak RSS, parsing the 50 MB report" "$((rssp / 1024)) MiB"

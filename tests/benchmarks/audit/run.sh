#!/usr/bin/env bash
# Audit store benchmarks (issue 3, item 8). Each prints its figures and the ratio to its peer
# measured in the same run. Medians of RUNS runs. Data goes to $AUDIT_BENCH_DIR (not git).
#   tests/benchmarks/audit/run.sh [build-dir]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
BUILD="${1:-$ROOT/build/ci}"
CLI="$BUILD/app/countersign-cli"
BENCH="$BUILD/tests/benchmarks/audit/audit_bench"
PANE_BENCH="$BUILD/tests/benchmarks/audit/audit_pane_bench"
WORK="${AUDIT_BENCH_DIR:-/tmp/countersign-audit-bench}"
N_BULK="${N_BULK:-1000000}"
N_SINGLE="${N_SINGLE:-3000}"
RUNS="${RUNS:-7}"
mkdir -p "$WORK"

now() { date +%s.%N; }
. "$ROOT/tests/benchmarks/lib.sh"
peak_mb() { grep "Maximum resident" "$1" | awk '{printf "%.1f", $6/1024}'; }

echo "== 1. bulk append of $N_BULK records (one transaction)"
BULK="$WORK/bulk/audit.sqlite"
rm -rf "$WORK/bulk"; mkdir -p "$WORK/bulk"
t0=$(now); "$CLI" --store "$BULK" audit generate --count "$N_BULK" >/dev/null; t1=$(now)
ours=$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b-a}')
PEER="$WORK/peer-bulk.sqlite"; rm -f "$PEER"*
t0=$(now)
sqlite3 "$PEER" >/dev/null <<SQL
PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;
CREATE TABLE records(seq INTEGER PRIMARY KEY, time TEXT, actor TEXT, role TEXT, action TEXT, subject TEXT, bytes BLOB, hash BLOB);
BEGIN;
WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM c WHERE i < $N_BULK - 1)
INSERT INTO records SELECT i, strftime('%Y-%m-%dT%H:%M:%fZ','now'), 'r.ahmed', 'risk_officer', 'gate.bias',
  'fraud-detection@2026.11.0', CAST(printf('{"action":"gate.bias","actor":"r.ahmed","payload":{"measured":0.%03d,"note":"synthetic record %d","run":%d,"verdict":"pass"},"prev":"%s","role":"risk_officer","seq":%d,"subject":"fraud-detection@2026.11.0","time":"2026-11-25T02:00:00.000Z"}', i%1000, i, i, lower(hex(randomblob(32))), i) AS BLOB), randomblob(32) FROM c;
COMMIT;
SQL
t1=$(now)
peer=$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b-a}')
echo "countersign: $(printf %.2f "$ours") s ($(awk -v n="$N_BULK" -v s="$ours" 'BEGIN {printf "%.0f", n/s}') records/s, hashing + Merkle nodes)"
echo "sqlite3 peer (same rows, no hashing): $(printf %.2f "$peer") s"
echo "ratio countersign/sqlite3: $(ratio "$ours" "$peer")"
echo "store size: $(du -h "$BULK" | cut -f1)"

echo; echo "== 2. durable single appends ($N_SINGLE one-record transactions, WAL, synchronous=FULL)"
SQLF="$WORK/single.sql"
{ echo "PRAGMA journal_mode=WAL;"; echo "PRAGMA synchronous=FULL;"
  echo "CREATE TABLE IF NOT EXISTS records(seq INTEGER PRIMARY KEY, time TEXT, actor TEXT, role TEXT, action TEXT, subject TEXT, bytes BLOB, hash BLOB);"
  for i in $(seq 0 $((N_SINGLE - 1))); do
    echo "INSERT INTO records VALUES($i,'2026-11-25T02:00:00.000Z','r.ahmed','risk_officer','gate.bias','fraud-detection@2026.11.0',CAST('{\"action\":\"gate.bias\",\"actor\":\"r.ahmed\",\"payload\":{\"run\":$i,\"verdict\":\"pass\"},\"prev\":\"$(printf '%064d' 0)\",\"role\":\"risk_officer\",\"seq\":$i,\"subject\":\"fraud-detection@2026.11.0\",\"time\":\"2026-11-25T02:00:00.000Z\"}' AS BLOB),randomblob(32));"
  done; } > "$SQLF"
# Ours twice: the append loop inside the process, and the whole process as for the peer (start,
# opening the store, the loop, the checkpoint signed on close). The disk is shared: the runs
# alternate, and the medians are compared.
o=(); w=(); p=()
for r in $(seq "$RUNS"); do
  rm -rf "$WORK/single"; mkdir -p "$WORK/single"
  t0=$(now)
  o+=("$("$BENCH" append "$WORK/single/audit.sqlite" "$N_SINGLE" | awk '{print $(NF-1)}')")
  t1=$(now)
  w+=("$(awk -v n="$N_SINGLE" -v a="$t0" -v b="$t1" 'BEGIN {print n/(b-a)}')")
  rm -f "$WORK/peer-single.sqlite"*
  t0=$(now); sqlite3 "$WORK/peer-single.sqlite" < "$SQLF" >/dev/null; t1=$(now)
  p+=("$(awk -v n="$N_SINGLE" -v a="$t0" -v b="$t1" 'BEGIN {print n/(b-a)}')")
done
om=$(printf '%s\n' "${o[@]}" | median); wm=$(printf '%s\n' "${w[@]}" | median)
pm=$(printf '%s\n' "${p[@]}" | median)
echo "countersign: $(printf %.0f "$om") appends/s in the loop (median of $RUNS: ${o[*]})"
echo "countersign: $(printf %.0f "$wm") appends/s over the whole process (median of $RUNS: ${w[*]})"
echo "sqlite3 peer: $(printf %.0f "$pm") inserts/s over the whole process (median of $RUNS: ${p[*]})"
echo "ratio sqlite3/countersign, whole processes (time per append; goal <= 1.3): $(ratio "$pm" "$wm")"
echo "ratio sqlite3/countersign, our loop alone: $(ratio "$pm" "$om")"

echo; echo "== 3. full verification of $N_BULK records"
# BENCH_RT=1 runs both sides at real-time priority (root only): on a machine shared with
# builds, both then get the cores as on a quiet machine.
RT=(); if [ "${BENCH_RT:-0}" = 1 ]; then RT=(chrt -f 50); echo "(both at real-time priority)"; fi
o=(); p=()
for r in $(seq "$RUNS"); do
  t0=$(now); "${RT[@]}" /usr/bin/time -v -o "$WORK/verify.time" "$CLI" --store "$BULK" audit verify >/dev/null; t1=$(now)
  o+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b-a}')")
  t0=$(now); "${RT[@]}" /usr/bin/time -v -o "$WORK/peer.time" sh -c "sqlite3 '$BULK' 'SELECT bytes FROM records ORDER BY seq' | openssl dgst -sha256 >/dev/null"; t1=$(now)
  p+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b-a}')")
done
om=$(printf '%s\n' "${o[@]}" | median); pm=$(printf '%s\n' "${p[@]}" | median)
echo "countersign audit verify: $(printf %.2f "$om") s (median of $RUNS: ${o[*]}), peak RSS $(peak_mb "$WORK/verify.time") MB"
echo "sqlite3 | openssl dgst -sha256: $(printf %.2f "$pm") s (median of $RUNS: ${p[*]})"
echo "ratio countersign/peer (goal <= 1.5): $(ratio "$om" "$pm")"

echo; echo "== 3b. full verification of $N_BULK records with every witness checked"
# The same number of records, appended in WITNESSES batches; after each batch the store's
# checkpoint is kept as an auditor's copy (--checkpoint, a folder of them), and the store's key
# is given by hand (--vkey): verify proves the store consistent with every one of them (RFC 6962
# consistency proofs) on top of the full pass. The peer reads and hashes the same bytes.
WITNESSES="${WITNESSES:-50}"
WIT="$WORK/witnessed/audit.sqlite"
rm -rf "$WORK/witnessed"; mkdir -p "$WORK/witnessed/held"
per=$(( N_BULK / WITNESSES ))
for b in $(seq "$WITNESSES"); do
  "$CLI" --store "$WIT" audit generate --count "$per" >/dev/null
  "$CLI" --store "$WIT" audit checkpoint > "$WORK/witnessed/held/$(printf %04d "$b").checkpoint"
done
VKEY=$("$CLI" --store "$WIT" audit key)
o=(); p=()
for r in $(seq "$RUNS"); do
  t0=$(now); "${RT[@]}" /usr/bin/time -v -o "$WORK/verify-w.time" "$CLI" --store "$WIT" audit verify \
    --checkpoint "$WORK/witnessed/held" --vkey "$VKEY" >/dev/null; t1=$(now)
  o+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b-a}')")
  t0=$(now); "${RT[@]}" sh -c "sqlite3 '$WIT' 'SELECT bytes FROM records ORDER BY seq' | openssl dgst -sha256 >/dev/null"; t1=$(now)
  p+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b-a}')")
done
om=$(printf '%s\n' "${o[@]}" | median); pm=$(printf '%s\n' "${p[@]}" | median)
echo "countersign audit verify, $WITNESSES held checkpoints + --vkey: $(printf %.2f "$om") s (median of $RUNS: ${o[*]}), peak RSS $(peak_mb "$WORK/verify-w.time") MB"
echo "sqlite3 | openssl dgst -sha256: $(printf %.2f "$pm") s (median of $RUNS: ${p[*]})"
echo "ratio countersign/peer (goal <= 0.8, under 100 MB): $(ratio "$om" "$pm")"

if [ -x "$PANE_BENCH" ]; then
  echo; echo "== 4. opening the Audit pane on $N_BULK records"
  QT_QPA_PLATFORM=offscreen "$PANE_BENCH" "$BULK"
fi

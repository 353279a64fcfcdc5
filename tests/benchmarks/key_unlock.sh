#!/usr/bin/env bash
# Unlocking an operator key (PBKDF2-HMAC-SHA256, 600,000 iterations, then AES-256-CBC and
# an ECDSA P-256 signature check of the public half): countersign-cli vs openssl pkey on the
# same key file. Prints the medians and their ratio.
# usage: tests/benchmarks/key_unlock.sh [BUILD_DIR]   (default build/ci)
set -euo pipefail
build=${1:-build/ci}
cli="$build/app/countersign-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'benchmark passphrase\n' > "$work/pass"
"$cli" keys generate --operator bench --out "$work/bench.key" --passphrase-file "$work/pass" >/dev/null
hyperfine --warmup 2 --runs 15 --export-json "$work/h.json" \
  -n countersign "$cli keys show $work/bench.key --passphrase-file $work/pass" \
  -n openssl "openssl pkey -in $work/bench.key -passin file:$work/pass -pubout" >/dev/null
/usr/bin/python3 - "$work/h.json" <<'PY'
import json, sys
r = {x["command"]: x["median"] for x in json.load(open(sys.argv[1]))["results"]}
print("key unlock, median of 15 runs (600,000 PBKDF2-HMAC-SHA256 iterations):")
print("  countersign-cli keys show  %.3f s" % r["countersign"])
print("  openssl pkey -pubout       %.3f s" % r["openssl"])
print("  ratio countersign/openssl  %.2f" % (r["countersign"] / r["openssl"]))
PY

#!/usr/bin/env bash
# Installs the Debian 12 packages Countersign needs to build, run and test, when missing.
# As root it installs; with sudo it asks sudo; otherwise it prints the apt-get line and stops.
set -euo pipefail

PACKAGES=(
  # build
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libgl-dev libssl-dev libsqlite3-dev
  # run
  qt6-qpa-plugins fonts-dejavu-core
  # test: headless display, reference tools and peers the tests compare against (Qt's SQLite
  # driver: the tamper tests' second SQLite client)
  libqt6sql6-sqlite xvfb xauth sqlite3 openssl python3 python3-cryptography python3-pandas python3-numpy
  python3-sklearn  # its bundled breast_cancer.csv: the public dataset of tests/app/risk
  golang-go golang-golang-x-mod-dev
  # benchmarks and looking at the GUI
  hyperfine time imagemagick
  faketime  # the release walk-through runs the pipeline CLI on the console's test clock
  # format-check (clang-format 14) and the fuzz preset (libFuzzer, ASan, UBSan runtimes)
  clang-format clang-14 libclang-rt-14-dev
)
# Extra packages other scripts can add: COUNTERSIGN_EXTRA_PACKAGES="a b".
# shellcheck disable=SC2206
PACKAGES+=(${COUNTERSIGN_EXTRA_PACKAGES:-})

missing=()
for p in "${PACKAGES[@]}"; do
  [[ "$p" == \#* ]] && continue
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "countersign: installing missing packages: ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo)
else
  echo "countersign: these Debian packages are missing. Install them, then run this again:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

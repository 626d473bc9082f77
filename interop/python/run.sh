#!/usr/bin/env bash
# Interop test: Microsoft's Kiota-generated Python SDKs (msgraph-beta-sdk, msgraph-sdk) against
# lcw-emulator. Creates the venv when missing, builds the emulator, runs pytest.
# Exits non-zero when anything is missing or any test fails; never skips.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="${LCW_INTEROP_VENV:-$repo/target/interop-venv}"
stamp="$venv/.requirements.sha256"
want="$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)"

if [[ ! -x "$venv/bin/python" || ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    echo "interop: creating $venv (pip install -r requirements.txt: ~1.2 GB, a few minutes)"
    rm -rf "$venv"
    python3 -m venv "$venv"
    start=$(date +%s)
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$here/requirements.txt"
    echo "interop: pip install took $(( $(date +%s) - start ))s, venv is $(du -sh "$venv" | cut -f1)"
    echo "$want" > "$stamp"
fi

echo "interop: cargo build -p lcw-emulator"
(cd "$repo" && cargo build --quiet -p lcw-emulator)
export LCW_EMULATOR_BIN="$repo/target/debug/lcw-emulator"
[[ -x "$LCW_EMULATOR_BIN" ]] || { echo "interop: $LCW_EMULATOR_BIN missing after the build" >&2; exit 1; }

cd "$here"
export PYTHONDONTWRITEBYTECODE=1
set +e
"$venv/bin/python" -m pytest "$@"
status=$?
set -e
if [[ $status -eq 5 ]]; then
    echo "interop: pytest collected no test" >&2
    exit 1
fi
exit $status

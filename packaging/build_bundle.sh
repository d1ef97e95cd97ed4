#!/usr/bin/env bash
# Build the one-folder procdesk bundle with PyInstaller, then smoke-test it.
#
#   bash packaging/build_bundle.sh            throwaway venv under /tmp, removed afterwards
#   VENV=/path/to/venv bash packaging/...     reuse (or create and keep) that venv: faster rebuilds
#
# Result: build/bundle/procdesk/procdesk (run it; the folder is the whole application).
# Exits non-zero when the build or any smoke check fails. Other knobs: PYTHON (interpreter that
# makes the venv, default python3), PYINSTALLER (pip requirement, default "pyinstaller>=6.10,<7").
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
PYINSTALLER="${PYINSTALLER:-pyinstaller>=6.10,<7}"
DIST="$ROOT/build/bundle"
BUNDLE="$DIST/procdesk"

say() { printf '%s\n' "build_bundle: $*"; }
die() { printf '%s\n' "build_bundle: FAILED: $*" >&2; exit 1; }

started=$(date +%s)
scratch="$(mktemp -d /tmp/procdesk-bundle.XXXXXX)"
cleanup() { rm -rf "$scratch"; }
trap cleanup EXIT

# 1. A venv with procdesk's dependencies and PyInstaller.
if [[ -n "${VENV:-}" ]]; then
    venv="$VENV"
else
    venv="$scratch/venv"
fi
if [[ ! -x "$venv/bin/python" ]]; then
    say "creating venv $venv"
    "$PYTHON" -m venv "$venv"
fi
say "installing procdesk and $PYINSTALLER"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$ROOT" "$PYINSTALLER"

# 2. The bundle. The spec takes procdesk from this checkout and resources/ beside it.
say "running PyInstaller"
rm -rf "$BUNDLE"
"$venv/bin/python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" "$ROOT/packaging/procdesk.spec"
[[ -x "$BUNDLE/procdesk" ]] || die "no executable at $BUNDLE/procdesk"
built=$(date +%s)

# 3. Smoke checks: headless commands, then Qt (offscreen) and the PDF exporter, which need the
#    bundled plugins, fonts and sample source.
work="$scratch/smoke"
mkdir -p "$work"
export QT_QPA_PLATFORM=offscreen

version="$("$BUNDLE/procdesk" --version)" || die "procdesk --version exited $?"
[[ "$version" == procdesk\ * ]] || die "unexpected --version output: $version"
say "$version"

"$BUNDLE/procdesk" new "$work/x.procdesk" --sample >/dev/null || die "procdesk new --sample"
listing="$("$BUNDLE/procdesk" list "$work/x.procdesk")" || die "procdesk list"
[[ -n "$listing" ]] || die "procdesk list printed nothing"
printf '%s\n' "$listing"

process="$("$BUNDLE/procdesk" list "$work/x.procdesk" --json \
    | "$venv/bin/python" -c 'import json, sys; print(json.load(sys.stdin)["processes"][0]["id"])')" \
    || die "procdesk list --json"
"$BUNDLE/procdesk" export image "$work/x.procdesk" -p "$process" -o "$work/x.svg" >/dev/null \
    || die "procdesk export image (svg)"
"$BUNDLE/procdesk" export image "$work/x.procdesk" -p "$process" -o "$work/x.png" >/dev/null \
    || die "procdesk export image (png)"
"$BUNDLE/procdesk" export sop "$work/x.procdesk" -p "$process" -o "$work/x.pdf" >/dev/null \
    || die "procdesk export sop"
for file in x.svg x.png x.pdf; do
    [[ -s "$work/$file" ]] || die "export wrote no $file"
done

# The GUI on the workspace: it must still be running (not crashed on an import or a plugin)
# when `timeout` stops it, which then exits 124. Settings go to the scratch folder.
set +e
XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" \
    timeout 12 "$BUNDLE/procdesk" "$work/x.procdesk" >"$work/gui.log" 2>&1
status=$?
set -e
if [[ $status -ne 124 ]] || grep -q -E 'Traceback|Could not load the Qt platform' "$work/gui.log"; then
    cat "$work/gui.log" >&2
    die "the GUI did not keep running (exit $status)"
fi
say "GUI started and kept running"

# Every kept Qt plugin and library must find the Qt libraries it links inside the bundle.
missing="$(find "$BUNDLE/_internal/PySide6" -name '*.so*' -type f -print0 \
    | xargs -0 -n 1 ldd 2>/dev/null | grep -E 'libQt6[^ ]* => not found' | sort -u || true)"
[[ -z "$missing" ]] || die "Qt libraries missing from the bundle: $missing"

[[ -f "$BUNDLE/_internal/resources/icons/app/org.procdesk.Procdesk.svg" ]] \
    || die "the app icon is not in the bundle"

finished=$(date +%s)
size="$(du -sh "$BUNDLE" | cut -f1)"
say "ok: $BUNDLE ($size), built in $((built - started)) s, checked in $((finished - built)) s"

#!/usr/bin/env bash
# Install the built procdesk bundle with its menu entry, icon, workspace file type and AppStream
# data, following the freedesktop layout under PREFIX.
#
#   bash packaging/linux/install.sh                    for you alone, under ~/.local (no root)
#   sudo PREFIX=/usr/local bash packaging/linux/install.sh              for every user
#   DESTDIR=/tmp/root PREFIX=/usr bash packaging/linux/install.sh       stage files for a package
#   bash packaging/linux/install.sh --uninstall        remove what an install put under PREFIX
#
# BUNDLE (default build/bundle/procdesk, made by packaging/build_bundle.sh) is the folder to
# install. Desktop caches are refreshed when the tools are there, never with DESTDIR (the package
# manager does it on the target system).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
APP_ID="org.procdesk.Procdesk"
SIZES=(16 32 48 64 128 256 512)
BUNDLE="${BUNDLE:-$ROOT/build/bundle/procdesk}"
PREFIX="${PREFIX:-$HOME/.local}"
DESTDIR="${DESTDIR:-}"

target="$DESTDIR$PREFIX"
appdir="$target/lib/procdesk"
share="$target/share"
hicolor="$share/icons/hicolor"

say() { printf '%s\n' "install: $*"; }
die() { printf '%s\n' "install: $*" >&2; exit 2; }

refresh_caches() {
    [[ -z "$DESTDIR" ]] || return 0
    if command -v update-mime-database >/dev/null && [[ -d "$share/mime" ]]; then
        update-mime-database "$share/mime" 2>/dev/null || say "warning: update-mime-database failed"
    fi
    if command -v update-desktop-database >/dev/null && [[ -d "$share/applications" ]]; then
        update-desktop-database -q "$share/applications" || say "warning: update-desktop-database failed"
    fi
    if command -v gtk-update-icon-cache >/dev/null && [[ -f "$hicolor/index.theme" ]]; then
        gtk-update-icon-cache -q -t -f "$hicolor" || say "warning: gtk-update-icon-cache failed"
    fi
}

uninstall() {
    rm -rf "$appdir"
    if [[ -L "$target/bin/procdesk" ]]; then
        rm -f "$target/bin/procdesk"
    fi
    rm -f "$share/applications/$APP_ID.desktop" \
        "$share/metainfo/$APP_ID.metainfo.xml" \
        "$share/mime/packages/$APP_ID-mime.xml" \
        "$hicolor/scalable/apps/$APP_ID.svg"
    for size in "${SIZES[@]}"; do
        rm -f "$hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    refresh_caches
    say "removed procdesk from $target"
}

install_all() {
    [[ -x "$BUNDLE/procdesk" ]] || die "no bundle at $BUNDLE: run packaging/build_bundle.sh first"
    if [[ -e "$target/bin/procdesk" && ! -L "$target/bin/procdesk" ]]; then
        die "$target/bin/procdesk exists and is not ours (a pip install?): remove it first"
    fi

    # The application folder, and the command on PATH as a link into it.
    rm -rf "$appdir"
    mkdir -p "$appdir" "$target/bin"
    cp -a "$BUNDLE/." "$appdir/"
    ln -sfn "$PREFIX/lib/procdesk/procdesk" "$target/bin/procdesk"

    # The menu entry runs the command by its full path: ~/.local/bin is not always on the
    # desktop session's PATH.
    install -d "$share/applications"
    sed -e "s|^Exec=procdesk |Exec=\"$PREFIX/bin/procdesk\" |" \
        -e "s|^TryExec=procdesk$|TryExec=$PREFIX/bin/procdesk|" \
        "$ROOT/packaging/linux/$APP_ID.desktop" >"$share/applications/$APP_ID.desktop"
    chmod 644 "$share/applications/$APP_ID.desktop"

    install -D -m 644 "$ROOT/packaging/linux/$APP_ID.metainfo.xml" \
        "$share/metainfo/$APP_ID.metainfo.xml"
    install -D -m 644 "$ROOT/packaging/linux/$APP_ID-mime.xml" \
        "$share/mime/packages/$APP_ID-mime.xml"
    install -D -m 644 "$ROOT/resources/icons/app/$APP_ID.svg" \
        "$hicolor/scalable/apps/$APP_ID.svg"
    for size in "${SIZES[@]}"; do
        install -D -m 644 "$ROOT/resources/icons/app/$APP_ID-$size.png" \
            "$hicolor/${size}x${size}/apps/$APP_ID.png"
    done

    refresh_caches
    say "installed procdesk in $target (command: $PREFIX/bin/procdesk)"
}

case "${1:-}" in
    "") install_all ;;
    --uninstall) uninstall ;;
    *) die "unknown option $1 (use no option to install, --uninstall to remove)" ;;
esac

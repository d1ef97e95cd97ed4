"""Render the app icon's PNG sizes from its SVG with QtSvg.

Desktops look up fixed-size PNGs in the hicolor theme (and some ignore SVG), so the PNGs are
committed next to the SVG. Run this after editing the SVG:

    .venv/bin/python packaging/render_icons.py           # write the PNGs
    .venv/bin/python packaging/render_icons.py --check   # exit 1 if a PNG is out of date
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF  # noqa: TID251
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: TID251
from PySide6.QtSvg import QSvgRenderer  # noqa: TID251

APP_ID = "org.procdesk.Procdesk"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app"
SVG = ICON_DIR / f"{APP_ID}.svg"


def png_path(size: int) -> Path:
    """Where the PNG of *size* pixels lives, e.g. ``org.procdesk.Procdesk-16.png``."""
    return ICON_DIR / f"{APP_ID}-{size}.png"


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent square *size*-pixel image, antialiased."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def stale_sizes(svg: Path = SVG, tolerance: int = 2) -> list[int]:
    """The sizes whose committed PNG is missing or differs from a fresh render.

    A channel may differ by *tolerance*: Qt's raster engine picks SIMD code paths by CPU, and
    antialiased edges can come out one step apart on another machine.
    """
    stale = []
    for size in SIZES:
        committed = QImage(str(png_path(size)))
        fresh = render(svg, size)
        if committed.isNull() or committed.size() != fresh.size():
            stale.append(size)
            continue
        old = _rgba_bytes(committed)
        new = _rgba_bytes(fresh)
        if max(abs(a - b) for a, b in zip(old, new, strict=True)) > tolerance:
            stale.append(size)
    return stale


def _rgba_bytes(image: QImage) -> bytes:
    converted = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return bytes(converted.constBits())[: converted.sizeInBytes()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report out-of-date PNGs")
    options = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication([])
    if options.check:
        stale = stale_sizes()
        for size in stale:
            print(f"out of date: {png_path(size).name}", file=sys.stderr)
        return 1 if stale else 0
    for size in SIZES:
        if not render(SVG, size).save(str(png_path(size)), "PNG"):
            print(f"could not write {png_path(size)}", file=sys.stderr)
            return 1
        print(png_path(size))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The app icon: an SVG and the PNG sizes desktops look up, rendered from it and committed."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest
from PySide6.QtGui import QImage  # noqa: TID251
from PySide6.QtWidgets import QApplication  # noqa: TID251

from tests.packaging.paths import APP_ID, ICON_DIR, PACKAGING

SIZES = (16, 32, 48, 64, 128, 256, 512)


def render_icons() -> ModuleType:
    """packaging/render_icons.py, the script that makes the PNGs (not an importable package)."""
    spec = importlib.util.spec_from_file_location("render_icons", PACKAGING / "render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_svg_is_there_and_renders(qapp: QApplication) -> None:
    svg = ICON_DIR / f"{APP_ID}.svg"
    image = render_icons().render(svg, 64)
    assert image.width() == 64
    # the tile is opaque in the middle, the rounded corners stay transparent
    assert image.pixelColor(32, 32).alpha() == 255
    assert image.pixelColor(0, 0).alpha() == 0


@pytest.mark.parametrize("size", SIZES)
def test_png_exists_and_has_its_size(qapp: QApplication, size: int) -> None:
    # given the committed PNG of this size
    image = QImage(str(ICON_DIR / f"{APP_ID}-{size}.png"))
    # then it decodes to a square of exactly that size with an alpha channel
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_script_renders_exactly_the_sizes_tested_here(qapp: QApplication) -> None:
    assert render_icons().SIZES == SIZES


def test_pngs_are_up_to_date_with_the_svg(qapp: QApplication) -> None:
    # a fresh render of the SVG equals each committed PNG pixel for pixel
    stale = render_icons().stale_sizes()
    assert stale == [], f"run packaging/render_icons.py: {stale} px out of date"

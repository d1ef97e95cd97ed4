"""QtGui for the procdesk bundle: PyInstaller's own collection, less the plugins we never load.

PyInstaller collects every plugin of the types QtGui uses and then every library those plugins
link. Dropping the unused plugins here, before that dependency analysis, keeps their libraries
out too: embedded-device platforms (eglfs, linuxfb, vnc, Vulkan KHR display) and their evdev
input, image formats procdesk never reads, and the GTK 3 platform theme, which would bring a
private copy of GTK, cairo and friends that can clash with the desktop's own (file dialogs still
go native through the XDG desktop portal theme). Kept: xcb, wayland, offscreen and minimal
platforms, the SVG icon engine and image format, PNG/JPEG/GIF/ICO, compose and IBus input.
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

DROPPED_PLUGIN_TYPES = {"egldeviceintegrations", "generic"}
DROPPED_PLUGINS = {
    "libqeglfs.so",
    "libqlinuxfb.so",
    "libqminimalegl.so",
    "libqvkkhrdisplay.so",
    "libqvnc.so",
    "libqgtk3.so",
    "libqicns.so",
    "libqtga.so",
    "libqtiff.so",
    "libqwbmp.so",
    "libqwebp.so",
}


def _kept(source: str) -> bool:
    path = PurePath(source)
    return path.parent.name not in DROPPED_PLUGIN_TYPES and path.name not in DROPPED_PLUGINS


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, target) for source, target in binaries if _kept(source)]

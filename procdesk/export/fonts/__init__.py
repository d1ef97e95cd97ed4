"""Fonts beyond the bundled DejaVu Sans: where they are, what they cover, which one to use.

Qt-free (fontTools and the standard library), so the SOP exporter and the canvas share one
answer to "which installed font has this character, and which package would add it".
"""

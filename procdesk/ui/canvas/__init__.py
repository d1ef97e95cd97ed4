"""The diagram canvas: scene, items, notation painters, view, tools, and the offscreen renderer
that draws a diagram to SVG/PNG/PDF with the same painters (image export, SOP pictures).

May import: non-UI procdesk only; every other room of the window builds on it.
"""

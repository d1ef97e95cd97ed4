"""Dialogs opened from the canvas, the panels or the menus: weak points, SOP export.

May import: common and canvas.
"""

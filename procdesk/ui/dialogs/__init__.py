"""Dialogs opened from the canvas, the panels or the menus: weak points, SOP export.

May import: common, canvas and root_cause (the weak point dialog opens the analysis).
"""

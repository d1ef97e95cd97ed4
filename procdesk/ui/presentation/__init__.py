"""Presentation mode (F5): the diagram alone, full screen, walked step by step in a workshop.

May import: common and canvas.
"""

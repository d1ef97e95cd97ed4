"""The as-is/to-be comparison: figures, the list of changes, both pictures, the simulation.

May import: common and canvas.
"""

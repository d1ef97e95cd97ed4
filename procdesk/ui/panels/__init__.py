"""The docks beside the canvas, one room each: process tree, properties, findings, KPIs,
quick capture and search.

May import: common, canvas, dialogs, root_cause; a panel never imports another panel (the window
wires them).
"""

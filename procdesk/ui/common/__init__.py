"""Small pieces every room of the window uses: observing a document, background jobs,
settings, status colours, menus of choices, plot menus and shortcut tooltips.

May import: procdesk.ui.canvas (its style) and non-UI procdesk; no other room.
"""

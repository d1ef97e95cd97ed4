"""The team repository in the window: the dialogs to check processes out of a repository, to
check local changes in with a message, and to settle conflicts element by element (mine,
theirs, base side by side, and drawn on the element's diagram with the revision overlay).
The window's glue (``ui.window.repository_links``) runs them; the PostgreSQL side is reached
only through the callables and results handed in.

May import: common, canvas, versions (its overlay).
"""

"""Released versions of a process: the versions dock, release and approval dialogs, a version
shown read-only on the canvas, and the revision overlay (added, removed, changed, moved).

May import: common, canvas and compare.
"""

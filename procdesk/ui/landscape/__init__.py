"""The process landscape: the workspace's processes in management, core and support bands, the
interfaces between them as arrows, their status at a glance, the end-to-end view of one process,
the way into each process's diagram and back, and the pictures and SOP bundle made from it.

May import: common and canvas.
"""

"""The RACI matrix of the diagram shown (steps against roles, one letter a cell) and the
editor of the workspace's role list.

May import: common and canvas.
"""

"""The Audit area: the requirements, risks and controls registers, the coverage findings, the
risk matrix and the traceability of a chosen requirement, risk or control.

May import: common, canvas and dialogs.
"""

"""The Maturity area: assessments of a process under a maturity model (a level per dimension
with the evidence for it), the target profile and its gaps, the radar of the profile and the
history of assessments, and the model editor.

May import: common, canvas and dialogs.
"""

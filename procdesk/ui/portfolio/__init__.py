"""The Improvement area: the initiatives register, the business case of one initiative, the
priority matrix and the prioritisation framework.

May import: common, canvas and dialogs.
"""

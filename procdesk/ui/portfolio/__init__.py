"""The Improvement area: the initiatives register, the business case of one initiative, the
priority matrix and the prioritisation framework.

May import: common, canvas, dialogs and root_cause (the business case shows fishbones).
"""

"""The SOP PDF: the controlled document a process owner signs.

``sop_pdf`` turns a process, one of its diagrams and that diagram's SVG drawing into PDF bytes.
It never imports Qt: whoever can draw the diagram (the CLI, the app) hands over the SVG.
"""

"""Root-cause analysis of a weak point in the window: its 5 Whys and its fishbone, edited in
place, the fishbone painted from the same pure layout the PDF draws, exported as PNG, SVG or
PDF. Opened from the weak point dialog, the Findings panel and the canvas menu; the business
case shows each linked weak point's fishbone through it.

May import: common and canvas.
"""

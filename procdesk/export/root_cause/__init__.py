"""A weak point's root-cause analysis on paper: the fishbone as a reportlab Drawing (for the
SOP, the portfolio report and a one-page PDF) and the 5 Whys as text. Qt-free: the drawing
is made from the same pure layout the window paints (``procdesk.analysis.fishbone_layout``)."""

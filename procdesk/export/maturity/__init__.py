"""Maturity in PDFs: the radar of a profile as a reportlab drawing, and the maturity section
of a report (profile, history, gaps)."""

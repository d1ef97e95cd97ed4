"""The Performance area: the KPI dashboard across all processes (each KPI's latest value
against its target, its trend, overdue values, roll-ups per process and band, filters), the
import of measurements with a column mapping, their export, and the monthly report.

May import: common, canvas and landscape (the report's landscape picture).
"""

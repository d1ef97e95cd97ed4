"""Compliance files: the requirements register read from CSV or XLSX, the audit report
written as PDF or XLSX."""

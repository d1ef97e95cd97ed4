"""The portfolio for management and the PMO: a PDF report (reportlab) and an Excel workbook
(openpyxl) that can be edited and read back. Qt-free, like every exporter."""

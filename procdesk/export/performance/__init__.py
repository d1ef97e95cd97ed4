"""The monthly process performance report for management, as a PDF (reportlab, with small
trend charts and the landscape picture the window draws) and as a workbook (openpyxl, real
dates and numbers). Qt-free, like every exporter: the landscape comes in as SVG bytes."""

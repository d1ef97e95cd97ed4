"""KPI measurements in and out of files: text and cells read alike (the KPI panel's paste and
the import of a CSV file or a workbook with its columns mapped), and every measurement of the
workspace written to a workbook. Qt-free, like every exporter."""

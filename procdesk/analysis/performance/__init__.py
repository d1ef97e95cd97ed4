"""Process performance across the workspace: every KPI's latest value against its target, its
trend over the last periods and whether a value is overdue, rolled up per process and per
landscape band; and the monthly performance report built from them.

Pure and Qt-free: the Performance area, ``procdesk report`` and the report's PDF and workbook
all read the same figures, judged by the rules of ``procdesk.analysis.kpis``.
"""

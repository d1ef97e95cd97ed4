"""The KPI panel: KPIs of a process, their measurements (typed, pasted, CSV) and plot."""

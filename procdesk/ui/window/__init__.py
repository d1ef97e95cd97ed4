"""The main window and what wires it: menus and actions, docks, file commands (workspace,
BPMN, exports), theme, language, help, the start page and the set of open windows.

May import: every room; it is the only place that puts panels, dialogs and views together.
"""

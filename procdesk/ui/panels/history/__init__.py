"""The history panel: the change log of the process shown, or of the selected element."""

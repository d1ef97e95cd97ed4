"""The findings panel: lint findings, weak points and compliance findings of a diagram."""

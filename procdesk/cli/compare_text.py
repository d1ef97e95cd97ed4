"""A comparison of two diagrams as ``procdesk compare`` prints it without ``--json``."""

from __future__ import annotations

from procdesk.analysis.compare import Comparison, value_text


def print_comparison(
    title: str, result: Comparison, columns: tuple[str, str] | None = None
) -> None:
    """A diagram comparison as text, under *title*; the figures' *columns* are headed by the
    diagrams' names unless given (two versions of one diagram: their numbers)."""
    print(title)
    for heading, steps in (("added", result.added), ("removed", result.removed)):
        print(f"{heading} ({len(steps)}):")
        for step in steps:
            print(f"  {step.name or step.id}  [{step.kind}, {step.lane or 'no lane'}]")
    print(f"changed ({len(result.changed)}):")
    for change in result.changed:
        parts = "; ".join(
            f"{name} {value_text(old)} -> {value_text(new)}" for name, old, new in change.fields
        )
        print(f"  {change.after.name or change.after.id}: {parts}")
    before, after = columns or (result.before.name, result.after.name)
    print(f"{'figure':<18}{before:>14}{after:>14}{'change':>12}")
    for delta in result.deltas:
        row = delta.to_json()
        cells = ["-" if row[k] is None else f"{row[k]:g}" for k in ("from", "to", "delta")]
        print(f"{delta.figure:<18}{cells[0]:>14}{cells[1]:>14}{cells[2]:>12}")

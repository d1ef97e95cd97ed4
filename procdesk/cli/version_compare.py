"""``procdesk compare --from V1 --to V2|draft``: two versions of a process compared.

How ``--from`` and ``--to`` are read: a value of the form N.M (digits, a dot, digits, e.g.
``1.2``) names a released version of the process, and ``draft`` the working draft (the live
process); anything else names a diagram by name, variant or id, as before. Both must name
versions or both diagrams. A diagram whose name looks like a version is given by its id.

The JSON is ``compare``'s, for one diagram (``-d``, else the first both versions have), with
each side's ``version``, plus the revision's other changes: ``moved`` steps, ``process``
attributes, ``weak_points`` opened and closed, ``kpis`` added, removed and changed, and every
shared diagram under ``diagrams`` (``diagrams_added``, ``diagrams_removed``).
"""

from __future__ import annotations

import argparse
import json

from procdesk.analysis.revision_compare import (
    DRAFT,
    RevisionComparison,
    compare_revisions,
    side,
)
from procdesk.cli.common import EXIT_OK, fail, find_diagram
from procdesk.cli.compare_text import print_comparison
from procdesk.document import Document
from procdesk.model.elements import Process
from procdesk.model.releases import is_version
from procdesk.model.snapshots import SnapshotError


def _is_version(key: str) -> bool:
    return is_version(key) or key.strip().casefold() == DRAFT


def names_versions(before: str, after: str) -> bool:
    """Whether ``--from``/``--to`` compare versions (True) or diagrams (False); a UsageError
    when they mix the two."""
    kinds = (_is_version(before), _is_version(after))
    if kinds[0] != kinds[1]:
        fail("--from and --to must both name versions (N.M or draft) or both name diagrams")
    return kinds[0]


def compare_versions(document: Document, process: Process, options: argparse.Namespace) -> int:
    """Compare versions ``options.before`` and ``options.after`` of *process* and print it."""
    try:
        before = side(document.workspace, process.id, options.before)
        after = side(document.workspace, process.id, options.after)
    except LookupError as error:
        fail(f"cannot compare {process.name!r}: {error.args[0]}")
    except SnapshotError as error:
        fail(f"cannot read a version of {process.name!r}: {error}")
    if before.label == after.label:
        fail(f"--from and --to both name {before.label}; give two versions")
    result = compare_revisions(before, after, process.id)
    diagram_id = None
    if options.diagram is not None:
        diagram_id = find_diagram(document, process, options.diagram, after.workspace).id
        if result.diagram(diagram_id) is None:
            fail(f"version {before.label} has no diagram {options.diagram!r} to compare")
    if options.json:
        print(json.dumps(result.to_json(diagram_id), indent=2, ensure_ascii=False))
    else:
        _print(process, result, diagram_id)
    return EXIT_OK


def _print(process: Process, result: RevisionComparison, diagram_id: str | None) -> None:
    labels = (result.before.label, result.after.label)
    for revision in result.diagrams:
        if diagram_id is not None and revision.diagram.id != diagram_id:
            continue
        title = f"{process.name} / {revision.diagram.name}: {labels[0]} -> {labels[1]}"
        print_comparison(title, revision.comparison, labels)
        for moved in revision.moved:
            print(f"moved: {moved.name or moved.id}")
    for diagram in result.diagrams_added:
        print(f"diagram added: {diagram.name} ({diagram.variant})")
    for diagram in result.diagrams_removed:
        print(f"diagram removed: {diagram.name} ({diagram.variant})")
    for name, old, new in result.process:
        print(f"process {name}: {old!r} -> {new!r}")
    for point in result.weak_points.opened:
        print(f"weak point opened: {point.description or point.id}  [{point.where}]")
    for point in result.weak_points.closed:
        print(f"weak point closed: {point.description or point.id}  [{point.where}]")
    for kpi in result.kpis.added:
        print(f"KPI added: {kpi.name}")
    for kpi in result.kpis.removed:
        print(f"KPI removed: {kpi.name}")
    for change in result.kpis.changed:
        old, new = change.latest
        print(f"KPI changed: {change.name} (latest value {old} -> {new})")

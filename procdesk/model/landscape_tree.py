"""The landscape as a tree: every process's effective band, parent, level and siblings.

The stored placements (``procdesk.model.landscape``) may be missing (a new process, a workspace
from before the landscape) or name a parent that was deleted; a file written by another tool
could even hold a cycle. ``LandscapeTree`` settles all of that once, so that the layout, the
canvas, the interfaces and the command line agree on one reading:

* a process without a placement sits at the end of the core band, at the top level, in the
  order of the process tree;
* a parent that does not exist, that would close a cycle or that would make the hierarchy
  deeper than ``MAX_LEVEL`` is ignored (the process sits at the top level of its band);
* a sub-process is shown in its top-level ancestor's band.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from procdesk.model.elements import Process
from procdesk.model.landscape import BANDS, MAX_LEVEL, Band, LandscapePlacement
from procdesk.model.workspace import Workspace

UNPLACED_ORDER = 1_000_000
"""Order given to processes without a placement: after every placed one."""


def stored_placements(workspace: Workspace) -> dict[str, LandscapePlacement]:
    """The placements stored in *workspace*, by process id (the first one if there are two)."""
    found: dict[str, LandscapePlacement] = {}
    for process in workspace.processes():
        placed = workspace.in_scope(process.id, LandscapePlacement)
        if placed:
            found[process.id] = placed[0]
    return found


def default_placement(process: Process) -> LandscapePlacement:
    """Where a process without a placement of its own sits: the end of the core band."""
    return LandscapePlacement(
        id="", process_id=process.id, band=Band.CORE, order=UNPLACED_ORDER + process.order
    )


@dataclass(slots=True)
class LandscapeTree:
    """Every process of a workspace in its effective place (see the module docstring)."""

    processes: dict[str, Process]
    placements: dict[str, LandscapePlacement]
    """Each process's placement: the stored one, or its default (id ``""``)."""
    parent_of: dict[str, str | None] = field(default_factory=dict)
    children_of: dict[str, list[str]] = field(default_factory=dict)
    roots_of: dict[Band, list[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, workspace: Workspace) -> LandscapeTree:
        processes = workspace.processes()
        stored = stored_placements(workspace)
        placements = {p.id: stored.get(p.id) or default_placement(p) for p in processes}
        tree = cls({p.id: p for p in processes}, placements)
        tree._settle([p.id for p in processes])
        return tree

    def _settle(self, ids: list[str]) -> None:
        rank = {process_id: index for index, process_id in enumerate(ids)}
        wanted = {
            i: (p.parent_id if p.parent_id in self.processes and p.parent_id != i else None)
            for i, p in self.placements.items()
        }
        self.parent_of = {}
        for process_id in ids:
            self.parent_of[process_id] = self._accepted_parent(process_id, wanted)
        self.children_of = {process_id: [] for process_id in ids}
        self.roots_of = {band: [] for band in BANDS}
        for process_id in ids:
            parent = self.parent_of[process_id]
            if parent is None:
                self.roots_of[self.placements[process_id].band].append(process_id)
            else:
                self.children_of[parent].append(process_id)

        def key(process_id: str) -> tuple[int, int]:
            return (self.placements[process_id].order, rank[process_id])

        for siblings in (*self.children_of.values(), *self.roots_of.values()):
            siblings.sort(key=key)

    def _accepted_parent(self, process_id: str, wanted: dict[str, str | None]) -> str | None:
        """The wanted parent, unless following parents from it loops or goes too deep."""
        parent = wanted[process_id]
        if parent is None:
            return None
        chain = [process_id]
        current: str | None = parent
        while current is not None:
            if current in chain:
                return None
            chain.append(current)
            current = wanted[current]
        return parent if len(chain) <= MAX_LEVEL else None

    # reading ---------------------------------------------------------------------------------
    def ancestors(self, process_id: str) -> list[str]:
        """The parents of a process, nearest first."""
        found: list[str] = []
        current = self.parent_of.get(process_id)
        while current is not None and current not in found:
            found.append(current)
            current = self.parent_of.get(current)
        return found

    def level(self, process_id: str) -> int:
        """1 for a top-level process, 2 for its sub-processes, 3 below those."""
        return len(self.ancestors(process_id)) + 1

    def root_of(self, process_id: str) -> str:
        """The top-level process that (transitively) contains *process_id*, or itself."""
        ancestors = self.ancestors(process_id)
        return ancestors[-1] if ancestors else process_id

    def band_of(self, process_id: str) -> Band:
        """The band a process is drawn in: its top-level ancestor's."""
        return self.placements[self.root_of(process_id)].band

    def descendants(self, process_id: str) -> list[str]:
        """Sub-processes of a process at every depth, parents before their children."""
        found: list[str] = []
        stack = list(reversed(self.children_of.get(process_id, [])))
        while stack:
            current = stack.pop()
            found.append(current)
            stack.extend(reversed(self.children_of.get(current, [])))
        return found

    def height(self, process_id: str) -> int:
        """How many levels a process and its sub-processes span (1 without sub-processes)."""
        children = self.children_of.get(process_id, [])
        return 1 + max((self.height(child) for child in children), default=0)

    def siblings(self, process_id: str) -> list[str]:
        """The processes in the row *process_id* sits in (itself included), in order."""
        parent = self.parent_of.get(process_id)
        if parent is None:
            return self.roots_of[self.placements[process_id].band]
        return self.children_of[parent]

    def shown_in(self, group: str | None) -> list[str]:
        """The processes drawn when looking at *group* (None: the top-level processes)."""
        if group is None:
            return [process_id for band in BANDS for process_id in self.roots_of[band]]
        return list(self.children_of.get(group, []))

    def rows(self, group: str | None) -> list[tuple[Band, list[str]]]:
        """The bands one view shows, each with its processes in order: all three bands at the
        top level (*group* None), or the group's band holding its sub-processes."""
        if group is None:
            return [(band, list(self.roots_of[band])) for band in BANDS]
        return [(self.band_of(group), list(self.children_of.get(group, [])))]

    def representative(self, process_id: str, shown: set[str] | frozenset[str]) -> str | None:
        """*process_id* or the nearest ancestor of it among *shown* (None when none is)."""
        if process_id in shown:
            return process_id
        for ancestor in self.ancestors(process_id):
            if ancestor in shown:
                return ancestor
        return None

    def in_landscape_order(self) -> Iterator[str]:
        """Every process, band by band, each followed by its sub-processes (depth first)."""
        for band in BANDS:
            for root in self.roots_of[band]:
                yield root
                yield from self.descendants(root)

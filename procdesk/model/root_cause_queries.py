"""Reading a weak point's root-cause analysis out of a workspace: its 5 Whys in order, its
fishbone as a tree, and the root cause the chain arrives at."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from procdesk.model.elements import WeakPoint
from procdesk.model.root_cause import Cause, CauseCategory, Why
from procdesk.model.workspace import Workspace

T = TypeVar("T", Why, CauseCategory, Cause)


def _ordered(items: Iterable[T]) -> list[T]:
    return sorted(items, key=lambda item: (item.order, item.id))


def whys_of(workspace: Workspace, weak_point_id: str) -> list[Why]:
    """The weak point's 5 Whys, first to last."""
    return _ordered(workspace.in_scope(weak_point_id, Why))


def categories_of(workspace: Workspace, weak_point_id: str) -> list[CauseCategory]:
    """The bones of the weak point's fishbone, in order."""
    return _ordered(workspace.in_scope(weak_point_id, CauseCategory))


def causes_of(workspace: Workspace, weak_point_id: str) -> list[Cause]:
    """Every cause and sub-cause on the weak point's fishbone (in no particular order)."""
    return workspace.in_scope(weak_point_id, Cause)


def causes_on(workspace: Workspace, category_id: str) -> list[Cause]:
    """The causes directly on a category's bone, in order."""
    found = (
        e
        for e in workspace.referrers(category_id)
        if isinstance(e, Cause) and e.category_id == category_id and e.parent_id is None
    )
    return _ordered(found)


def sub_causes(workspace: Workspace, cause_id: str) -> list[Cause]:
    """The sub-causes directly under a cause, in order."""
    found = (
        e for e in workspace.referrers(cause_id) if isinstance(e, Cause) and e.parent_id == cause_id
    )
    return _ordered(found)


def siblings(workspace: Workspace, cause: Cause) -> list[Cause]:
    """*cause* and the causes beside it (same parent, or same bone), in order."""
    if cause.parent_id is None:
        return causes_on(workspace, cause.category_id)
    return sub_causes(workspace, cause.parent_id)


def subtree(workspace: Workspace, cause_id: str) -> list[Cause]:
    """*cause_id* and every cause under it, depth first, each once."""
    found: list[Cause] = []
    seen: set[str] = set()
    stack = [cause_id]
    while stack:
        current = workspace.find(stack.pop())
        if not isinstance(current, Cause) or current.id in seen:
            continue
        seen.add(current.id)
        found.append(current)
        stack.extend(child.id for child in reversed(sub_causes(workspace, current.id)))
    return found


def leads_back(workspace: Workspace, cause_id: str, parent_id: str) -> bool:
    """Whether putting *cause_id* under *parent_id* would close a loop: the parent is the
    cause itself or one of its sub-causes (its parent chain leads back to the cause)."""
    seen: set[str] = set()
    current: str | None = parent_id
    while current is not None and current not in seen:
        if current == cause_id:
            return True
        seen.add(current)
        entity = workspace.find(current)
        current = entity.parent_id if isinstance(entity, Cause) else None
    return current is not None


def answered_root_cause(whys: Iterable[Why]) -> str | None:
    """The last "because" of a chain that has been answered (None: none answered yet)."""
    answers = [why.because.strip() for why in whys if why.because.strip()]
    return answers[-1] if answers else None


def has_analysis(workspace: Workspace, weak_point_id: str) -> bool:
    """Whether the weak point has a 5 Whys chain or a fishbone."""
    return bool(
        workspace.in_scope(weak_point_id, Why) or workspace.in_scope(weak_point_id, CauseCategory)
    )


@dataclass(frozen=True, slots=True)
class CauseNode:
    """A cause with its sub-causes, as the fishbone shows it."""

    id: str
    text: str
    confirmed: bool = False
    children: tuple[CauseNode, ...] = ()


@dataclass(frozen=True, slots=True)
class Bone:
    """A category of the fishbone with its causes."""

    id: str
    name: str
    causes: tuple[CauseNode, ...] = ()


@dataclass(frozen=True, slots=True)
class Fishbone:
    """What a fishbone diagram shows: the problem at its head and the bones."""

    problem: str
    bones: tuple[Bone, ...]

    def causes(self) -> list[CauseNode]:
        """Every cause and sub-cause, depth first."""
        found: list[CauseNode] = []
        stack = [c for bone in reversed(self.bones) for c in reversed(bone.causes)]
        while stack:
            node = stack.pop()
            found.append(node)
            stack.extend(reversed(node.children))
        return found


def fishbone_of(workspace: Workspace, weak_point_id: str) -> Fishbone | None:
    """The weak point's fishbone as a tree (None when it has no categories)."""
    point = workspace.get(weak_point_id, WeakPoint)
    categories = categories_of(workspace, weak_point_id)
    if not categories:
        return None
    return Fishbone(
        problem=point.description,
        bones=tuple(Bone(c.id, c.name, _tree(workspace, c.id)) for c in categories),
    )


def _tree(workspace: Workspace, category_id: str) -> tuple[CauseNode, ...]:
    """The causes on a bone as trees, built without recursion (a tree may be deep) and
    showing each cause once."""
    visits: list[tuple[Cause, str]] = []
    seen: set[str] = set()
    stack = [(cause, "") for cause in reversed(causes_on(workspace, category_id))]
    while stack:
        cause, parent = stack.pop()
        if cause.id in seen:
            continue
        seen.add(cause.id)
        visits.append((cause, parent))
        stack.extend((sub, cause.id) for sub in reversed(sub_causes(workspace, cause.id)))
    built: dict[str, list[CauseNode]] = {}
    for cause, parent in reversed(visits):
        children = tuple(reversed(built.pop(cause.id, [])))
        node = CauseNode(cause.id, cause.text, cause.confirmed, children)
        built.setdefault(parent, []).append(node)
    return tuple(reversed(built.get("", [])))


def analysed_weak_points(workspace: Workspace, diagram_id: str) -> list[WeakPoint]:
    """The diagram's weak points that have a root-cause analysis."""
    return [p for p in workspace.in_scope(diagram_id, WeakPoint) if has_analysis(workspace, p.id)]

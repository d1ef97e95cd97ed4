"""A compact version of the MUST rules for a BPMN round trip, for the test suite.

Semantic elements keep id, type, name, container and flow ends; shapes keep bounds within
1 px on the same plane; edges keep their waypoints within 1 px.
"""

from __future__ import annotations

from lxml import etree

MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI"
DC = "http://www.omg.org/spec/DD/20100524/DC"
DI = "http://www.omg.org/spec/DD/20100524/DI"
CONTAINERS = {"process", "subProcess", "transaction", "adHocSubProcess", "lane", "collaboration"}


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _ref(value: str | None) -> str:
    return (value or "").strip().rpartition(":")[2]


def semantic(root: etree._Element) -> dict[str, tuple[str, ...]]:
    items: dict[str, tuple[str, ...]] = {}
    for element in root.iter(f"{{{MODEL}}}*"):
        element_id = element.get("id")
        if not element_id or _local(element.tag) == "definitions":
            continue
        if any(_local(a.tag) == "extensionElements" for a in element.iterancestors()):
            continue
        container = next(
            (a.get("id", "") for a in element.iterancestors() if _local(a.tag) in CONTAINERS), ""
        )
        name = " ".join((element.get("name") or "").split())
        ends = (_ref(element.get("sourceRef")), _ref(element.get("targetRef")))
        events = tuple(sorted(_local(c.tag) for c in element if "EventDefinition" in c.tag))
        lanes = tuple(
            sorted((r.text or "").strip() for r in element.findall(f"{{{MODEL}}}flowNodeRef"))
        )
        items[element_id] = (_local(element.tag), name, container, *ends, *events, "|", *lanes)
    return items


def drawing(root: etree._Element) -> dict[tuple[str, str], tuple[float, ...]]:
    items: dict[tuple[str, str], tuple[float, ...]] = {}
    for plane in root.iter(f"{{{BPMNDI}}}BPMNPlane"):
        plane_element = plane.get("bpmnElement", "")
        for shape in plane.iter(f"{{{BPMNDI}}}BPMNShape"):
            bounds = shape.find(f"{{{DC}}}Bounds")
            assert bounds is not None
            values = tuple(float(bounds.get(k, "0")) for k in ("x", "y", "width", "height"))
            items[(plane_element, shape.get("bpmnElement", shape.get("id", "")))] = values
        for edge in plane.iter(f"{{{BPMNDI}}}BPMNEdge"):
            points = [
                (float(w.get("x", 0)), float(w.get("y", 0))) for w in edge.iter(f"{{{DI}}}waypoint")
            ]
            key = (plane_element, "edge:" + edge.get("bpmnElement", edge.get("id", "")))
            items[key] = tuple(v for point in points for v in point)
    return items


def differences(original: bytes, exported: bytes) -> list[str]:
    """What *exported* lost or changed of *original* under the MUST rules ([] when none)."""
    a, b = etree.fromstring(original), etree.fromstring(exported)
    problems: list[str] = []
    sem_a, sem_b = semantic(a), semantic(b)
    for key, value in sem_a.items():
        if sem_b.get(key) != value:
            problems.append(f"semantic {key}: {value} -> {sem_b.get(key)}")
    di_a, di_b = drawing(a), drawing(b)
    for key, value in di_a.items():
        other = di_b.get(key)
        if (
            other is None
            or len(other) != len(value)
            or any(abs(x - y) > 1.0 for x, y in zip(value, other, strict=True))
        ):
            problems.append(f"DI {key}: {value} -> {other}")
    return problems

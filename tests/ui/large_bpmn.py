"""A large BPMN file made on the spot: one process, a chain of tasks laid out in rows."""

from __future__ import annotations

import itertools
from pathlib import Path

HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"'
    ' xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"'
    ' xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"'
    ' xmlns:di="http://www.omg.org/spec/DD/20100524/DI"'
    ' id="Definitions_large" targetNamespace="https://example.org/large">\n'
)
PER_ROW = 40


def _place(index: int) -> tuple[int, int]:
    return 100 + (index % PER_ROW) * 150, 100 + (index // PER_ROW) * 140


def large_bpmn(path: Path, tasks: int) -> Path:
    """Write a process of start event, *tasks* tasks and end event, all drawn, to *path*."""
    nodes = ["Start", *(f"Task_{i}" for i in range(tasks)), "End"]
    model = ['<process id="Process_large" name="Large order handling" isExecutable="false">']
    model.append('<startEvent id="Start" name="Order received"/>')
    model += [f'<task id="Task_{i}" name="Handle part {i}"/>' for i in range(tasks)]
    model.append('<endEvent id="End" name="Order done"/>')
    flows = list(itertools.pairwise(nodes))
    model += [
        f'<sequenceFlow id="Flow_{i}" sourceRef="{a}" targetRef="{b}"/>'
        for i, (a, b) in enumerate(flows)
    ]
    model.append("</process>")
    drawing = [
        '<bpmndi:BPMNDiagram id="Diagram_large"><bpmndi:BPMNPlane bpmnElement="Process_large">'
    ]
    for index, node in enumerate(nodes):
        x, y = _place(index)
        size = (36, 36) if node in ("Start", "End") else (100, 80)
        drawing.append(
            f'<bpmndi:BPMNShape id="{node}_di" bpmnElement="{node}">'
            f'<dc:Bounds x="{x}" y="{y}" width="{size[0]}" height="{size[1]}"/></bpmndi:BPMNShape>'
        )
    for index in range(len(flows)):
        (x1, y1), (x2, y2) = _place(index), _place(index + 1)
        drawing.append(
            f'<bpmndi:BPMNEdge id="Flow_{index}_di" bpmnElement="Flow_{index}">'
            f'<di:waypoint x="{x1 + 100}" y="{y1 + 40}"/><di:waypoint x="{x2}" y="{y2 + 40}"/>'
            "</bpmndi:BPMNEdge>"
        )
    drawing.append("</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>")
    path.write_text(HEADER + "\n".join(model + drawing) + "\n</definitions>\n", encoding="utf-8")
    return path

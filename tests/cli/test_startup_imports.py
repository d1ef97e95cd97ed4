"""The command line loads only what the command it runs needs.

A BPMN import or export from a script is mostly start-up when the interpreter first loads Qt,
reportlab, networkx, numpy and openpyxl for commands it does not run. Sub-command modules
import those inside their handlers (see ``procdesk.cli``); these tests run the commands in a
fresh interpreter and look at what it loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = (
    "PySide6",
    "pyqtgraph",
    "reportlab",
    "svglib",
    "networkx",
    "numpy",
    "openpyxl",
    "fontTools",
    "pypdf",
)
"""Packages that no BPMN import or export, nor the parser, needs."""

MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL"
SMALL = f"""<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="{MODEL}" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
    xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
    xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="D" targetNamespace="urn:t">
  <process id="P" name="Small" isExecutable="false">
    <startEvent id="S"/><task id="T" name="Check"/><endEvent id="E"/>
    <sequenceFlow id="F1" sourceRef="S" targetRef="T"/>
    <sequenceFlow id="F2" sourceRef="T" targetRef="E"/>
  </process>
  <bpmndi:BPMNDiagram id="Dia"><bpmndi:BPMNPlane id="Pl" bpmnElement="P">
    <bpmndi:BPMNShape id="S_di" bpmnElement="S"><dc:Bounds x="0" y="22" width="36" height="36"/>
    </bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="T_di" bpmnElement="T"><dc:Bounds x="80" y="0" width="100" height="80"/>
    </bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="E_di" bpmnElement="E"><dc:Bounds x="220" y="22" width="36" height="36"/>
    </bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="F1_di" bpmnElement="F1"><di:waypoint x="36" y="40"/>
      <di:waypoint x="80" y="40"/></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="F2_di" bpmnElement="F2"><di:waypoint x="180" y="40"/>
      <di:waypoint x="220" y="40"/></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</definitions>"""
"""A small process with its diagram (a file without one is laid out, which needs networkx)."""


def loaded_after(script: str) -> dict[str, object]:
    """Run *script* in a fresh interpreter; it leaves its results in ``result``. Returns them
    with the heavy packages the interpreter had loaded by the end."""
    code = (
        "import sys\n"
        "result = {}\n"
        f"{script}\n"
        f"result['heavy'] = sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))\n"
        "print(__import__('json').dumps(result))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    loaded: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def test_building_the_parser_loads_no_heavy_package() -> None:
    # given a fresh interpreter
    # when the command line's parser with every sub-command is built
    loaded = loaded_after(
        "import procdesk.cli\n"
        "parser, commands = procdesk.cli._command_parser()\n"
        "result['commands'] = sorted(commands.choices)"
    )
    # then every command is there and none of the heavy packages was loaded
    assert {"import", "export", "check", "initiatives", "landscape"} <= set(
        loaded["commands"]  # type: ignore[arg-type]
    )
    assert loaded["heavy"] == []


def test_a_bpmn_import_and_export_load_no_heavy_package(tmp_path: Path) -> None:
    # given a workspace and a BPMN file
    source = tmp_path / "small.bpmn"
    source.write_text(SMALL, encoding="utf-8")
    workspace, output = tmp_path / "w.procdesk", tmp_path / "out.bpmn"
    # when a fresh interpreter creates the workspace, imports the file and exports it again
    loaded = loaded_after(
        "from procdesk.cli import main\n"
        f"result['new'] = main(['new', {str(workspace)!r}])\n"
        f"result['import'] = main(['import', {str(workspace)!r}, {str(source)!r}])\n"
        f"result['export'] = main(['export', 'bpmn', {str(workspace)!r}, '-p', 'Small', "
        f"'-o', {str(output)!r}])"
    )
    # then all three worked, the export holds the imported task, and nothing heavy was loaded
    assert (loaded["new"], loaded["import"], loaded["export"]) == (0, 0, 0)
    assert 'name="Check"' in output.read_text(encoding="utf-8")
    assert loaded["heavy"] == []


def test_a_bpmn_import_into_a_workspace_loads_no_sqlalchemy(tmp_path: Path) -> None:
    # given a workspace made beforehand (making one creates its tables through SQLAlchemy)
    source = tmp_path / "small.bpmn"
    source.write_text(SMALL, encoding="utf-8")
    workspace, output = tmp_path / "w.procdesk", tmp_path / "out.bpmn"
    made = subprocess.run(
        [sys.executable, "-m", "procdesk", "new", str(workspace)], capture_output=True, check=False
    )
    assert made.returncode == 0, made.stderr
    # when a fresh interpreter imports the file into it and exports the process again
    loaded = loaded_after(
        "from procdesk.cli import main\n"
        f"result['import'] = main(['import', {str(workspace)!r}, {str(source)!r}])\n"
        f"result['export'] = main(['export', 'bpmn', {str(workspace)!r}, '-p', 'Small', "
        f"'-o', {str(output)!r}])\n"
        "result['sqlalchemy'] = 'sqlalchemy' in sys.modules"
    )
    # then both worked through the store's own connection, without loading SQLAlchemy
    assert (loaded["import"], loaded["export"]) == (0, 0)
    assert 'name="Check"' in output.read_text(encoding="utf-8")
    assert loaded["sqlalchemy"] is False

"""BPMN 2.0 interchange: ``read_bpmn`` (XML → entities) and ``write_bpmn`` (process → XML).

Both are pure functions of bytes and model objects; the CLI and the app persist an import
with ``Document.import_entities`` (one transaction) and write an export atomically.
Refusals raise ``BpmnError`` whose text is meant for the user.
"""

from __future__ import annotations

from procdesk.export.bpmn.errors import BpmnError
from procdesk.export.bpmn.reader import ImportResult, read_bpmn
from procdesk.export.bpmn.writer import write_bpmn

__all__ = ["BpmnError", "ImportResult", "read_bpmn", "write_bpmn"]

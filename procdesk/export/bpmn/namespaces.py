"""XML namespaces, Clark-notation names and the private hint names used by the BPMN codec.

Hints are ``Foreign`` attributes in the ``urn:procdesk:hint`` namespace. They remember what
a BPMN file said that the model has no field for but that an export needs to write the file
back as it was (DI ids, the process an element lived in, the tag of a drawn data input...).
They never reach an exported file.
"""

from __future__ import annotations

MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL"
BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI"
DC = "http://www.omg.org/spec/DD/20100524/DC"
DI = "http://www.omg.org/spec/DD/20100524/DI"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
BIOC = "http://bpmn.io/schema/bpmn/biocolor/1.0"
COLOR = "http://www.omg.org/spec/BPMN/non-normative/color/1.0"
PROCDESK = "https://procdesk.org/schema/bpmn/1.0"

HINT = "urn:procdesk:hint"
"""Namespace of private hints kept in ``Foreign.attributes``; never written to a file."""
NS_HINT = "urn:procdesk:ns"
"""Namespace of hints that remember the prefixes of the imported ``definitions``."""

NSMAP: dict[str | None, str] = {
    "bpmn": MODEL,
    "bpmndi": BPMNDI,
    "dc": DC,
    "di": DI,
    "xsi": XSI,
    "bioc": BIOC,
    "color": COLOR,
    "procdesk": PROCDESK,
}
"""Prefixes of an exported file, as bpmn-js writes them (plus ``procdesk``)."""


def m(local: str) -> str:
    """Clark name of a BPMN model element."""
    return f"{{{MODEL}}}{local}"


def bpmndi(local: str) -> str:
    return f"{{{BPMNDI}}}{local}"


def dc(local: str) -> str:
    return f"{{{DC}}}{local}"


def di(local: str) -> str:
    return f"{{{DI}}}{local}"


def pd(local: str) -> str:
    """Clark name in the procdesk extension namespace."""
    return f"{{{PROCDESK}}}{local}"


def hint(local: str) -> str:
    """Clark name of a private hint attribute."""
    return f"{{{HINT}}}{local}"


def local_name(tag: str) -> str:
    """``{ns}local`` → ``local``."""
    return tag.rpartition("}")[2]


def namespace_of(tag: str) -> str:
    """``{ns}local`` → ``ns`` (``''`` without a namespace)."""
    return tag[1:].partition("}")[0] if tag.startswith("{") else ""


def is_private(name: str) -> bool:
    """Tell whether a Foreign attribute name is a hint that must not be written."""
    return name.startswith(("{urn:procdesk:",))

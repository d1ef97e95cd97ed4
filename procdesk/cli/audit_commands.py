"""``procdesk audit WORKSPACE [-p PROCESS] [--json]``: the compliance coverage of a process
or of the whole workspace.

Lists how many requirements are covered, every risk with its inherent and residual score,
and the coverage findings; ``--json`` prints the shape the README gives. The workspace is only
read; the exit code is 0 whatever the findings (``check`` is the gate for diagram errors).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from procdesk.cli.common import EXIT_OK, find_process, open_document

NAMES = ("audit",)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("audit", help="compliance coverage: requirements, risks")
    parser.add_argument("workspace", help="workspace file (.procdesk)")
    parser.add_argument("-p", "--process", help="process name or id (default: the workspace)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=_audit)


def _audit(options: argparse.Namespace) -> int:
    from procdesk.analysis.audit import audit_json
    from procdesk.analysis.audit_maturity import maturity_profile
    from procdesk.analysis.coverage import coverage_report

    with open_document(options.workspace) as document:
        workspace = document.workspace
        process_id = find_process(document, options.process).id if options.process else None
        report = coverage_report(workspace, process_id)
        result = audit_json(report, maturity_profile(workspace, process_id))
    if options.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"requirements: {result['requirements']}, covered: {result['covered']}")
    for requirement in report.uncovered:
        print(f"  uncovered: {requirement.label} {requirement.title}".rstrip())
    print(f"controls: {result['controls']}")
    print(f"risks: {len(report.assessments)}")
    for item in report.assessments:
        print(f"  {item.inherent:>2} -> {item.residual:>2}  {item.risk.description}")
    print(f"findings: {len(report.findings)}")
    for finding in report.findings:
        print(f"  {finding.rule}: {finding.message} ({finding.element})")
    return EXIT_OK

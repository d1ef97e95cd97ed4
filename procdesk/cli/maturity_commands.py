"""``procdesk maturity WORKSPACE -p PROCESS [--json]``: a process's latest maturity
assessment, its target profile and the gaps to it, and the history of its assessments with
every change of level. ``--json`` prints the shape the README gives; the workspace is only
read."""

from __future__ import annotations

import argparse
import json
from typing import Any

from procdesk.analysis.maturity import maturity_report, report_json
from procdesk.cli.common import EXIT_OK, find_process, open_document

NAMES = ("maturity",)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "maturity", help="a process's maturity assessments, target profile and gaps"
    )
    parser.add_argument("workspace", help="workspace file (.procdesk)")
    parser.add_argument("-p", "--process", required=True, help="process name or id")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=_maturity)


def _maturity(options: argparse.Namespace) -> int:
    with open_document(options.workspace) as document:
        process = find_process(document, options.process)
        report = maturity_report(document.workspace, process.id)
        result = report_json(document.workspace, process, report)
    if options.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return EXIT_OK
    _print(result)
    return EXIT_OK


def _print(result: dict[str, Any]) -> None:
    model = result["model"]
    print(result["process"]["name"])
    if model is None:
        print("no maturity assessment and no target profile")
        return
    codes = {level["number"]: level["code"] for level in model["levels"]}
    names = {d["key"]: d["name"] for d in model["dimensions"]}

    def code(level: int | None) -> str:
        return codes.get(level, "-") if level is not None else "-"

    version = f" (version {model['version']})" if model["version"] else ""
    print(f"model: {model['name']}{version}")
    latest, target = result["latest"], result["target"] or {}
    if latest is None:
        print("no assessment yet")
    else:
        print(f"latest assessment: {latest['date']} by {latest['assessor'] or 'unknown'}")
    width = max(len(name) for name in names.values())
    gaps = {gap["dimension"]: gap["gap"] for gap in result["gaps"]}
    print(f"  {'dimension':<{width}}  {'level':<6}  {'target':<6}  gap")
    for key, name in names.items():
        level = latest["levels"].get(key) if latest else None
        gap = gaps.get(key, "")
        print(f"  {name:<{width}}  {code(level):<6}  {code(target.get(key)):<6}  {gap}".rstrip())
    print(f"history: {len(result['history'])} assessments")
    for entry in result["history"]:
        levels = ", ".join(f"{names[k]} {code(v)}" for k, v in entry["levels"].items())
        print(f"  {entry['date']}  {levels}")
    if result["changes"]:
        print("changes:")
    for change in result["changes"]:
        print(
            f"  {names[change['dimension']]}: {code(change['from'])} -> {code(change['to'])}"
            f" ({change['from_date']} -> {change['to_date']})"
        )

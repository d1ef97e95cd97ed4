"""The pure layers import neither Qt nor SQLAlchemy: they run headless and in any process."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import procdesk
import procdesk.analysis
import procdesk.export
import procdesk.model


def _modules(package: object) -> list[str]:
    path = package.__path__  # type: ignore[attr-defined]
    prefix = package.__name__ + "."  # type: ignore[attr-defined]
    return [m.name for m in pkgutil.walk_packages(path, prefix)]


def test_model_export_analysis_import_no_qt_or_sqlalchemy() -> None:
    modules = [
        name
        for package in (procdesk.model, procdesk.export, procdesk.analysis)
        for name in [package.__name__, *_modules(package)]
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'sqlalchemy', 'pyqtgraph', 'shiboken6'))\n"
        "print(bad)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", f"pure layers pulled in {result.stdout.strip()}"
    assert len(modules) > 10


# The rooms of procdesk/ui and the rooms each may import (besides itself and non-UI procdesk).
# A panel is a room of its own (panels.kpis, panels.findings…): panels never import each other.
UI_ROOMS: dict[str, set[str]] = {
    "canvas": set(),
    "common": {"canvas"},
    "root_cause": {"common", "canvas"},
    "dialogs": {"common", "canvas", "root_cause"},
    "compare": {"common", "canvas"},
    "presentation": {"common", "canvas"},
    "raci": {"common", "canvas"},
    "landscape": {"common", "canvas"},
    "panels": {"common", "canvas", "dialogs", "root_cause"},
    "portfolio": {"common", "canvas", "dialogs", "root_cause"},
    "audit": {"common", "canvas", "dialogs"},
    "versions": {"common", "canvas", "compare"},
    "maturity": {"common", "canvas", "dialogs"},
    "performance": {"common", "canvas", "landscape"},
    "repository": {"common", "canvas", "versions"},
    "window": {"*"},
}


def _room(module: str) -> str:
    """``procdesk.ui.panels.kpis.form`` → ``panels.kpis``; ``procdesk.ui.canvas.items`` → canvas."""
    parts = module.split(".")[2:]
    if parts[0] == "panels" and len(parts) > 1:
        return "panels." + parts[1]
    return parts[0]


def _ui_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            found.update(n for n in names if n.startswith("procdesk.ui."))
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("procdesk.ui."))
    return found


def test_ui_rooms_import_only_what_their_docstring_allows() -> None:
    ui = Path(procdesk.__file__).parent / "ui"
    rooms = {p.name for p in ui.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert rooms == set(UI_ROOMS), "a room was added or removed: say what it may import"
    loose = sorted(p.name for p in ui.glob("*.py") if p.name != "__init__.py")
    assert not loose, f"modules outside any room: {loose}"
    wrong: list[str] = []
    for path in ui.rglob("*.py"):
        parts = path.relative_to(ui.parent.parent).with_suffix("").parts
        module = ".".join(p for p in parts if p != "__init__")
        if module == "procdesk.ui":
            continue
        room = _room(module)
        allowed = UI_ROOMS[room.split(".")[0]]
        for imported in _ui_imports(path):
            if len(imported.split(".")) < 3:
                continue
            other = _room(imported)
            if other == room or "*" in allowed or other.split(".")[0] in allowed:
                continue
            if other.split(".")[0] not in UI_ROOMS:  # `from procdesk.ui.panels import x`
                continue
            wrong.append(f"{module} imports {imported}")
    assert not wrong, "imports across rooms:\n" + "\n".join(sorted(wrong))

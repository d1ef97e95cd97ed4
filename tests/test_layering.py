"""The pure layers import neither Qt nor SQLAlchemy: they run headless and in any process."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

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

"""The wheel's package list names every package on disk (plus the mapped resources)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "procdesk").rglob("__init__.py")
    }
    assert listed == on_disk | {"procdesk._resources"}
    assert config["package-dir"]["procdesk._resources"] == "resources"

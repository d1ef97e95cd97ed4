"""Run procdesk commands through ``procdesk.cli.main`` and tell what each did.

The sweep calls ``run_command`` in its own process for most cases; for the situations that
need a process of their own (a user or mount namespace) it starts this module once, with the
commands as JSON on stdin, and reads the results as JSON from stdout: one interpreter start
per kind of namespace instead of one per command. ``PROCDESK_SWEEP_SUBPROCESS=1`` runs every
command as a ``python -m procdesk`` process of its own instead.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import traceback
from dataclasses import asdict, dataclass

from procdesk.cli import main


@dataclass(frozen=True)
class Result:
    code: int | str | None
    stdout: str
    stderr: str


SUBPROCESSES = os.environ.get("PROCDESK_SWEEP_SUBPROCESS") == "1"
"""Every command as a ``python -m procdesk`` process (slower: test_error_sweep has the numbers)."""


def run_command(argv: list[str]) -> Result:
    """One command as ``python -m procdesk ARGV`` would run it; an escaping exception is
    recorded with its traceback, as the interpreter would print it."""
    if SUBPROCESSES:
        done = subprocess.run(
            [sys.executable, "-m", "procdesk", *argv], capture_output=True, text=True, timeout=120
        )
        return Result(done.returncode, done.stdout, done.stderr)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code: int | str | None = main(argv)
        except SystemExit as exit_:
            code = exit_.code
        except Exception:
            traceback.print_exc()
            code = 1
    return Result(code, out.getvalue(), err.getvalue())


def run_commands(argvs: list[list[str]]) -> list[Result]:
    return [run_command(argv) for argv in argvs]


if __name__ == "__main__":
    results = run_commands(json.load(sys.stdin))
    json.dump([asdict(result) for result in results], sys.stdout)

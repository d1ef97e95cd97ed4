"""Files and disks that are genuinely unwritable for a test, also when the tests run as root.

Root ignores file permissions, so ``chmod a-w`` alone proves nothing there. Two real ways
around that, each tried once on this machine before it is relied on:

- ``unshare --user``: a process in a user namespace of its own keeps root's uid but loses its
  power over the machine's files, so permissions bind it as they bind any user (an ordinary
  user needs no prefix at all);
- ``unshare --mount`` (``--map-root-user`` for an ordinary user): a private mount table, where
  a tiny tmpfs is a full disk and a read-only bind mount a read-only disk, seen by that
  process alone.

What the machine does not allow is skipped, with the reason, by the tests that need it.
"""

from __future__ import annotations

import functools
import os
import shlex
import shutil
import stat
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

NO_UNPRIVILEGED = "running as root, and no user namespace (unshare --user) to drop root's power"
NO_MOUNTS = "no private mount namespace (unshare --mount) to mount a tmpfs or a read-only disk"


def _succeeds(command: Sequence[str]) -> bool:
    try:
        return subprocess.run(command, capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@functools.cache
def unprivileged() -> tuple[str, ...] | None:
    """The prefix under which write permissions bind; None if root cannot be made to obey."""
    if os.geteuid() != 0:
        return ()
    if shutil.which("unshare") is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe"
        probe.write_bytes(b"")
        probe.chmod(stat.S_IRUSR)
        prefix = ("unshare", "--user")
        # the probe is write-protected: in the namespace, `test -w` must say so
        if _succeeds([*prefix, "sh", "-c", f"test ! -w {shlex.quote(str(probe))}"]):
            return prefix
    return None


@functools.cache
def private_mounts() -> tuple[str, ...] | None:
    """The prefix that gives a process its own mount table; None where there is none."""
    if shutil.which("unshare") is None:
        return None
    candidates = [("unshare", "--mount", "--map-root-user")]
    if os.geteuid() == 0:
        candidates.insert(0, ("unshare", "--mount"))
    with tempfile.TemporaryDirectory() as folder:
        for prefix in candidates:
            if _succeeds([*prefix, "sh", "-c", f"mount -t tmpfs -o size=64k none {folder}"]):
                return prefix
    return None


def read_only_mounts(paths: Sequence[Path]) -> str:
    """Shell commands that make each of *paths* (a file or a folder) read-only in place."""
    steps = []
    for path in paths:
        quoted = shlex.quote(str(path))
        steps.append(f"mount --bind {quoted} {quoted} && mount -o remount,bind,ro {quoted}")
    return " && ".join(steps)


def tiny_disk(folder: Path, size: int, copies: Sequence[tuple[Path, Path]] = ()) -> str:
    """Shell commands that mount a tmpfs of *size* bytes on *folder*, then copy files onto it."""
    kib = -(-size // 1024)
    steps = [f"mount -t tmpfs -o size={kib}k none {shlex.quote(str(folder))}"]
    steps += [f"cp {shlex.quote(str(a))} {shlex.quote(str(b))}" for a, b in copies]
    return " && ".join(steps)


def run(
    command: Sequence[str],
    *,
    prefix: Sequence[str] = (),
    setup: str = "",
    teardown: str = "",
    stdin: str | None = None,
    cwd: Path | None = None,
    timeout: float = 180,
) -> subprocess.CompletedProcess[str]:
    """Run *command* under *prefix*, between the shell commands *setup* (mounts) and
    *teardown* (copying out what a private mount would take with it), if any."""
    if setup or teardown:
        script = f'{setup or "true"} && {{ "$@"; status=$?; {teardown or "true"}; exit $status; }}'
        command = ["sh", "-c", script, "sh", *command]
    return subprocess.run(
        [*prefix, *command],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=timeout,
    )

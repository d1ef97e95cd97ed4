"""A throw-away PostgreSQL server for the repository tests and benchmarks.

``initdb`` runs in a fresh folder under /tmp (short enough for a unix socket path), the server
listens on a socket in that folder and on a free TCP port of 127.0.0.1 (password login there,
TLS with a self-signed certificate when ``openssl`` is at hand), and it is stopped and removed
at the end. initdb and postgres refuse to run as root: as root, both run as the ``postgres``
system account the Debian packages create (else ``nobody``), through ``subprocess``'s own
``user=``/``group=``, with the folder handed to that account. fsync is off: the tests kill
clients, never the server.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

SUPERUSER = "postgres"
PASSWORD = "procdesk-test"


class ServerUnavailable(RuntimeError):
    """No server could be started here; the message says why."""


def _binaries() -> Path:
    """The folder of initdb and pg_ctl: $PROCDESK_PG_BIN, Debian's newest, or the PATH."""
    chosen = os.environ.get("PROCDESK_PG_BIN")
    if chosen:
        return Path(chosen)
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise ServerUnavailable(
        "PostgreSQL is not installed (no initdb): apt-get install postgresql, "
        "or set PROCDESK_PG_BIN"
    )


def _account() -> pwd.struct_passwd | None:
    """Whom the server runs as: None for the current user, else an unprivileged account."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise ServerUnavailable("running as root and no unprivileged account to run postgres as")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class PostgresServer:
    """A running server: ``url(database)`` for the socket, ``tcp_url`` for TCP with password."""

    folder: Path
    port: int
    bin: Path
    account: pwd.struct_passwd | None
    tls: bool

    @classmethod
    def start(cls) -> PostgresServer:
        binaries = _binaries()
        account = _account()
        folder = Path(tempfile.mkdtemp(prefix="pdpg-", dir="/tmp"))
        server = cls(folder, _free_port(), binaries, account, tls=False)
        try:
            server._init()
            server._run_ctl("start")
        except BaseException:
            server.stop()
            raise
        return server

    # the command runner ------------------------------------------------------------------------
    def _run(self, *command: str | Path) -> None:
        kwargs: dict[str, object] = {}
        env = {**os.environ, "LC_ALL": "C"}
        if self.account is not None:
            kwargs = {"user": self.account.pw_uid, "group": self.account.pw_gid, "extra_groups": []}
            env["HOME"] = str(self.folder)
        result = subprocess.run(
            [str(part) for part in command],
            capture_output=True,
            text=True,
            env=env,
            cwd=self.folder,
            timeout=120,
            check=False,
            **kwargs,  # type: ignore[call-overload]
        )
        if result.returncode != 0:
            raise ServerUnavailable(
                f"{Path(str(command[0])).name} failed: {(result.stderr or result.stdout).strip()}"
            )

    def _give(self, path: Path) -> None:
        if self.account is not None:
            os.chown(path, self.account.pw_uid, self.account.pw_gid)

    def _init(self) -> None:
        self._give(self.folder)
        password_file = self.folder / "pw"
        password_file.write_text(PASSWORD + "\n")
        self._give(password_file)
        self._run(
            self.bin / "initdb",
            "-D",
            self.data,
            "-U",
            SUPERUSER,
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            f"--pwfile={password_file}",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        password_file.unlink()
        self.tls = self._make_certificate()

    def _make_certificate(self) -> bool:
        """A self-signed certificate for TLS on TCP, when openssl is there."""
        openssl = shutil.which("openssl")
        if openssl is None:
            return False
        result = subprocess.run(
            [
                openssl,
                "req",
                "-new",
                "-x509",
                "-days",
                "2",
                "-nodes",
                "-subj",
                "/CN=localhost",
                "-newkey",
                "rsa:2048",
                "-keyout",
                str(self.data / "server.key"),
                "-out",
                str(self.data / "server.crt"),
            ],
            capture_output=True,
            check=False,
        )
        if result.returncode != 0:
            return False
        for name in ("server.key", "server.crt"):
            os.chmod(self.data / name, 0o600)
            self._give(self.data / name)
        return True

    def _run_ctl(self, action: str) -> None:
        options = (
            f"-k {self.folder} -c listen_addresses=127.0.0.1 -p {self.port} -F "
            "-c full_page_writes=off -c synchronous_commit=off -c max_connections=60 "
            "-c shared_buffers=32MB" + (" -c ssl=on" if self.tls else "")
        )
        self._run(
            self.bin / "pg_ctl",
            "-D",
            self.data,
            "-l",
            self.folder / "server.log",
            "-w",
            "-t",
            "60",
            "-o",
            options,
            action,
        )

    def stop(self) -> None:
        with contextlib.suppress(ServerUnavailable, OSError, subprocess.SubprocessError):
            if (self.data / "postmaster.pid").exists():
                self._run(self.bin / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    # addresses ---------------------------------------------------------------------------------
    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """A URL over the unix socket (trusted: no password)."""
        host = quote(str(self.folder), safe="")
        return f"postgresql://{user}@{host}:{self.port}/{database}"

    def tcp_url(self, database: str = "postgres", user: str = SUPERUSER, extra: str = "") -> str:
        """A URL over TCP (a password is needed), without the password."""
        query = f"?{extra}" if extra else ""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}{query}"

    # databases ---------------------------------------------------------------------------------
    def admin_sql(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def new_database(self) -> str:
        """A fresh empty database's name."""
        name = f"repo_{uuid.uuid4().hex[:10]}"
        self.admin_sql(f'CREATE DATABASE "{name}"')
        return name

    def new_login(self, password: str = PASSWORD) -> str:
        """A fresh login role with *password*; its name."""
        name = f"user_{uuid.uuid4().hex[:8]}"
        self.admin_sql(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'")
        return name


def wait_until(condition: object, seconds: float = 10.0) -> bool:
    """Poll *condition* (a callable) until it is true or *seconds* pass."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False

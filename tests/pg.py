"""A real PostgreSQL server for the tests: initdb in a throw-away folder, 127.0.0.1 on a free
port, stopped after. PostgreSQL refuses to run as root: as root it runs as the `postgres` user
(Debian's package makes it). No mock database."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

USER = "bsm"


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, or Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(versions[-1]).parent if versions else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@contextlib.contextmanager
def server() -> Iterator[str]:
    """A running server; yields the URL of its `postgres` database (user bsm, no password)."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("no PostgreSQL (initdb) here: scripts/setup.sh --dev installs it")
    folder = Path(tempfile.mkdtemp(prefix="bsm-pg-"))
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        os.chown(folder, pw.pw_uid, pw.pw_gid)
    data, port = folder / "data", free_port()
    run = subprocess.run
    try:
        run(as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", USER,
                            "-E", "UTF8", "--no-sync"]),
            check=True, capture_output=True)  # fmt: skip
        options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off"
        run(as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options,
                            "-l", str(folder / "log"), "-w", "start"]),
            check=True, capture_output=True)  # fmt: skip
        try:
            yield f"postgresql://{USER}@127.0.0.1:{port}/postgres"
        finally:
            run(as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                                "stop"]), capture_output=True)  # fmt: skip
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def fresh_database(url: str, name: str) -> str:
    """A new, empty database on the server of `url`; its URL."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}"')
        db.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + f"/{name}"

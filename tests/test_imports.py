"""A command imports what it uses and nothing else: `bsm check` never loads the renderer's,
the sender's or the preview's libraries, `bsm render` never the sender's or the preview's.

Each command runs in a process of its own, as a user runs it, and reports every module loaded
by the time it finished; what each command must use is asserted too, so that an empty report
could not pass."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT

NOW = "2026-11-20T12:00:00+00:00"
ORDER = "305-2222222-3333333"
# runs `bsm ARGS` and writes the names of the modules loaded by its end to the file first given
REPORTER = """
import json, sys
from toolkit.cli import main
report, args = sys.argv[1], sys.argv[2:]
try:
    code = main(args)
except SystemExit as done:  # --version
    code = done.code or 0
with open(report, "w", encoding="utf-8") as fh:
    json.dump({"code": code, "modules": sorted(sys.modules)}, fh)
"""
# what only a send, a ledger on PostgreSQL or the preview server needs
NEVER = {
    "requests", "urllib3", "httpx", "rich", "psycopg",
    "starlette", "uvicorn", "watchfiles", "sse_starlette", "multipart",
}  # fmt: skip
# what only a render needs (the templates, their inlining, the catalogs)
RENDER_ONLY = {"jinja2", "premailer", "cssutils", "babel", "markupsafe"}


def modules_of(tmp_path: Path, *args: str) -> set[str]:
    """The modules `bsm ARGS` had loaded when it finished."""
    report = tmp_path / "modules.json"
    done = subprocess.run(
        [sys.executable, "-c", REPORTER, str(report), *args],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["code"] == 0, done.stdout + done.stderr
    return set(data["modules"])


def packages(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[set[str], Path]:
    """`bsm render` of one example (with --out), and the folder of what it wrote."""
    tmp = tmp_path_factory.mktemp("render")
    out = tmp / "out"
    loaded = modules_of(tmp, "render", str(EXAMPLES / "delivery-delay.json"), "--now", NOW,
                        "--out", str(out))  # fmt: skip
    return packages(loaded), out / ORDER


def test_render_loads_no_library_of_sending_or_of_the_preview(
    rendered: tuple[set[str], Path],
) -> None:
    loaded, _ = rendered
    assert {"jinja2", "premailer", "babel", "toolkit"} <= loaded  # what a render uses
    # premailer imports requests (and so urllib3) when it is imported, network or not
    never = NEVER - {"requests", "urllib3"}
    assert not loaded & never, sorted(loaded & never)


@pytest.mark.parametrize("suffix", [".html", ".eml"])
def test_check_loads_nothing_of_rendering_sending_or_the_preview(
    rendered: tuple[set[str], Path], tmp_path: Path, suffix: str
) -> None:
    _, folder = rendered
    loaded = packages(modules_of(tmp_path, "check", str(folder / f"delivery-delay{suffix}")))
    assert {"lxml", "toolkit"} <= loaded  # what a check uses
    assert not loaded & (NEVER | RENDER_ONLY), sorted(loaded & (NEVER | RENDER_ONLY))
    assert not loaded & {"PIL", "emoji", "phonenumbers"}  # no image, emoji or phone number


def test_version_loads_no_stage_of_the_toolkit(tmp_path: Path) -> None:
    loaded = modules_of(tmp_path, "--version")
    assert "toolkit.cli" in loaded
    ours = {name for name in loaded if name.startswith("toolkit.")}
    assert ours <= {"toolkit.cli", "toolkit.commands", "toolkit.commands.common",
                    "toolkit.errors", "toolkit.lazy"}, sorted(ours)  # fmt: skip
    assert packages(loaded) & (NEVER | RENDER_ONLY | {"lxml"}) == set()

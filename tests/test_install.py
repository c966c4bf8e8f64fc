"""The package as a user without a clone gets it: a wheel, installed (not editable) into a fresh
venv, used from a folder outside the clone. It must carry everything it reads."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-11-20T12:00:00Z"
EXAMPLE_COUNT = 11


@dataclass(frozen=True)
class Installed:
    wheel: Path
    bsm: Path
    python: Path
    home: Path  # a folder outside the clone to work in


def run(*argv: str | Path, cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    # the user's environment, less anything that points Python at this clone
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(a) for a in argv], capture_output=True, text=True, cwd=cwd, env=env, timeout=timeout
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    base = tmp_path_factory.mktemp("install")
    source = base / "source"  # a copy of the clone's tracked files, as a fresh checkout has them
    files = run("git", "ls-files", "-z", cwd=ROOT).stdout.split("\0")
    for name in filter(None, files):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    built = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", base / "dist",
                source, cwd=base)  # fmt: skip
    assert built.returncode == 0, built.stderr
    wheel = next((base / "dist").glob("bsm_toolkit-*.whl"))
    venv = base / "venv"
    assert run(sys.executable, "-m", "venv", venv, cwd=base).returncode == 0
    python = venv / "bin" / "python"
    done = run(python, "-m", "pip", "install", "-q", wheel, cwd=base)
    assert done.returncode == 0, done.stderr
    home = base / "home"
    home.mkdir()
    yield Installed(wheel=wheel, bsm=venv / "bin" / "bsm", python=python, home=home)


def test_the_wheel_carries_what_the_toolkit_reads(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    expected = [
        "toolkit/templates/base.html", "toolkit/templates/style.css",
        "toolkit/templates/messages/invoice.html", "toolkit/templates/partials/items.html",
        "toolkit/locales/messages.pot", "toolkit/locales/de/LC_MESSAGES/messages.po",
        "toolkit/data/policy.toml", "toolkit/data/message_types.toml", "toolkit/data/babel.cfg",
        "toolkit/data/phrases/nl.toml", "toolkit/data/spelling/dictionaries.toml",
        "toolkit/examples/invoice.json", "toolkit/examples/invoice-305-1111111-2222222.pdf",
        "toolkit/examples/design-proof-305-3333333-4444444.png",
        "preview/pages/gallery.html", "preview/assets/preview.css", "preview/preview.toml",
    ]  # fmt: skip
    assert [n for n in expected if n not in names] == []
    examples = [n for n in names if n.startswith("toolkit/examples/") and n.endswith(".json")]
    assert len(examples) == EXAMPLE_COUNT
    for folder in ("templates", "locales"):  # every file of the source folder is in the wheel
        tracked = run("git", "ls-files", folder, cwd=ROOT).stdout.split()
        wanted = {f"toolkit/{name}" for name in tracked if not name.endswith("__init__.py")}
        assert wanted - names == set(), folder


def test_the_installed_toolkit_renders_every_bundled_example(installed: Installed) -> None:
    site = run(installed.python, "-c", "import toolkit.paths as p; print(p.examples_dir())",
               cwd=installed.home).stdout.strip()  # fmt: skip
    examples = Path(site)
    assert ROOT not in examples.parents and "site-packages" in examples.parts
    orders = sorted(examples.glob("*.json"))
    assert len(orders) == EXAMPLE_COUNT
    done = run(installed.bsm, "render", *orders, "--now", NOW, "--out", "out", cwd=installed.home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(list((installed.home / "out").glob("*/*.eml"))) == EXAMPLE_COUNT
    status = run(installed.bsm, "i18n", "status", cwd=installed.home)
    assert status.returncode == 0, status.stdout + status.stderr
    assert run(installed.bsm, "--version", cwd=installed.home).stdout.startswith("bsm 0.")


def test_a_project_made_by_the_installed_toolkit(installed: Installed) -> None:
    made = run(installed.bsm, "init", "shop", "--seller-name", "Van Dijk", cwd=installed.home)
    assert made.returncode == 0, made.stderr
    shop = installed.home / "shop"
    template = shop / "templates" / "messages" / "invoice.html"
    template.write_text(
        template.read_text("utf-8").replace(
            "{% block content %}", "{% block content %}<p>Betaald via Amazon Pay.</p>", 1
        ),
        "utf-8",
    )
    orders = sorted((shop / "examples").glob("*.json"))
    done = run(installed.bsm, "render", *orders, "--now", NOW, "--out", "out", cwd=shop)
    assert done.returncode == 0, done.stdout + done.stderr
    html = next((shop / "out").glob("*/invoice.html")).read_text("utf-8")
    assert "Betaald via Amazon Pay." in html

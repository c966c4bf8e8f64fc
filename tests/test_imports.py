"""A command imports what it uses and nothing else: `bsm check` never loads the renderer's,
the sender's or the preview's libraries, `bsm render` never the sender's or the preview's, nor
premailer once its templates are in the cache of inlined sources (toolkit/render_cache.py).

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

from toolkit.render_cache import entry_body

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


def modules_of(tmp_path: Path, *args: str, cache: Path | None = None) -> set[str]:
    """The modules `bsm ARGS` had loaded when it finished (with `cache` as BSM_CACHE_DIR)."""
    report = tmp_path / "modules.json"
    chosen = {} if cache is None else {"BSM_CACHE_DIR": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", REPORTER, str(report), *args],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT), **chosen},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["code"] == 0, done.stdout + done.stderr
    return set(data["modules"])


def packages(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def render_args(out: Path) -> list[str]:
    return ["render", str(EXAMPLES / "delivery-delay.json"), "--now", NOW, "--out", str(out)]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[set[str], Path]:
    """`bsm render` of one example (with --out) with an empty cache, and the folder of what it
    wrote."""
    tmp = tmp_path_factory.mktemp("render")
    loaded = modules_of(tmp, *render_args(tmp / "out"), cache=tmp / "cache")
    return packages(loaded), tmp / "out" / ORDER


def test_render_loads_no_library_of_sending_or_of_the_preview(
    rendered: tuple[set[str], Path],
) -> None:
    loaded, _ = rendered
    assert {"jinja2", "premailer", "babel", "toolkit"} <= loaded  # a first render inlines
    # premailer imports requests (and so urllib3) when it is imported, network or not
    never = NEVER - {"requests", "urllib3"}
    assert not loaded & never, sorted(loaded & never)


def test_a_render_that_writes_nothing_builds_no_email_and_opens_no_ledger(
    tmp_path: Path,
) -> None:
    """Without --out, --ledger or --format json a render prints its verdict: it loads neither
    the writer of .eml files (the email package) nor the ledger's stores and keys. (The first
    render, which inlines with premailer, loads email through requests: the cache is warm.)"""
    args = ["render", str(EXAMPLES / "delivery-delay.json"), "--now", NOW]
    modules_of(tmp_path, *args, cache=tmp_path / "cache")
    modules = modules_of(tmp_path, *args, cache=tmp_path / "cache")
    assert {"toolkit.pipeline", "toolkit.render", "jinja2"} <= modules
    writing = {"toolkit.output", "toolkit.ledger", "toolkit.ledger.store", "email.message"}
    assert not modules & writing, sorted(modules & writing)


def test_a_render_that_writes_files_without_a_ledger_loads_only_the_message_keys(
    tmp_path: Path,
) -> None:
    """With --out and no --ledger a render names its files by the message key: it loads the
    keys (toolkit.ledger.keys), not the ledger's store, schema or SQL drivers."""
    args = render_args(tmp_path / "out")
    modules_of(tmp_path, *args, cache=tmp_path / "cache")
    modules = modules_of(tmp_path, *render_args(tmp_path / "again"), cache=tmp_path / "cache")
    assert (tmp_path / "again" / ORDER / "delivery-delay.eml").is_file()
    assert {"toolkit.output", "toolkit.ledger.keys", "email.message"} <= modules
    ledger = {"toolkit.ledger.store", "toolkit.ledger.schema", "sqlite3", "psycopg"}
    assert not modules & ledger, sorted(modules & ledger)


@pytest.mark.parametrize("suffix", [".html", ".eml"])
def test_check_loads_nothing_of_rendering_sending_or_the_preview(
    rendered: tuple[set[str], Path], tmp_path: Path, suffix: str
) -> None:
    _, folder = rendered
    modules = modules_of(tmp_path, "check", str(folder / f"delivery-delay{suffix}"))
    loaded = packages(modules)
    assert {"lxml", "toolkit"} <= loaded  # what a check uses
    assert not loaded & (NEVER | RENDER_ONLY), sorted(loaded & (NEVER | RENDER_ONLY))
    assert not loaded & {"PIL", "emoji", "phonenumbers"}  # no image, emoji or phone number
    assert {"toolkit.pipeline", "toolkit.rules.spelling", "toolkit.files"} <= modules
    # a render's stages and its exemplars, the order document (no --order), the spelling
    # thread's waiting (no --locale: no dictionary), what files.py once drew its temporary
    # names from
    render_stages = {
        "toolkit.orders", "toolkit.enforce", "toolkit.text", "toolkit.design", "toolkit.screen",
        "toolkit.send.requests", "toolkit.exemplars", "decimal", "concurrent.futures", "logging",
        "secrets",
    }  # fmt: skip
    assert not modules & render_stages, sorted(modules & render_stages)
    if suffix == ".html":  # the email package reads an .eml, and nothing else
        assert "email" not in loaded
    else:  # with the parser's own policy (compat32): not the header registry of email.policy
        assert not {"email.policy", "email.headerregistry"} & modules


def test_a_check_with_a_warm_cache_parses_no_toml(
    rendered: tuple[set[str], Path], tmp_path: Path
) -> None:
    """Every data file a check reads is kept in the cache as parsed (RenderCache.kept_object):
    from the second check on, the TOML parser is not even imported."""
    _, folder = rendered
    args = ("check", str(folder / "delivery-delay.html"))
    assert "tomllib" in modules_of(tmp_path, *args, cache=tmp_path / "cache")  # cold: parsed
    assert "tomllib" not in modules_of(tmp_path, *args, cache=tmp_path / "cache")


def test_version_loads_no_stage_of_the_toolkit(tmp_path: Path) -> None:
    loaded = modules_of(tmp_path, "--version")
    assert "toolkit.cli" in loaded
    ours = {name for name in loaded if name.startswith("toolkit.")}
    assert ours <= {"toolkit.cli", "toolkit.commands", "toolkit.commands.common",
                    "toolkit.errors", "toolkit.lazy"}, sorted(ours)  # fmt: skip
    assert packages(loaded) & (NEVER | RENDER_ONLY | {"lxml"}) == set()


# --- the cache of inlined template sources -------------------------------------------------


def render_files(tmp_path: Path, name: str, cache: str) -> tuple[dict[str, bytes], str]:
    """`bsm render --out` of one example with BSM_CACHE_DIR=cache: each file it wrote, and
    what it printed (it must exit 0, and say nothing on stderr)."""
    out = tmp_path / name
    done = subprocess.run(
        [sys.executable, "-m", "toolkit.cli", *render_args(out)],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT), "BSM_CACHE_DIR": cache},
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stderr == ""
    written = {path.name: path.read_bytes() for path in sorted((out / ORDER).iterdir())}
    assert set(written) == {f"delivery-delay{s}" for s in (".html", ".txt", ".eml", ".json")}
    return written, done.stdout


def cache_files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def same_entries(found: dict[str, bytes], expected: dict[str, bytes]) -> bool:
    """The same files, the inlined sources byte for byte, every file sound (its header holds
    the key its name says and its body's digest). Jinja's compiled code, written again, may
    differ in bytes (marshal's output depends on reference counts), and so may a loaded object
    (a set is pickled in the order of this process's string hashes)."""
    remade = ("jinja", "loaded")
    return (
        found.keys() == expected.keys()
        and all(
            found[name] == data for name, data in expected.items() if not name.startswith(remade)
        )
        and all(entry_body(data, name.split("-", 1)[1]) is not None for name, data in found.items())
    )


@pytest.fixture(scope="module")
def uncached(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, bytes], str]:
    """What a render writes and prints with the cache off: what every cached render must give."""
    return render_files(tmp_path_factory.mktemp("off"), "out", "off")


def test_a_warm_cache_spares_premailer_and_gives_the_same_bytes(
    tmp_path: Path, uncached: tuple[dict[str, bytes], str]
) -> None:
    cache = tmp_path / "cache"
    assert render_files(tmp_path, "cold", str(cache)) == uncached
    entries = cache_files(cache)
    assert {name.split("-")[0] for name in entries} == {"inline", "jinja", "catalog", "loaded"}
    modules = modules_of(tmp_path, *render_args(tmp_path / "warm"), cache=cache)
    loaded = packages(modules)
    assert {"jinja2", "babel", "toolkit"} <= loaded
    # nor the catalogs' parser, the ledger's stores (no --ledger), cssselect (no <style> block),
    # the TOML parser (every data file kept parsed), logging (the spelling thread's own waiting)
    unused = {"premailer", "cssutils", "requests", "urllib3", "sqlite3", "cssselect", "tomllib"}
    unused |= {"logging", "concurrent"}
    assert not loaded & unused, sorted(loaded & unused)
    # nor the exemplars: one order keeps none
    assert not {"babel.messages.pofile", "toolkit.batch", "toolkit.inline"} & modules
    assert "toolkit.exemplars" not in modules
    assert "importlib.metadata" not in modules  # the cache's keys read versions from folders
    assert render_files(tmp_path, "again", str(cache)) == uncached
    assert cache_files(cache) == entries  # a hit leaves the files as they were


@pytest.mark.parametrize("damage", ["body", "truncated", "header", "empty", "swapped"])
def test_a_damaged_cache_file_is_ignored_and_rewritten(
    tmp_path: Path, uncached: tuple[dict[str, bytes], str], damage: str
) -> None:
    """Every file damaged, so that a render must read a bad one; "swapped": files exchanged
    between keys, each sound in itself but another key's."""
    cache = tmp_path / "cache"
    render_files(tmp_path, "cold", str(cache))
    entries = cache_files(cache)
    names = sorted(entries)
    for name, other in zip(names, names[1:] + names[:1], strict=True):
        data = entries[name]
        header, body = data.split(b"\n", 1)
        broken = {
            "body": header + b"\n" + body.replace(b"<", b"<script>alert(1)</script><", 1),
            "truncated": data[: len(data) // 2],
            "header": header.replace(b" ", b"  ", 1) + b"\n" + body,
            "empty": b"",
            "swapped": entries[other],
        }[damage]
        (cache / name).write_bytes(broken)
    assert render_files(tmp_path, "after", str(cache)) == uncached
    assert same_entries(cache_files(cache), entries)


def test_a_cache_that_cannot_be_used_still_renders(
    tmp_path: Path, uncached: tuple[dict[str, bytes], str]
) -> None:
    in_the_way = tmp_path / "a-file"
    in_the_way.write_bytes(b"not a folder")
    assert render_files(tmp_path, "file", str(in_the_way)) == uncached
    assert in_the_way.read_bytes() == b"not a folder"
    below_a_file = in_the_way / "cache"
    assert render_files(tmp_path, "below", str(below_a_file)) == uncached

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = tmp_path / "link"
    link.symlink_to(elsewhere, target_is_directory=True)
    assert render_files(tmp_path, "through-link", str(link)) == uncached
    assert list(elsewhere.iterdir()) == []  # nothing written through the link
    assert link.is_symlink()


def test_a_link_in_place_of_an_entry_is_not_followed(
    tmp_path: Path, uncached: tuple[dict[str, bytes], str]
) -> None:
    cache = tmp_path / "cache"
    render_files(tmp_path, "cold", str(cache))
    entries = cache_files(cache)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for name, data in entries.items():  # the right bytes, behind a link: still not read
        (elsewhere / name).write_bytes(data)
        (cache / name).unlink()
        (cache / name).symlink_to(elsewhere / name)
    loaded = packages(modules_of(tmp_path, *render_args(tmp_path / "linked"), cache=cache))
    assert "premailer" in loaded  # inlined again: no link was read
    assert render_files(tmp_path, "after", str(cache)) == uncached
    assert all((cache / name).is_symlink() for name in entries)  # nor replaced: refused
    assert cache_files(elsewhere) == entries


def test_a_read_only_cache_still_renders(
    tmp_path: Path, uncached: tuple[dict[str, bytes], str]
) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into a read-only folder")
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o500)
    try:
        assert render_files(tmp_path, "ro", str(cache)) == uncached
        assert list(cache.iterdir()) == []
    finally:
        cache.chmod(0o700)


# --- what importing costs ------------------------------------------------------------------


def test_every_dataclass_has_a_docstring_of_its_own() -> None:
    """Python 3.11's dataclasses writes a docstring for a class that has none, from
    `inspect.signature` of the class: a third of the time it takes to make a dataclass, which
    is most of what importing a stage of the toolkit costs (some ms of every start)."""
    import dataclasses
    import importlib
    import inspect
    import pkgutil

    import toolkit

    made = []
    for info in pkgutil.walk_packages(toolkit.__path__, "toolkit."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            ours = inspect.isclass(value) and value.__module__ == info.name
            if ours and dataclasses.is_dataclass(value):
                made.append((f"{info.name}.{name}", value.__doc__ or ""))
    assert len(made) > 50  # what walk_packages found
    generated = [name for name, doc in made if doc.startswith(name.rsplit(".", 1)[1] + "(")]
    assert not generated, generated

"""`bsm i18n`: the translators' workflow on temporary copies of the project's catalogs."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po
from conftest import EXAMPLES, ROOT, edit_catalog

from toolkit.cli import main
from toolkit.i18n import msgid_key
from toolkit.i18n.workflow import Workflow

LANGUAGES = ("nl", "en", "en_US", "de", "fr", "it", "es", "pl", "sv", "tr")
NOW = "2026-11-20T12:00:00Z"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The parts of the project the workflow touches: babel.cfg, templates, locales."""
    shutil.copy(ROOT / "toolkit" / "data" / "babel.cfg", tmp_path / "babel.cfg")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    shutil.copytree(
        ROOT / "locales", tmp_path / "locales", ignore=shutil.ignore_patterns("*.mo", "en_XA")
    )
    return tmp_path


def bsm(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def po(project: Path, catalog: str) -> Path:
    return project / "locales" / catalog / "LC_MESSAGES" / "messages.po"


def status_json(capsys: pytest.CaptureFixture[str], project: Path) -> tuple[int, dict[str, Any]]:
    code, out, _ = bsm(capsys, "i18n", "--root", str(project), "status", "--format", "json")
    data = json.loads(out)
    return code, {c["catalog"]: c for c in data["catalogs"]} | {"": data["template"]}


# --- status -----------------------------------------------------------------------------------


def test_the_project_status_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = bsm(capsys, "i18n", "status")
    assert code == 0, out + err
    with (ROOT / "locales" / "messages.pot").open("rb") as fh:
        total = len(read_po(fh))
    for catalog in LANGUAGES:
        assert f"{catalog} " in out and f"{total}/{total}" in out
    assert "catalogs complete" in out.splitlines()[-1]


def test_the_installed_command_runs_as_ci_runs_it() -> None:
    bsm_path = Path(sys.executable).parent / "bsm"
    done = subprocess.run(
        [str(bsm_path), "i18n", "status"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_status_counts_missing_fuzzy_and_wrong(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    edit_catalog(po(project, "pl"), "Kind regards,", "")
    edit_catalog(po(project, "de"), "Kind regards,", "Viele Grüße", fuzzy=True)
    edit_catalog(po(project, "fr"), "Order number: %(order_id)s", "Numéro de commande")
    edit_catalog(po(project, "it"), "Order number: %(order_id)s", "Ordine <b>%(order_id)s</b>")
    edit_catalog(po(project, "nl"), "Kind regards,", "Met vriendelijke groeten van ons bedrijfje,")
    edit_catalog(po(project, "sv"), "Kind regards,", "Med vänliga hälsnigar")
    code, found = status_json(capsys, project)
    assert code == 1
    assert [p["text"] for p in found["pl"]["missing"]] == ["'Kind regards,'"]
    assert found["pl"]["translated"] == found["pl"]["total"] - 1
    assert [p["text"] for p in found["de"]["fuzzy"]] == ["'Kind regards,'"]
    assert any("%(order_id)s is missing" in p["text"] for p in found["fr"]["problems"])
    assert any("markup" in p["text"] for p in found["it"]["problems"])
    assert any("unknown words: hälsnigar" in p["text"] for p in found["sv"]["problems"])
    assert found["nl"]["complete"]  # a different wording, correctly spelt, is fine
    assert not found["en"]["missing"] and found["en"]["complete"]
    # the text form names the file and the line, as a compiler would
    code, out, _ = bsm(capsys, "i18n", "--root", str(project), "status")
    assert code == 1
    line = next(line for line in out.splitlines() if "missing: 'Kind regards,'" in line)
    path, number = line.split(":")[:2]
    assert path.endswith("locales/pl/LC_MESSAGES/messages.po") and int(number) > 1
    assert out.splitlines()[-1].startswith("incomplete: de, fr, it, pl, sv")


def set_plural_forms(path: Path, header: str) -> None:
    text = path.read_text(encoding="utf-8")
    start, end = text.index('"Plural-Forms:'), text.index('"MIME-Version')
    path.write_text(f'{text[:start]}"Plural-Forms: {header}\\n"\n{text[end:]}', encoding="utf-8")


def test_status_checks_plural_forms_against_cldr(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    set_plural_forms(po(project, "sv"), "nplurals=2; plural=(n > 1);")  # French's rule
    code, found = status_json(capsys, project)
    assert code == 1
    assert any("CLDR" in p["text"] for p in found["sv"]["problems"])
    set_plural_forms(po(project, "pl"), "nplurals=2; plural=(n != 1);")  # Polish has three
    code, _, err = bsm(capsys, "i18n", "--root", str(project), "status")
    assert code == 2 and "locales/pl/LC_MESSAGES/messages.po" in err and "num_plurals" in err


def test_status_on_one_catalog_and_on_a_missing_one(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    code, out, _ = bsm(capsys, "i18n", "--root", str(project), "status", "sv")
    assert code == 0 and "sv " in out and "tr " not in out
    code, _, err = bsm(capsys, "i18n", "--root", str(project), "status", "da")
    assert code == 2 and "no catalog da" in err


# --- extract, update, init --------------------------------------------------------------------


def test_extract_leaves_an_unchanged_template_alone(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    pot = project / "locales" / "messages.pot"
    before = pot.read_bytes()
    code, out, _ = bsm(capsys, "i18n", "--root", str(project), "extract")
    assert code == 0 and "unchanged" in out
    assert pot.read_bytes() == before


def test_a_new_string_goes_from_template_to_every_catalog(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    template = project / "templates" / "messages" / "delivery-delay.html"
    original = template.read_text(encoding="utf-8")
    added = "The carrier will confirm the delivery time."
    head, _, tail = original.rpartition("{% endblock %}")
    template.write_text(f'{head}<p>{{{{ _("{added}") }}}}</p>\n{{% endblock %}}{tail}')
    root = str(project)
    code, out, _ = bsm(capsys, "i18n", "--root", root, "extract")
    assert code == 0 and "written" in out
    assert added in (project / "locales" / "messages.pot").read_text(encoding="utf-8")
    code, found = status_json(capsys, project)
    assert code == 1
    assert all(any(added in p["text"] for p in found[c]["missing"]) for c in LANGUAGES)

    code, out, _ = bsm(capsys, "i18n", "--root", root, "update")
    assert code == 0
    for catalog in LANGUAGES:
        with po(project, catalog).open("rb") as fh:
            entry = read_po(fh).get(added)
        assert entry is not None and not entry.string
    # until a translator fills it in, Dutch buyers get a refusal, never an English sentence
    code, out, _ = bsm(
        capsys, "render", str(EXAMPLES / "delivery-delay.json"), "--locale", "nl-NL",
        "--templates", str(project / "templates"), "--locales", str(project / "locales"),
        "--now", NOW,
    )  # fmt: skip
    assert code == 1 and "BSM104" in out and added in out

    template.write_text(original, encoding="utf-8")  # the string goes away again
    assert bsm(capsys, "i18n", "--root", root, "extract")[0] == 0
    assert bsm(capsys, "i18n", "--root", root, "update")[0] == 0
    code, out, _ = bsm(capsys, "i18n", "--root", root, "status")
    assert code == 0, out


def test_a_broken_template_fails_the_extraction(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    pot = project / "locales" / "messages.pot"
    before = pot.read_bytes()
    broken = project / "templates" / "messages" / "invoice.html"
    broken.write_text(broken.read_text(encoding="utf-8") + "{% if attachments %}\n")
    code, _, err = bsm(capsys, "i18n", "--root", str(project), "extract")
    assert code == 2
    assert "templates/messages/invoice.html" in err and "line" in err
    assert "Traceback" not in err
    assert pot.read_bytes() == before  # nothing half-written


def test_without_silent_false_jinja_skips_a_broken_template(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    """The trap itself: Jinja's default (silent) drops the broken template's messages."""
    cfg = project / "babel.cfg"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace("silent = false\n", ""))
    broken = project / "templates" / "messages" / "invoice.html"
    broken.write_text(broken.read_text(encoding="utf-8") + "{% if attachments %}\n")
    extracted = Workflow(project).extract_fresh("bsm-toolkit", "0")
    ids = {msgid_key(m) for m in list(extracted)[1:]}
    assert "Invoice for your order %(order_id)s" not in ids  # quietly gone
    assert "Kind regards," in ids
    # status still notices: the template no longer matches what the templates yield
    code, found = status_json(capsys, project)
    assert code == 1 and "out of date" in " ".join(found[""]["problems"])


def test_init_starts_a_new_language(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    root = str(project)
    code, out, _ = bsm(capsys, "i18n", "--root", root, "init", "da")
    assert code == 0 and "locales/da/LC_MESSAGES/messages.po" in out
    text = po(project, "da").read_text(encoding="utf-8")
    assert "Language: da" in text and "nplurals=2" in text
    code, found = status_json(capsys, project)
    assert code == 1 and found["da"]["translated"] == 0
    assert len(found["da"]["missing"]) == found["da"]["total"]
    assert bsm(capsys, "i18n", "--root", root, "init", "da")[0] == 2  # exists already
    code, _, err = bsm(capsys, "i18n", "--root", root, "init", "xx-!!")
    assert code == 2 and "unknown locale" in err
    assert bsm(capsys, "i18n", "--root", root, "init", "en-XA")[0] == 2


def babel_logger_state() -> tuple[object, ...]:
    log = logging.getLogger("babel")
    return (
        tuple(log.handlers),
        log.level,
        log.propagate,
        tuple((h.level, h.formatter) for h in log.handlers),
    )


def test_the_workflow_leaves_the_process_as_it_was(
    capsys: pytest.CaptureFixture[str], project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No change of working folder, no take-over of the `babel` logger: a server or a test
    that runs `bsm i18n` keeps its own (here: a handler someone set up before)."""
    elsewhere = project.parent / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    theirs = logging.Handler(logging.WARNING)
    babel_log = logging.getLogger("babel")
    babel_log.addHandler(theirs)
    try:
        before = babel_logger_state()
        template = project / "templates" / "messages" / "delivery-delay.html"
        head, _, tail = template.read_text(encoding="utf-8").rpartition("{% endblock %}")
        template.write_text(f'{head}<p>{{{{ _("One more line.") }}}}</p>\n{{% endblock %}}{tail}')
        root = os.path.relpath(project)  # a relative --root works without going there
        for step in (["extract"], ["update"], ["init", "da"], ["compile"]):
            code, out, err = bsm(capsys, "i18n", "--root", root, *step)
            assert code == 0, out + err
            assert Path.cwd() == elsewhere, step
            assert babel_logger_state() == before, step
        assert "One more line." in (project / "locales" / "messages.pot").read_text("utf-8")
        with po(project, "da").open("rb") as fh:
            assert read_po(fh).get("One more line.") is not None
        assert not list(elsewhere.iterdir())  # nothing written where the command was run
    finally:
        babel_log.removeHandler(theirs)


# --- compile, pseudo --------------------------------------------------------------------------


def test_compile_builds_every_catalog(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    code, out, _ = bsm(capsys, "i18n", "--root", str(project), "compile")
    assert code == 0
    for catalog in LANGUAGES:
        mo = project / "locales" / catalog / "LC_MESSAGES" / "messages.mo"
        assert mo.is_file() and mo.stat().st_size > 1000
        assert f"locales/{catalog}/LC_MESSAGES/messages.mo" in out


def test_designers_render_the_pseudo_locale(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    locales = str(project / "locales")
    code, _, _ = bsm(
        capsys, "render", str(EXAMPLES / "delivery-scheduling.json"), "--locale", "en-XA",
        "--locales", locales, "--now", NOW,
    )  # fmt: skip
    assert code == 1  # not generated yet: refused (BSM104), like any locale without catalog
    code, out, _ = bsm(capsys, "i18n", "--root", str(project), "pseudo")
    assert code == 0 and "locales/en_XA/LC_MESSAGES/messages.po" in out
    code, out, err = bsm(
        capsys, "render", str(EXAMPLES / "delivery-scheduling.json"), "--locale", "en-XA",
        "--locales", locales, "--now", NOW, "--format", "json",
    )  # fmt: skip
    assert code == 0, out + err
    message = json.loads(out)
    assert message["subject"].startswith("[[Îɱþöŕţåñţ]")
    assert "305-1212121-3434343" in message["subject"]
    assert "Šçĥéðûļîñĝ" in message["html"]


# --- refusals and usage -----------------------------------------------------------------------


def test_render_refuses_a_locale_without_catalog(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = bsm(
        capsys, "render", str(EXAMPLES / "invoice.json"), "--locale", "ja-JP", "--now", NOW
    )
    assert code == 1 and "BSM104" in out and "ja-JP" in out


@pytest.mark.parametrize("tag", ["xx-!!", "xx-YY", "12"])
def test_render_rejects_a_malformed_locale(capsys: pytest.CaptureFixture[str], tag: str) -> None:
    code, _, err = bsm(
        capsys, "render", str(EXAMPLES / "invoice.json"), "--locale", tag, "--now", NOW
    )
    assert code == 2 and "buyer.locale" in err and "Traceback" not in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert bsm(capsys, "i18n")[0] == 2
    assert bsm(capsys, "i18n", "translate")[0] == 2
    code, _, err = bsm(capsys, "i18n", "--root", str(tmp_path), "status")
    assert code == 2 and "templates/" in err

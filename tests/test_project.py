"""A seller's own project: `bsm init`, bsm.toml found upwards, its templates and settings used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import bsm

from toolkit import paths
from toolkit.errors import InputError
from toolkit.policy import load_policy, marketplace_ids
from toolkit.project import CONFIG_NAME, Seller, discover, find_config, init_project

ROOT = Path(__file__).resolve().parent.parent
NOW = "2026-11-20T12:00:00Z"
PAID = "{% block content %}<p>Betaald via Amazon Pay, Van Dijk 305-1111111-2222222.</p>"


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    init_project(tmp_path / "shop", Seller(name="Van Dijk Kookwaren"))
    return tmp_path / "shop"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_init_writes_the_bundled_project(shop: Path) -> None:
    for folder in ("templates", "locales", "examples"):
        bundled = getattr(paths, f"{folder}_dir")()
        expected = {
            p.relative_to(bundled)
            for p in bundled.rglob("*")
            if p.is_file()
            and not paths.is_package_marker(p.relative_to(bundled))
            and p.suffix != ".mo"
        }
        written = {p.relative_to(shop / folder) for p in (shop / folder).rglob("*") if p.is_file()}
        assert written == expected and expected, folder
    assert (shop / "templates" / "style.css").is_file()
    assert (shop / "locales" / "de" / "LC_MESSAGES" / "messages.po").is_file()
    assert not list(shop.rglob("__init__.py"))
    project = discover(shop)
    assert project.root == shop.resolve() and project.seller.name == "Van Dijk Kookwaren"
    assert project.templates == (shop / "templates").resolve()


def test_init_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("mine")
    done = bsm("init", str(tmp_path), cwd=tmp_path)
    assert done.returncode == 2 and "not an empty folder" in done.stderr
    assert (tmp_path / "keep.txt").read_text() == "mine" and not (tmp_path / CONFIG_NAME).exists()
    assert "Traceback" not in done.stderr


def test_init_checks_what_it_is_told(tmp_path: Path) -> None:
    done = bsm("init", "shop", "--seller-email", "not an address", cwd=tmp_path)
    assert done.returncode == 2 and "seller.email" in done.stderr
    done = bsm("init", "shop", "--marketplace", "amazon.moon", cwd=tmp_path)
    assert done.returncode == 2 and "seller.marketplace" in done.stderr


def test_a_project_template_edit_shows_in_render_from_a_sub_folder(shop: Path) -> None:
    edit(shop / "templates" / "messages" / "invoice.html", "{% block content %}", PAID)
    below = shop / "examples"
    done = bsm("render", "invoice.json", "--now", NOW, "--format", "json", cwd=below)
    assert done.returncode == 0, done.stderr
    assert "Betaald via Amazon Pay" in json.loads(done.stdout)["html"]
    # the same order outside the project: the bundled template, without the edit
    outside = bsm("render", str(below / "invoice.json"), "--now", NOW, "--format", "json",
                  cwd=shop.parent)  # fmt: skip
    assert outside.returncode == 0 and "Betaald via Amazon Pay" not in outside.stdout


def test_project_option_from_elsewhere_and_a_rule_breaking_template(shop: Path) -> None:
    edit(shop / "templates" / "messages" / "invoice.html", "{% block content %}",
         "{% block content %}<p>Bedankt! \N{GRINNING FACE}</p>")  # fmt: skip
    done = bsm("--project", str(shop), "render", str(shop / "examples" / "invoice.json"),
               "--now", NOW, cwd=shop.parent)  # fmt: skip
    assert done.returncode == 1 and "BSM403" in done.stdout
    after = bsm("render", str(shop / "examples" / "invoice.json"), "--project", str(shop),
                "--now", NOW, cwd=shop.parent)  # fmt: skip
    assert after.returncode == 1 and "BSM403" in after.stdout


def test_project_option_needs_a_project(tmp_path: Path) -> None:
    done = bsm("--project", str(tmp_path), "render", str(ROOT / "examples" / "invoice.json"),
               "--now", NOW, cwd=tmp_path)  # fmt: skip
    assert done.returncode == 2 and CONFIG_NAME in done.stderr and str(tmp_path) in done.stderr


def test_settings_found_upwards(shop: Path) -> None:
    deep = shop / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == shop / CONFIG_NAME
    assert discover(cwd=deep).root == shop.resolve()
    assert discover(cwd=shop.parent).root is None  # no project: the bundled defaults


def test_the_seller_settings_fill_in_what_an_order_leaves_out(shop: Path) -> None:
    order = json.loads((shop / "examples" / "invoice.json").read_text(encoding="utf-8"))
    del order["seller"]
    (shop / "examples" / "no-seller.json").write_text(json.dumps(order), encoding="utf-8")
    done = bsm("render", "examples/no-seller.json", "--now", NOW, "--format", "json", cwd=shop)
    assert done.returncode == 0, done.stderr
    assert "Van Dijk Kookwaren" in json.loads(done.stdout)["text"]
    # outside the project no seller is known: the field is required
    outside = bsm("render", str(shop / "examples" / "no-seller.json"), "--now", NOW,
                  cwd=shop.parent)  # fmt: skip
    assert outside.returncode == 2 and "seller" in outside.stderr


BROKEN = [
    ("[seller\nname = 1", "not valid TOML"),
    ("[seller]\nname = 1\n", "seller.name: expected a string"),
    ("[seller]\nnickname = 'x'\n", "seller.nickname: unknown key"),
    ("[colours]\n", "colours: unknown key"),
    ("seller = 'x'\n", "seller: expected a table"),
    ("[seller]\nemail = 'shop at example'\n", "seller.email: expected an e-mail address"),
    ("[seller]\nmarketplace = 'amazon.moon'\n", "seller.marketplace: expected a marketplace id"),
    ("[folders]\ntemplates = 'nowhere'\n", "folders.templates: no such folder"),
    ("[folders]\nlocales = '../../etc'\n", "folders.locales: expected a folder inside"),
]


@pytest.mark.parametrize(("text", "problem"), BROKEN)
def test_a_broken_bsm_toml_names_the_file_and_the_key(shop: Path, text: str, problem: str) -> None:
    config = shop / CONFIG_NAME
    config.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        discover(cwd=shop)
    assert str(config) in str(caught.value) and problem in str(caught.value)
    done = bsm("render", "examples/invoice.json", "--now", NOW, cwd=shop)
    assert done.returncode == 2 and problem in done.stderr and "Traceback" not in done.stderr


def test_an_unreadable_bsm_toml(shop: Path) -> None:
    (shop / CONFIG_NAME).write_bytes(b"[seller]\nname = '\xff'\n")
    done = bsm("check", "--locale", "nl-NL", str(shop / "templates" / "style.css"), cwd=shop)
    assert done.returncode == 2 and "not UTF-8" in done.stderr and CONFIG_NAME in done.stderr


def test_a_bsm_toml_that_is_no_file(shop: Path) -> None:
    config = shop / CONFIG_NAME
    config.unlink()
    config.symlink_to("/dev/zero")
    done = bsm("render", "examples/invoice.json", "--now", NOW, cwd=shop)
    assert done.returncode == 2 and CONFIG_NAME in done.stderr and "Traceback" not in done.stderr


def test_i18n_works_on_the_project_catalogs(shop: Path) -> None:
    status = bsm("i18n", "status", cwd=shop)
    assert status.returncode == 0, status.stdout + status.stderr
    edit(shop / "templates" / "messages" / "invoice.html", "{% block content %}",
         "{% block content %}<p>{{ _('Paid with Amazon Pay.') }}</p>")  # fmt: skip
    stale = bsm("i18n", "status", cwd=shop / "templates")
    assert stale.returncode == 1 and "out of date" in stale.stdout
    assert bsm("i18n", "extract", cwd=shop).returncode == 0
    assert "Paid with Amazon Pay." in (shop / "locales" / "messages.pot").read_text("utf-8")
    assert bsm("i18n", "update", cwd=shop).returncode == 0
    missing = bsm("i18n", "status", "de", cwd=shop)
    assert missing.returncode == 1 and "Paid with Amazon Pay." in missing.stdout
    # the bundled catalogs were not touched
    assert "Paid with Amazon Pay." not in (paths.locales_dir() / "messages.pot").read_text("utf-8")


def test_preview_uses_the_project(shop: Path) -> None:
    from starlette.testclient import TestClient

    from preview.app import create_app
    from preview.service import PreviewConfig

    edit(shop / "templates" / "messages" / "invoice.html", "{% block content %}", PAID)
    project = discover(cwd=shop / "examples")
    config = PreviewConfig(
        templates=project.templates, locales=project.locales, examples=project.examples,
        project=project,
    )  # fmt: skip
    app = create_app(config, warm_up=False)
    with TestClient(app, base_url="http://127.0.0.1:8025") as client:
        page = client.get("/m/example/invoice/nl/frame")
        assert page.status_code == 200
        assert "Betaald via Amazon Pay" in page.text


def test_version_and_the_command_list(tmp_path: Path) -> None:
    version = bsm("--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("bsm ")
    listing = bsm(cwd=tmp_path)
    assert listing.returncode == 0
    for command in ("init", "render", "check", "preview", "i18n", "rules"):
        assert f"\n  {command} " in listing.stdout


def test_send_settings_are_read_and_checked(tmp_path: Path) -> None:
    """[send]: every key checked, the ledger path the project's, and no secret accepted."""
    for folder in ("templates", "locales", "examples"):
        (tmp_path / folder).mkdir()
    (tmp_path / "bsm.toml").write_text(
        '[send]\nvia = "sp-api"\nledger = "out/ledger.sqlite"\nsmtp_host = "mail.example"\n'
        'smtp_port = 587\nsmtp_security = "starttls"\n',
        encoding="utf-8",
    )
    send = discover(tmp_path).send
    assert (send.via, send.smtp_host, send.smtp_port) == ("sp-api", "mail.example", 587)
    assert send.ledger == str((tmp_path / "out" / "ledger.sqlite").resolve())
    for bad, problem in (
        ('smtp_port = "25"', "send.smtp_port"),
        ('via = "pigeon"', "send.via"),
        ('smtp_password = "hunter2"', "environment"),
        ('lwa_client_secret = "x"', "environment"),
        ('colour = "red"', "send.colour"),
    ):
        (tmp_path / "bsm.toml").write_text(f"[send]\n{bad}\n", encoding="utf-8")
        with pytest.raises(InputError) as err:
            discover(tmp_path)
        assert problem in str(err.value) and "hunter2" not in str(err.value)


def test_a_project_knows_the_marketplaces_of_the_policy() -> None:
    """bsm.toml's seller.marketplace is checked against the ids policy.toml lists, read
    without building the Public Suffix List a second time: the same ids as the policy's."""
    assert marketplace_ids() == {m.id for m in load_policy().marketplaces}
    assert "A1PA6795UKMFR9" in marketplace_ids()

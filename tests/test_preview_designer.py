"""The preview's views for designers, through the app (Starlette's TestClient): thumbnails and
their filters, the tiles' digests for the live reload, a saved template re-rendering only its
own tiles, the design-changes tab, the design as written, languages side by side."""

from __future__ import annotations

import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT
from test_design import designer_templates
from test_preview_app import BASE, copy_tree, few_examples, insert_line, page

from preview.app import FRAME_CSP, MAX_SIDE_BY_SIDE, create_app
from preview.service import PreviewConfig, PreviewService

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def designer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, TestClient]]:
    root = tmp_path_factory.mktemp("designer")
    templates = designer_templates(root / "templates")
    examples = few_examples(root / "examples", "delivery-delay", "invoice")
    service = PreviewService.create(
        PreviewConfig(templates=templates, examples=examples), isolated=False
    )
    with TestClient(create_app(service=service, warm_up=False), base_url=BASE) as client:
        yield templates, client


def test_a_saved_template_renders_only_its_own_tiles(tmp_path: Path) -> None:
    templates = copy_tree(ROOT / "templates", tmp_path / "templates")
    service = PreviewService.create(PreviewConfig(templates=templates), isolated=False)
    start = time.monotonic()
    before = service.gallery()
    cold = time.monotonic() - start
    tiles = {(r.type_id, t.catalog): t for r in before.rows for t in r.tiles}
    insert_line(templates / "messages" / "invoice.html", "{% block content %}", "<p>saved</p>")
    start = time.monotonic()
    after = service.gallery()
    again = time.monotonic() - start
    renewed = {
        key for r in after.rows for t in r.tiles if tiles[key := (r.type_id, t.catalog)] is not t
    }
    assert renewed == {key for key in tiles if key[0] == "invoice"}
    changed_digests = {
        (r.type_id, t.catalog)
        for r in after.rows
        for t in r.tiles
        if t.digest != tiles[(r.type_id, t.catalog)].digest
    }
    assert changed_digests == renewed
    print(f"cold gallery, traced: {len(tiles)} tiles {cold:.2f}s; one template saved: "
          f"{len(renewed)} tiles again {again:.2f}s")  # fmt: skip


def test_thumbnails_and_their_filters_are_in_the_address(designer: tuple[Path, TestClient]) -> None:
    _, client = designer
    tree = page(client.get("/?view=thumbnails&type=invoice&lang=nl"))
    thumbs = tree.cssselect(".thumb")
    shown = [t.get("data-tile") for t in thumbs if t.get("hidden") is None]
    assert shown == ["invoice/nl"] and len(thumbs) > 1
    assert tree.cssselect('select[name=type] option[value="invoice"][selected]')
    frame = tree.cssselect('[data-tile="invoice/nl"] iframe[data-thumb]')[0]
    assert frame.get("src").startswith(f"{BASE}/m/example/invoice/nl/frame?d=")
    assert frame.get("tabindex") == "-1"  # the card's link takes the focus, not the frame
    changed = [t for t in thumbs if int(t.get("data-changes")) > 0]
    assert changed and len(changed) == len(thumbs)  # the designer's stylesheet breaks rules
    # values the gallery does not have are dropped: the table, unfiltered
    odd = page(client.get("/?view=<script>&type=../x&verdict=nope"))
    assert odd.cssselect("table.gallery") and not odd.cssselect(".thumb")
    assert all(a.get("hidden") is None for a in odd.cssselect("a.tile"))
    only_changed = page(client.get("/?verdict=changed"))
    assert all(a.get("hidden") is None for a in only_changed.cssselect("a.tile"))


def test_tiles_json_gives_each_digest(designer: tuple[Path, TestClient]) -> None:
    _, client = designer
    data = client.get("/gallery/tiles").json()
    ids = [t["id"] for t in data["tiles"]]
    assert "invoice/nl" in ids and "delivery-delay/de" in ids and len(ids) == len(set(ids))
    thumbs = page(client.get("/?view=thumbnails")).cssselect(".thumb")
    assert {t.get("data-tile"): t.get("data-digest") for t in thumbs} == {
        t["id"]: t["digest"] for t in data["tiles"]
    }


def test_message_page_lists_the_design_changes(designer: tuple[Path, TestClient]) -> None:
    _, client = designer
    tree = page(client.get("/m/example/delivery-delay/de"))
    rows = tree.cssselect("#changes tr[data-rule]")
    assert rows and tree.cssselect("#tab-changes")
    family = next(r for r in rows if "Comic Sans" in r.text_content())
    assert family.cssselect("td a")[0].get("href").endswith("/rules/BSM407")
    assert "style.css:" in family.cssselect("[data-source]")[0].text_content()
    assert tree.cssselect('[data-switch=design] a[data-design="written"]')
    compare = page(client.get("/m/example/delivery-delay/de?design=written"))
    assert compare.cssselect("iframe#written") and compare.cssselect("iframe#frame")
    widths = {f.get("width") for f in compare.cssselect("iframe.frame")}
    assert len(widths) == 1


def test_the_design_as_written_is_framed_like_the_message(
    designer: tuple[Path, TestClient],
) -> None:
    _, client = designer
    written = client.get("/m/example/delivery-delay/de/written")
    sent = client.get("/m/example/delivery-delay/de/frame")
    assert written.headers["content-security-policy"] == FRAME_CSP
    assert "Comic Sans MS" in written.text and "Comic Sans MS" not in sent.text
    assert "data-bsm" not in written.text and "data-bsm" not in sent.text
    assert client.get("/m/example/nothing/de/written").status_code == 404


def test_languages_side_by_side_takes_two_to_four(designer: tuple[Path, TestClient]) -> None:
    _, client = designer
    many = "&".join(f"lang={c}" for c in ("xx", "nl", "de", "nl", "en", "pl", "sv"))
    tree = page(client.get(f"/languages/example/invoice?{many}&width=mobile"))
    shown = [f.get("data-catalog") for f in tree.cssselect("figure.language")]
    assert shown == ["nl", "de", "en", "pl"] and len(shown) == MAX_SIDE_BY_SIDE
    assert {f.get("width") for f in tree.cssselect("figure.language iframe")} == {"375"}
    default = page(client.get("/languages/example/invoice"))
    assert [f.get("data-catalog") for f in default.cssselect("figure.language")][:2] == ["en", "pl"]
    assert client.get("/languages/example/nothing").status_code == 404

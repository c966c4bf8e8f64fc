"""The cache of inlined template sources (toolkit/render_cache.py): where it lives, what its key
covers, and that a render gives the same source with it as without it. What a process loads
with it, and a damaged or unusable cache, are in tests/test_imports.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from toolkit.i18n import CatalogStore
from toolkit.render import TemplateSource
from toolkit.render_cache import RenderCache, cache_folder

HOME = Path.home()


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"BSM_CACHE_DIR": "/c/bsm"}, Path("/c/bsm")),
        ({"BSM_CACHE_DIR": "/c/bsm", "XDG_CACHE_HOME": "/x"}, Path("/c/bsm")),
        ({"BSM_CACHE_DIR": "", "XDG_CACHE_HOME": "/x"}, None),
        ({"BSM_CACHE_DIR": "off"}, None),
        ({"BSM_CACHE_DIR": "OFF"}, None),
        ({"XDG_CACHE_HOME": "/x"}, Path("/x/bsm-toolkit")),
        ({"XDG_CACHE_HOME": "relative"}, HOME / ".cache" / "bsm-toolkit"),  # XDG: ignored
        ({}, HOME / ".cache" / "bsm-toolkit"),
    ],
)
def test_where_the_cache_lives(environ: dict[str, str], expected: Path | None) -> None:
    assert cache_folder(environ) == expected


def test_the_key_covers_every_input(tmp_path: Path) -> None:
    cache = RenderCache(tmp_path)
    base = ("a.html", "<p>{{ x }}</p>", "p { color: red }", False)
    keys = {
        cache.key(*base),
        cache.key("b.html", *base[1:]),
        cache.key(base[0], "<p>{{ y }}</p>", *base[2:]),
        cache.key(*base[:2], "p { color: blue }", base[3]),
        cache.key(*base[:3], True),
    }
    assert len(keys) == 5
    assert cache.key(*base) == RenderCache(tmp_path / "other").key(*base)  # not the folder


def test_a_hit_is_what_was_made_and_a_miss_makes_it(tmp_path: Path) -> None:
    made: list[str] = []

    def make(text: str) -> str:
        made.append(text)
        return text

    cache = RenderCache(tmp_path / "cache")
    args = ("a.html", "<p>é</p>", "p {}", False)
    assert cache.inlined(*args, lambda: make("<p style='x'>é</p>")) == "<p style='x'>é</p>"
    assert RenderCache(tmp_path / "cache").inlined(*args, lambda: make("?")) == made[0]
    assert made == ["<p style='x'>é</p>"]
    assert RenderCache(None).inlined(*args, lambda: make("off")) == "off"  # no cache: made


def test_templates_inline_alike_with_and_without_the_cache(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent / "templates"
    names = sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html"))
    assert len(names) > 5
    for annotate in (False, True):
        off = TemplateSource(root, annotate=annotate)
        cold = TemplateSource(root, annotate=annotate, cache=RenderCache(tmp_path))
        warm = TemplateSource(root, annotate=annotate, cache=RenderCache(tmp_path))
        for name in names:
            expected = off.get_source(None, name)[0]  # type: ignore[arg-type]
            assert cold.get_source(None, name)[0] == expected  # type: ignore[arg-type]
            assert warm.get_source(None, name)[0] == expected  # type: ignore[arg-type]
    assert len(list(tmp_path.iterdir())) == 2 * len(names)


def test_an_edited_template_is_a_miss(tmp_path: Path) -> None:
    root = tmp_path / "templates"
    root.mkdir()
    (root / "style.css").write_text("p { color: red }", encoding="utf-8")
    (root / "a.html").write_text("<p>one</p>", encoding="utf-8")
    cache = RenderCache(tmp_path / "cache")
    first = TemplateSource(root, cache=cache).get_source(None, "a.html")[0]  # type: ignore[arg-type]
    (root / "a.html").write_text("<p>two</p>", encoding="utf-8")
    second = TemplateSource(root, cache=cache).get_source(None, "a.html")[0]  # type: ignore[arg-type]
    assert "one" in first and "two" in second and "color" in second
    (root / "style.css").write_text("p { color: blue }", encoding="utf-8")
    third = TemplateSource(root, cache=cache).get_source(None, "a.html")[0]  # type: ignore[arg-type]
    assert "blue" in third


def test_a_folder_others_may_write_in_is_not_used(tmp_path: Path) -> None:
    """Another user could have put a template (or Jinja code) there: neither read nor written."""
    made = RenderCache(tmp_path / "cache")
    args = ("a.html", "<p>x</p>", "p {}", False)
    made.inlined(*args, lambda: "<p style='x'>x</p>")
    (tmp_path / "cache").chmod(0o777)
    shared = RenderCache(tmp_path / "cache")
    assert shared.inlined(*args, lambda: "made again") == "made again"
    assert shared.inlined("b.html", *args[1:], lambda: "b") == "b"
    assert len(list((tmp_path / "cache").iterdir())) == 1  # b.html was not written
    (tmp_path / "cache").chmod(0o700)
    assert RenderCache(tmp_path / "cache").inlined(*args, lambda: "?") == "<p style='x'>x</p>"


def test_a_catalog_is_compiled_once_and_again_when_edited(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent / "locales"
    locales = tmp_path / "locales"
    shutil.copytree(root / "nl", locales / "nl")
    cache = RenderCache(tmp_path / "cache")
    fresh = CatalogStore(locales).translations("nl").gettext("Kind regards,")
    assert fresh != "Kind regards,"
    assert CatalogStore(locales, cache=cache).translations("nl").gettext("Kind regards,") == fresh
    assert [p.name.split("-")[0] for p in (tmp_path / "cache").iterdir()] == ["catalog"]
    assert CatalogStore(locales, cache=cache).translations("nl").gettext("Kind regards,") == fresh
    po = locales / "nl" / "LC_MESSAGES" / "messages.po"
    po.write_text(
        po.read_text(encoding="utf-8").replace(f'msgstr "{fresh}"', 'msgstr "Tot ziens,"'),
        encoding="utf-8",
    )
    edited = CatalogStore(locales, cache=cache).translations("nl")
    assert edited.gettext("Kind regards,") == "Tot ziens,"
    assert len(list((tmp_path / "cache").iterdir())) == 2

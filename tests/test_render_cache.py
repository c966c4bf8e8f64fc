"""The cache of inlined template sources (toolkit/render_cache.py): where it lives, what its key
covers, and that a render gives the same source with it as without it. What a process loads
with it, and a damaged or unusable cache, are in tests/test_imports.py."""

from __future__ import annotations

import pickle
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from toolkit import urls
from toolkit.attachments import load_file_types
from toolkit.catalog import load_catalog
from toolkit.detect import load_detectors
from toolkit.i18n import CatalogStore, parse_locale
from toolkit.image_words import ImageWords
from toolkit.pipeline import Toolkit
from toolkit.policy import load_policy
from toolkit.reader import load_attachment_kinds
from toolkit.render import TemplateSource
from toolkit.render_cache import (
    DISTRIBUTION,
    LIBRARIES,
    LOADED,
    RenderCache,
    cache_folder,
    entry,
    installed_version,
    installed_versions,
)
from toolkit.rules import default_registry
from toolkit.rules.phrases import LISTS, PhraseBook
from toolkit.rules.spelling import Spelling

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


# --- objects built from data files (kept_object): a check's start-up ------------------------


def loaded_entries(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{LOADED}-*"))


def test_a_kept_object_is_made_once_and_again_for_other_inputs(tmp_path: Path) -> None:
    made: list[str] = []

    def make(value: str) -> dict[str, list[str]]:
        made.append(value)
        return {"words": [value, "é"]}

    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    a.write_text("a", encoding="utf-8")
    b.write_text("b", encoding="utf-8")
    folder = tmp_path / "cache"
    first = RenderCache(folder).kept_object("words", [a], dict, lambda: make("one"))
    again = RenderCache(folder).kept_object("words", [a], dict, lambda: make("?"))
    assert again == first == {"words": ["one", "é"]} and again is not first
    assert made == ["one"]
    assert RenderCache(folder).kept_object("words", [b], dict, lambda: make("two")) == {
        "words": ["two", "é"]
    }  # another file
    assert RenderCache(folder).kept_object("other", [a], dict, lambda: make("3"))["words"][0] == "3"
    a.write_text("a, edited", encoding="utf-8")  # the same name, other bytes: a miss
    assert RenderCache(folder).kept_object("words", [a], dict, lambda: make("4"))["words"][0] == "4"
    assert len(loaded_entries(folder)) == 4
    assert (
        RenderCache(None).kept_object("words", [a], dict, lambda: make("off"))["words"][0] == "off"
    )
    missing = tmp_path / "missing.toml"  # cannot be read: made, as without a cache
    assert RenderCache(folder).kept_object("words", [missing], dict, lambda: make("5")) == {
        "words": ["5", "é"]
    }
    assert made == ["one", "two", "3", "4", "off", "5"]
    assert len(loaded_entries(folder)) == 4


@pytest.mark.parametrize("damage", ["not a pickle", "another kind", "truncated", "empty"])
def test_a_damaged_kept_object_is_made_again_and_rewritten(tmp_path: Path, damage: str) -> None:
    """A sound header over a body that does not unpickle, or unpickles to another kind of
    object, is a miss like a broken header."""
    source = tmp_path / "a.toml"
    source.write_text("a", encoding="utf-8")
    folder = tmp_path / "cache"
    assert RenderCache(folder).kept_object("words", [source], dict, lambda: {"w": 1}) == {"w": 1}
    (path,) = loaded_entries(folder)
    data = path.read_bytes()
    key = path.name.split("-", 1)[1]
    path.write_bytes(
        {
            "not a pickle": entry(key, b"\x80\x05not a pickle"),
            "another kind": entry(key, pickle.dumps(["w", 1])),
            "truncated": data[: len(data) - 3],
            "empty": b"",
        }[damage]
    )
    assert RenderCache(folder).kept_object("words", [source], dict, lambda: {"w": 2}) == {"w": 2}
    assert path.read_bytes() != data  # rewritten with what was made
    assert RenderCache(folder).kept_object("words", [source], dict, dict) == {"w": 2}


def test_an_object_that_cannot_be_pickled_is_made_each_time(tmp_path: Path) -> None:
    source = tmp_path / "a.toml"
    source.write_text("a", encoding="utf-8")
    cache = RenderCache(tmp_path / "cache")
    assert cache.kept_object("lock", [source], object, threading.Lock) is not None
    assert loaded_entries(tmp_path / "cache") == []


def test_the_suffix_list_from_the_cache_is_the_one_built(tmp_path: Path) -> None:
    built = urls.build_suffixes()
    cold = urls.load_suffixes(RenderCache(tmp_path / "cache"))
    (path,) = loaded_entries(tmp_path / "cache")
    warm = urls.load_suffixes(RenderCache(tmp_path / "cache"))
    assert warm is not cold
    for found in (cold, warm, urls.load_suffixes(None)):
        assert vars(found) == vars(built)
    for host in ("www.amazon.co.uk", "bücher.de", "xn--bcher-kva.de", "a.b.kawasaki.jp", "com"):
        assert warm.privatesuffix(host) == built.privatesuffix(host)
    path.write_bytes(path.read_bytes()[:-1] + b"?")  # damaged: built again, the same
    assert vars(urls.load_suffixes(RenderCache(tmp_path / "cache"))) == vars(built)


def test_what_a_toolkit_loads_from_the_cache_is_what_it_loads_without(tmp_path: Path) -> None:
    """Every object a Toolkit keeps in the cache, cold then warm, equal to the one it builds
    with the cache off: policy (with its suffix list), catalog, detectors, file types, image
    words, attachment kinds, and every language's phrases and concepts."""
    fresh = PhraseBook()  # every language read from its files
    for _ in range(2):  # cold, then warm
        cache = RenderCache(tmp_path / "cache")
        tk = Toolkit(
            policy=load_policy(cache=cache), catalog=load_catalog(cache=cache),
            detectors=load_detectors(cache), registry=default_registry(),
            book=PhraseBook(cache=cache), spelling=Spelling(),
            file_types=load_file_types(cache=cache), image_words=ImageWords.load(cache),
            cache=cache,
        )  # fmt: skip
        assert tk.policy == load_policy()  # every field but the suffix list, compared here
        assert vars(tk.policy.suffixes) == vars(urls.build_suffixes())
        assert tk.catalog == load_catalog()
        assert tk.detectors == load_detectors()
        assert tk.file_types == load_file_types() and tk.image_words == ImageWords.load()
        assert load_attachment_kinds(cache=cache) == load_attachment_kinds()
        assert tk.book.languages() == fresh.languages() and len(fresh.languages()) > 5
        for language in fresh.languages():
            kept, read = tk.book.get(language), fresh.get(language)
            assert kept is not None and read is not None
            assert (kept.language, kept.lists) == (read.language, read.lists)
            # the gates were worked out before the lists were kept: the same as worked out now
            assert kept._gates == {name: read.gate(name) for name in LISTS}
            assert tk.book.concepts.get(language) == fresh.concepts.get(language)
    kinds = {path.name.split("-")[0] for path in (tmp_path / "cache").iterdir()}
    assert kinds == {LOADED}
    assert len(loaded_entries(tmp_path / "cache")) > 2 * len(fresh.languages())


# --- the libraries' versions in every key ---------------------------------------------------


def test_versions_read_from_folder_names_are_the_installed_ones() -> None:
    names = (DISTRIBUTION, *LIBRARIES, "Jinja2", "MarkupSafe", "ada-url", "no-such-distribution")
    assert installed_versions(names, sys.path) == [installed_version(n) for n in names]
    assert installed_version(DISTRIBUTION) and installed_version("premailer")


def test_the_first_folder_on_the_path_wins_and_a_doubled_name_is_asked_of_metadata(
    tmp_path: Path,
) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    (first / "Some_Lib-1.0.dist-info").mkdir(parents=True)
    (second / "some.lib-2.0.dist-info").mkdir(parents=True)
    (second / "other_thing-3.0.dist-info").mkdir()
    (second / "other.thing-3.1.dist-info").mkdir()  # one name twice: not told by the folders
    (second / "third-4.0.egg-info").mkdir()  # not a .dist-info
    path = [str(tmp_path / "missing"), str(first), str(second)]
    assert installed_versions(["some-lib"], path) == ["1.0"]
    assert installed_versions(["some-lib"], path[::-1]) == ["2.0"]
    assert installed_versions(["Other-Thing", "third"], path) == ["", ""]  # not installed here


# what a process reads back of Babel's CLDR data (load_cldr), next to what Babel loads itself;
# Babel's objects in it (Alias, PluralRule, NumberPattern ...) have no equality of their own:
# each is compared by its pickle
CLDR_READ = """
import pickle, sys
from pathlib import Path
from babel import localedata
from toolkit.i18n import parse_locale
from toolkit.i18n.locales import load_cldr
from toolkit.render_cache import RenderCache

def plain(value):
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, (tuple, list)):
        return type(value)(plain(item) for item in value)
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    return (type(value).__name__, pickle.dumps(value))

locales = [parse_locale(tag) for tag in sys.argv[2:]]
for locale in locales:
    load_cldr(locale, RenderCache(Path(sys.argv[1])))
kept = {str(locale): localedata._cache[str(locale)] for locale in locales}
localedata._cache.clear()
same = [plain(data) == plain(localedata.load(name)) for name, data in kept.items()]
print(len(same), all(same))
"""


def test_the_cldr_data_kept_is_what_babel_loads(tmp_path: Path) -> None:
    """Each catalog's locale (the pseudo-locale's too) and a region the catalogs lack: Babel's
    merged data, cold (Babel's, kept) and warm (read back in another process), is what Babel
    loads."""
    from toolkit.paths import locales_dir

    tags = sorted(p.name for p in locales_dir().iterdir() if p.is_dir() and p.name[0] != "_")
    assert {"de", "en_XA", "nl", "tr"} <= set(tags)
    tags.append("fr_BE")
    names = {str(parse_locale(tag)) for tag in tags}
    cache = tmp_path / "cache"
    for state in ("cold", "warm"):
        done = subprocess.run(
            [sys.executable, "-c", CLDR_READ, str(cache), *tags],
            capture_output=True, text=True, timeout=300, check=True,
        )  # fmt: skip
        assert done.stdout.split() == [str(len(names)), "True"], state
        assert len(loaded_entries(cache)) == len(names)

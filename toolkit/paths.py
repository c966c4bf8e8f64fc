"""Where the bundled data lives: inside the installed package, never above it.

The templates, catalogs and example orders are top-level folders of the repository; pyproject.toml
installs them as the packages `toolkit.templates`, `toolkit.locales` and `toolkit.examples`. The
import system knows where each one is (the wheel's copy, or in an editable install the folder in
the clone), so an edit in a clone shows at once. Nothing here is cached: finding a package's
folder is a dictionary look-up once `toolkit` is imported.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

PACKAGE = "toolkit"
STYLESHEET = "style.css"


def package_folder(name: str) -> Path:
    """The folder of the package `toolkit.<name>` (found, not imported: nothing runs in it)."""
    spec = importlib.util.find_spec(f"{PACKAGE}.{name}")
    if spec is None or not spec.submodule_search_locations:
        raise LookupError(f"the installed toolkit has no {PACKAGE}.{name} (a broken install?)")
    return Path(next(iter(spec.submodule_search_locations)))


# resolved once: a start-up asks for it a dozen times, and each resolve() is a system call
# for every folder of the path
DATA_DIR = Path(__file__).resolve().parent / "data"


def data_dir() -> Path:
    """Policy, message types, phrase lists, spelling lists (toolkit/data)."""
    return DATA_DIR


def templates_dir() -> Path:
    """The bundled message templates and their stylesheet."""
    return package_folder("templates")


def locales_dir() -> Path:
    """The bundled catalogs: messages.pot and <lang>/LC_MESSAGES/messages.po."""
    return package_folder("locales")


def examples_dir() -> Path:
    """The bundled example orders and their attachments."""
    return package_folder("examples")


def is_package_marker(path: Path) -> bool:
    """Files that make a bundled folder a package; they are not a seller's data."""
    return path.name == "__init__.py" or "__pycache__" in path.parts

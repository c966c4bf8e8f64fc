"""A seller's or designer's own project: a folder with a `bsm.toml`, found upwards.

`bsm init DIR` writes one (templates, stylesheet, catalogs, sample orders and the settings).
Every command run inside it, or given `--project DIR`, uses its templates, catalogs and settings;
outside any project the bundled defaults serve. The file is found by walking up from the current
folder, the way ruff finds its `ruff.toml`, and every key is checked: a wrong one is an error
naming the file, the key and what was expected.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit import paths
from toolkit.errors import InputError
from toolkit.files import read_capped

CONFIG_NAME = "bsm.toml"
MAX_CONFIG_BYTES = 1_000_000  # settings larger than this are no settings (a link to /dev/zero)
FOLDERS = ("templates", "locales", "examples")
# an address as Amazon registers it for a seller: ASCII, one "@", a dotted domain
EMAIL = re.compile(r"\A[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\Z")


@dataclass(frozen=True)
class Seller:
    """What the project says about the seller: used where an order document says nothing."""

    name: str | None = None
    email: str | None = None  # the address registered with Amazon: the From of e-mails
    marketplace: str | None = None  # the home marketplace id, e.g. A1PA6795UKMFR9


@dataclass(frozen=True)
class SendSettings:
    """`[send]` of bsm.toml: how `bsm send` sends (the command line wins). No secrets here:
    passwords and tokens come from the environment only."""

    via: str | None = None  # smtp, sp-api
    ledger: str | None = None  # a path (relative to bsm.toml) or a postgresql:// URL
    smtp_host: str | None = None
    smtp_port: int | None = None
    smtp_security: str | None = None  # starttls, ssl, none
    sp_api_endpoint: str | None = None
    lwa_endpoint: str | None = None


SEND_CHOICES = {"via": ("smtp", "sp-api"), "smtp_security": ("starttls", "ssl", "none")}
SECRET_WORDS = ("password", "secret", "token")  # keys that would hold one: refused by name


@dataclass(frozen=True)
class Project:
    """Where the templates, catalogs and examples are, and the seller's settings."""

    templates: Path
    locales: Path
    examples: Path
    seller: Seller = field(default_factory=Seller)
    send: SendSettings = field(default_factory=SendSettings)
    root: Path | None = None  # None: no project, the bundled defaults
    config: Path | None = None  # its bsm.toml

    @property
    def name(self) -> str:
        return str(self.root) if self.root else "the bundled defaults"


def bundled() -> Project:
    return Project(
        templates=paths.templates_dir(),
        locales=paths.locales_dir(),
        examples=paths.examples_dir(),
    )


def find_config(start: Path) -> Path | None:
    """The nearest bsm.toml in `start` or a folder above it (whatever it is: one that is no
    readable file is an error when loaded, not silently passed over)."""
    here = start.resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_NAME
        if candidate.exists() or candidate.is_symlink():
            return candidate
    return None


def discover(project: Path | None = None, *, cwd: Path | None = None) -> Project:
    """`--project DIR` if given (it must hold a bsm.toml), else the nearest one, else bundled."""
    if project is not None:
        config = project / CONFIG_NAME if project.is_dir() else project
        if not (config.exists() or config.is_symlink()):
            raise InputError(f"no {CONFIG_NAME} here (bsm init DIR makes one)", source=str(project))
        return load(config)
    found = find_config(cwd or Path.cwd())
    return load(found) if found else bundled()


def load(config: Path) -> Project:
    import tomllib  # only a project of the user's: the bundled one has no settings file

    source = str(config)
    try:
        data = tomllib.loads(read_capped(config, MAX_CONFIG_BYTES, "settings").decode("utf-8"))
    except UnicodeDecodeError as err:
        raise InputError(f"not UTF-8 (byte {err.start})", source=source) from None
    except tomllib.TOMLDecodeError as err:
        raise InputError(f"not valid TOML: {err}", source=source) from None
    try:
        return from_settings(data, config.parent.resolve())
    except InputError as err:
        raise err.within(source) from None


def from_settings(data: Mapping[str, Any], root: Path) -> Project:
    known_tables(data, "", {"seller": dict, "folders": dict, "send": dict})
    seller_table = data.get("seller", {})
    folders_table = data.get("folders", {})
    known_tables(seller_table, "seller", {"name": str, "email": str, "marketplace": str})
    known_tables(folders_table, "folders", dict.fromkeys(FOLDERS, str))
    seller = Seller(
        name=text_setting(seller_table, "seller.name", "name"),
        email=text_setting(seller_table, "seller.email", "email", check=check_email),
        marketplace=text_setting(
            seller_table, "seller.marketplace", "marketplace", check=check_marketplace
        ),
    )
    folders = {
        name: folder_setting(root, folders_table.get(name, name), f"folders.{name}")
        for name in FOLDERS
    }
    send = send_settings(data.get("send", {}), root)
    return Project(seller=seller, send=send, root=root, config=root / CONFIG_NAME, **folders)


def send_settings(table: Mapping[str, Any], root: Path) -> SendSettings:
    """`[send]`: every key checked; a secret is refused here, it belongs in the environment."""
    for key in table:
        if any(word in key.lower() for word in SECRET_WORDS):
            raise InputError("secrets are not kept in bsm.toml: set BSM_SMTP_PASSWORD, "
                             "LWA_CLIENT_SECRET or SP_API_REFRESH_TOKEN in the environment",
                             field=f"send.{key}")  # fmt: skip
    strings = ("via", "ledger", "smtp_host", "smtp_security", "sp_api_endpoint", "lwa_endpoint")
    known_tables({k: v for k, v in table.items() if k != "smtp_port"}, "send",
                 dict.fromkeys(strings, str))  # fmt: skip
    values: dict[str, Any] = {k: text_setting(table, f"send.{k}", k) for k in strings}
    for key, allowed in SEND_CHOICES.items():
        if values[key] is not None and values[key] not in allowed:
            raise InputError(f"expected one of {', '.join(allowed)}, got {values[key]!r}",
                             field=f"send.{key}")  # fmt: skip
    port = table.get("smtp_port")
    if port is not None and (isinstance(port, bool) or not isinstance(port, int)
                             or not 0 < port < 65536):  # fmt: skip
        raise InputError(f"expected a port number 1..65535, got {port!r}", field="send.smtp_port")
    ledger = values["ledger"]
    if ledger and "://" not in ledger:  # a path is the project's, wherever bsm runs
        values["ledger"] = str((root / ledger).resolve())
    return SendSettings(smtp_port=port, **values)


def known_tables(table: Mapping[str, Any], where: str, expected: Mapping[str, type]) -> None:
    for key, value in table.items():
        name = f"{where}.{key}" if where else key
        if key not in expected:
            allowed = ", ".join(expected)
            raise InputError(f"unknown key (expected one of: {allowed})", field=name)
        kind = expected[key]
        if not isinstance(value, kind):
            what = "a table" if kind is dict else "a string"
            raise InputError(f"expected {what}, got {type(value).__name__}", field=name)


def text_setting(
    table: Mapping[str, Any],
    name: str,
    key: str,
    *,
    check: Callable[[str, str], None] | None = None,
) -> str | None:
    value = table.get(key)
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if check:
        check(value, name)
    return str(value)


def check_email(value: str, name: str) -> None:
    if not EMAIL.match(value):
        raise InputError(
            f"expected an e-mail address such as orders@shop.example, got {value!r}", field=name
        )


def check_marketplace(value: str, name: str) -> None:
    """A marketplace the policy knows, by the id Amazon gives it."""
    from toolkit.policy import marketplace_ids  # only when a project names a marketplace

    if value not in marketplace_ids():
        raise InputError(
            f"expected a marketplace id such as A1PA6795UKMFR9 (amazon.de), got {value!r}",
            field=name,
        )


def folder_setting(root: Path, value: str, name: str) -> Path:
    """A folder of the project, relative to its bsm.toml; it must exist and stay inside."""
    folder = (root / value).resolve()
    if not folder.is_relative_to(root):
        raise InputError(f"expected a folder inside the project, got {value!r}", field=name)
    if not folder.is_dir():
        raise InputError(f"no such folder: {folder}", field=name)
    return folder


SETTINGS_TEMPLATE = """\
# A bsm project: every bsm command run in this folder or below uses these settings and the
# templates, catalogs and sample orders of the folders named here (`bsm --project DIR` from
# elsewhere). Written by `bsm init`; edit it freely: `bsm` says which key is wrong, if any.

[seller]
# used where an order document names no seller
name = {name}
# the address you registered with Amazon: the From of the e-mails `bsm send` writes
email = {email}
# your home marketplace, by Amazon's id (A1PA6795UKMFR9 is amazon.de, A1805IZSGTT6HS amazon.nl)
marketplace = {marketplace}

[folders]
templates = "templates"
locales = "locales"
examples = "examples"
"""


def toml_string(value: str | None) -> str:
    """A TOML basic string (JSON's escapes are TOML's for the characters a name holds)."""
    return json.dumps(value or "", ensure_ascii=False)


def init_project(dest: Path, seller: Seller) -> list[Path]:
    """Write the bundled templates, catalogs and sample orders into `dest`, with a bsm.toml.

    `dest` must be new or empty: a seller's own files are never overwritten."""
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise InputError("exists and is not an empty folder: bsm init writes a new project",
                         source=str(dest))  # fmt: skip
    for name, value in (("seller.email", seller.email), ("seller.marketplace", seller.marketplace)):
        if value:
            (check_email if name == "seller.email" else check_marketplace)(value, name)
    source = bundled()
    written = []
    for folder in FOLDERS:
        written += copy_tree(getattr(source, folder), dest / folder)
    config = dest / CONFIG_NAME
    config.write_text(
        SETTINGS_TEMPLATE.format(
            name=toml_string(seller.name),
            email=toml_string(seller.email),
            marketplace=toml_string(seller.marketplace),
        ),
        encoding="utf-8",
    )
    return [*written, config]


def copy_tree(src: Path, dest: Path) -> list[Path]:
    """The data files of a bundled folder (not what makes it a package, not compiled .mo)."""
    import shutil  # `bsm init`'s alone

    written = []
    for path in sorted(src.rglob("*")):
        rel = path.relative_to(src)
        if not path.is_file() or paths.is_package_marker(rel) or path.suffix == ".mo":
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        written.append(target)
    return written

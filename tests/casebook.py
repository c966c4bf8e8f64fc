"""Rule test cases as data (tests/rule_cases/<ID>.toml), as sqlfluff keeps them: one file per
rule, each case a message that must fail or pass, with the context it needs.

A case's keys:
- `expect`: "fail" or "pass"; `contains`: a substring one finding's message must have.
- the message: `subject`, `html`, `text` (a `text` case also runs as HTML, one <p> per line),
  or `from_doc = "example" | "good"`: the rule's own documented example, read as a fragment.
- context: `locale`, `type`, `order` (an example in examples/, changed by `order_patch`, dotted
  keys), `now`, `ledger` (`reviews` = order ids with a review request sent, `proactive_today`,
  `daily_orders`), `attachments` (filename, kind, size, optional `mime` and `content`: the
  file type its bytes are, an id of toolkit/data/file_types.toml or "none"; default the type
  its extension says), `images` (src -> recipe, drawn with Pillow: "animated-gif",
  "pixel-1x1", "wide-900", "small-100").
"""

from __future__ import annotations

import copy
import html as html_lib
import io
import json
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PIL import Image

from toolkit.ledger import Sent, SqliteLedger
from toolkit.model import Attachment, Finding, Message
from toolkit.orders import OrderDocument, parse_document
from toolkit.pipeline import Toolkit, check_message
from toolkit.rules import Rule

TESTS = Path(__file__).resolve().parent
CASES_DIR = TESTS / "rule_cases"
EXAMPLES = TESTS.parent / "examples"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
LANGUAGES = ("nl", "en", "de", "fr", "it", "es", "pl", "sv", "tr")
CASE_KEYS = frozenset(
    {
        "name", "expect", "contains", "subject", "html", "text", "from_doc", "locale", "type",
        "order", "order_patch", "now", "ledger", "attachments", "images", "language", "forms",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Case:
    rule: str
    name: str
    data: dict[str, Any] = field(repr=False)

    @property
    def expect(self) -> str:
        return str(self.data["expect"])

    @property
    def language(self) -> str | None:
        """The language the case is written in (its locale's, or `language`)."""
        if "language" in self.data:
            return str(self.data["language"])
        locale = self.data.get("locale")
        return str(locale).replace("_", "-").split("-")[0] if locale else None


def load_cases(directory: Path = CASES_DIR) -> list[Case]:
    cases = []
    for path in sorted(directory.glob("BSM*.toml")):
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        for entry in data.get("case", []):
            unknown = set(entry) - CASE_KEYS
            if unknown:
                raise ValueError(f"{path.name} {entry.get('name')}: unknown keys {unknown}")
            cases.append(Case(path.stem, str(entry["name"]), entry))
    return cases


# --- building what a case describes ----------------------------------------------------------


def fragment(text: str) -> dict[str, str]:
    """A documented example as message parts: `--type X` flags, `Subject: ...`, HTML or text."""
    parts: dict[str, str] = {}
    words = text.split()
    while len(words) >= 2 and words[0] in ("--type", "--locale"):
        parts[words[0][2:]] = words[1]
        words = words[2:]
    rest = " ".join(words) if text.startswith("--") else text
    if rest.startswith("Subject: "):
        parts["subject"] = rest[len("Subject: ") :]
    elif "<" in rest and ">" in rest:
        parts["html"] = rest
    elif rest:
        parts["text"] = rest
    return parts


def as_html(text: str) -> str:
    return "".join(f"<p>{html_lib.escape(line)}</p>\n" for line in text.splitlines())


def draw(recipe: str) -> bytes:
    out = io.BytesIO()
    if recipe == "animated-gif":
        frames = [Image.new("RGB", (40, 40), colour) for colour in ("red", "blue", "green")]
        frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100)
    elif recipe.startswith("pixel-"):
        Image.new("RGB", (1, 1), "white").save(out, "PNG")
    else:
        width = int(recipe.split("-")[1])
        Image.new("RGB", (width, 40), "white").save(out, "PNG")
    return out.getvalue()


def set_dotted(data: dict[str, Any], dotted: str, value: Any) -> None:
    keys = dotted.split(".")
    for key in keys[:-1]:
        data = data.setdefault(key, {})
    if value is None:
        data.pop(keys[-1], None)
    else:
        data[keys[-1]] = value


def order_document(tk: Toolkit, case: Case) -> OrderDocument | None:
    name = case.data.get("order")
    if name is None:
        return None
    data = json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    for dotted, value in case.data.get("order_patch", {}).items():
        set_dotted(data, dotted, None if value == "" else value)
    return parse_document(data, tk.catalog, source=f"{name}.json", base_dir=EXAMPLES)


def ledger_for(case: Case, directory: Path, now: datetime) -> SqliteLedger | None:
    spec = case.data.get("ledger")
    if spec is None:
        return None
    ledger = SqliteLedger.open(directory / f"{case.rule}-{case.name}.sqlite")
    before = now - timedelta(days=3)
    sent = [Sent(order, "review-request", before, True, True) for order in spec.get("reviews", [])]
    sent += [
        Sent(f"999-0000000-{i:07d}", "delivery-delay", now, True, False)
        for i in range(int(spec.get("proactive_today", 0)))
    ]
    ledger.record_many(sent)
    if "daily_orders" in spec:
        for day in range(7):
            ledger.set_daily_orders((now - timedelta(days=day + 1)).date(), spec["daily_orders"])
    return ledger


def messages(case: Case, rule: Rule) -> Iterator[tuple[str, Message]]:
    """The case's message, once per form it runs in (a text case: as text and as HTML)."""
    data = case.data
    parts: dict[str, str] = {}
    if "from_doc" in data:
        parts = fragment(rule.example if data["from_doc"] == "example" else rule.good)
    for key in ("subject", "html", "text"):
        if key in data:
            parts[key] = data[key]
    mtype = data.get("type", parts.get("type"))
    locale = data.get("locale", parts.get("locale"))
    subject = parts.get("subject", "")
    forms = data.get("forms", ["text", "html"] if "text" in parts and "html" not in parts else [])
    if not forms:
        yield "as given", Message(mtype, locale, subject, parts.get("html", ""), "")
        return
    for form in forms:
        text = parts.get("text", "")
        if form == "text":
            yield "as text", Message(mtype, locale, subject, parts.get("html", ""), text)
        else:
            yield "as html", Message(mtype, locale, subject, as_html(text), "")


def content(tk: Toolkit, attachment: dict[str, Any]) -> bytes:
    """`size` bytes that start as the file type `content` names (default: the one its file
    name's extension says), so that BSM303 sniffs what the case means."""
    file_types = tk.file_types
    named = attachment.get("content")
    ftype = file_types.get(named) if named else file_types.by_extension(attachment["filename"])
    head = ftype.sample() if ftype is not None else b""
    return (head + b"x" * attachment["size"])[: max(attachment["size"], len(head))]


def run_case(tk: Toolkit, case: Case, directory: Path) -> Iterator[tuple[str, list[Finding]]]:
    """The findings of the case's own rule, for each form of its message."""
    rule = tk.registry.get(case.rule)
    assert rule is not None, f"{case.rule} is not registered"
    registry = tk.registry.select([case.rule])
    doc = order_document(tk, case)
    now_text = case.data.get("now")
    now = datetime.fromisoformat(now_text) if now_text else None
    if now is None and (doc is not None or "ledger" in case.data):
        now = NOW
    ledger = ledger_for(case, directory, now or NOW)
    images = {src: draw(recipe) for src, recipe in case.data.get("images", {}).items()}
    attachments = tuple(
        Attachment(a["filename"], a["kind"], a.get("mime", "application/pdf"), content(tk, a))
        for a in case.data.get("attachments", [])
    )
    try:
        for form, message in messages(case, rule):
            if doc is not None:
                message = Message(
                    message.type or doc.message_type,
                    message.locale or doc.locale,
                    message.subject,
                    message.html,
                    message.text,
                    message.attachments,
                )
            if attachments:
                message = Message(
                    message.type, message.locale, message.subject, message.html, message.text,
                    attachments,
                )  # fmt: skip
            found = check_message(
                tk, message, doc=doc, now=now, ledger=ledger, registry=registry,
                image_bytes=images,
            )  # fmt: skip
            yield form, found
    finally:
        if ledger is not None:
            ledger.close()

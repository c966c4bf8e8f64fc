"""Run the checker on the evaluation set and report recall and false alarms.

Usage (from the repository root)::

    .venv/bin/python scripts/evaluate.py                      # both halves
    .venv/bin/python scripts/evaluate.py evaluation/dev.jsonl  # one half
    .venv/bin/python scripts/evaluate.py --show-misses         # list every miss / false alarm

Each message goes through the public API, ``check_message(tk, Message(...))``, with its type
and locale (so the context rules that need only these run; no order document, clock or
ledger is given, so BSM103/105/106/111/112 cannot fire). The rule ids found (errors and
warnings; BSM414 spelling only when a message expects it) are compared with ``expected``.

The set is validated first (fields, ids, order numbers, rule ids against rules.md); problems
are printed, and the report still runs. The exit code is always 0: this is a report.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import struct
import sys
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit import Attachment, Message, Toolkit, check_message  # noqa: E402
from toolkit.dom import parse_html  # noqa: E402
from toolkit.text import plain_text  # noqa: E402

DEFAULT_FILES = [ROOT / "evaluation" / "dev.jsonl", ROOT / "evaluation" / "heldout.jsonl"]
RULES_MD = [ROOT.parent / "shared" / "spec" / "rules.md", Path("/work/shared/spec/rules.md")]
LANGS = ["nl", "en", "de", "fr", "it", "es", "pl", "sv", "tr"]
TYPES = {
    "order-problem",
    "delivery-delay",
    "additional-information",
    "return-follow-up",
    "invoice",
    "review-request",
    "delivery-scheduling",
    "home-service-appointment",
    "custom-design-verification",
    "fulfillment-question",
    "reply",
}
FIELDS = {
    "id": str,
    "language": str,
    "locale": str,
    "type": str,
    "format": str,
    "subject": str,
    "body": str,
    "order_id": str,
    "expected": list,
    "note": str,
}
ORDER_ID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
SPELLING = "BSM414"


# ---------------------------------------------------------------- loading and validation


def load(path: Path) -> tuple[list[dict], list[str]]:
    records, problems = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{path.name}:{n}: not JSON ({exc})")
            continue
        rec["_line"] = n
        records.append(rec)
    return records, problems


def known_rule_ids() -> set[str] | None:
    for candidate in RULES_MD:
        if candidate.is_file():
            return set(re.findall(r"^\| (BSM\d{3}) \|", candidate.read_text(), re.M))
    return None


def validate(halves: dict[str, list[dict]]) -> list[str]:
    problems: list[str] = []
    rule_ids = known_rule_ids()
    if rule_ids is None:
        problems.append("rules.md not found: rule ids not checked")
    seen: dict[str, str] = {}
    for name, records in halves.items():
        for rec in records:
            where = f"{name}:{rec['_line']}"
            for key, kind in FIELDS.items():
                if not isinstance(rec.get(key), kind):
                    problems.append(f"{where}: field {key!r} missing or not {kind.__name__}")
            rid = rec.get("id", "?")
            if rid in seen:
                problems.append(f"{where}: id {rid} also in {seen[rid]}")
            seen[rid] = where
            if not ORDER_ID.match(str(rec.get("order_id", ""))):
                problems.append(f"{where}: {rid}: order_id {rec.get('order_id')!r} malformed")
            if rec.get("language") not in LANGS:
                problems.append(f"{where}: {rid}: language {rec.get('language')!r}")
            if not str(rec.get("locale", "")).startswith(f"{rec.get('language')}-"):
                problems.append(f"{where}: {rid}: locale {rec.get('locale')!r} not of its language")
            if rec.get("type") not in TYPES:
                problems.append(f"{where}: {rid}: type {rec.get('type')!r} not permitted")
            if rec.get("format") not in ("html", "text"):
                problems.append(f"{where}: {rid}: format {rec.get('format')!r}")
            expected = rec.get("expected") or []
            if rule_ids is not None:
                for rule in expected:
                    if rule not in rule_ids:
                        problems.append(f"{where}: {rid}: unknown rule {rule}")
            carried = rec.get("order_id", "") in rec.get("subject", "") + rec.get("body", "")
            if not carried and "BSM102" not in expected:
                problems.append(f"{where}: {rid}: order number not in subject or body")
    return problems


# ---------------------------------------------------------------- building the message


def text_to_html(text: str) -> str:
    """Plain text as escaped <p> paragraphs; extra blank lines kept as empty paragraphs."""
    parts = re.split(r"(\n{2,})", text.strip("\n"))
    out = []
    for part in parts:
        if part.startswith("\n\n"):
            out.extend("<p></p>" for _ in range(len(part) - 2))
        elif part:
            out.append("<p>" + html.escape(part).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def html_to_text(markup: str) -> str:
    """The text part the toolkit writes for this HTML (inscriptis' layout, blank runs kept to
    one blank line), as a message it renders carries."""
    return plain_text(parse_html(markup)).strip()


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\xff\xff\xff" * 40 for _ in range(40))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 40, 40, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def attachments_for(rec: dict) -> tuple[Attachment, ...]:
    """The attachment the message's words refer to: an invoice, a design proof."""
    oid = rec["order_id"]
    if rec["type"] == "invoice":
        return (Attachment(f"invoice-{oid}.pdf", "invoice", "application/pdf", PDF),)
    if rec["type"] == "custom-design-verification":
        return (Attachment(f"design-proof-{oid}.png", "custom-design", "image/png", tiny_png()),)
    return ()


def message_for(rec: dict) -> Message:
    if rec["format"] == "html":
        markup, text = rec["body"], html_to_text(rec["body"])
    else:
        markup, text = text_to_html(rec["body"]), rec["body"]
    return Message(
        type=rec["type"],
        locale=rec["locale"],
        subject=rec["subject"],
        html=markup,
        text=text,
        attachments=attachments_for(rec),
    )


# ---------------------------------------------------------------- scoring


def is_error(severity: object) -> bool:
    value = getattr(severity, "value", severity)
    return "error" in str(value).lower() or "error" in str(severity).lower()


@dataclass
class Result:
    rec: dict
    expected: set[str]
    found: set[str]
    refused: bool
    details: dict[str, list[str]] = field(default_factory=dict)
    crash: str | None = None

    @property
    def missed(self) -> set[str]:
        return self.expected - self.found

    @property
    def false_alarms(self) -> set[str]:
        return self.found - self.expected


def run(tk: Toolkit, rec: dict) -> Result:
    expected = set(rec.get("expected") or [])
    try:
        findings = check_message(tk, message_for(rec))
    except Exception as exc:  # a crash is a result to report
        return Result(rec, expected, set(), False, crash=f"{type(exc).__name__}: {exc}")
    found: set[str] = set()
    details: dict[str, list[str]] = defaultdict(list)
    refused = False
    for f in findings:
        if f.rule == SPELLING and SPELLING not in expected:
            continue
        found.add(f.rule)
        details[f.rule].append(f"{f.part}: {f.message}")
        refused = refused or is_error(f.severity)
    return Result(rec, expected, found, refused, dict(details))


def pct(num: int, den: int) -> str:
    return f"{100 * num / den:5.1f}%" if den else "   - "


def report(name: str, results: list[Result], show_misses: bool) -> None:
    print(f"\n=== {name}: {len(results)} messages ===")
    crashes = [r for r in results if r.crash]
    if crashes:
        print(f"checker raised on {len(crashes)} messages:")
        for r in crashes:
            print(f"  {r.rec['id']}: {r.crash}")

    exp, tp, fn, fp = Counter(), Counter(), Counter(), Counter()
    for r in results:
        for rule in r.expected:
            exp[rule] += 1
            (tp if rule in r.found else fn)[rule] += 1
        for rule in r.false_alarms:
            fp[rule] += 1
    print("\nper rule:  expected  found  missed  recall   false-alarms")
    for rule in sorted(set(exp) | set(fp)):
        print(
            f"  {rule}   {exp[rule]:6d} {tp[rule]:6d} {fn[rule]:7d}  {pct(tp[rule], exp[rule])}"
            f"  {fp[rule]:6d}"
        )

    print(
        "\nper language:  msgs  clean  expected  found  recall   false-alarms"
        "  clean-flagged  clean-refused  violating-passed"
    )
    by_lang: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        by_lang[r.rec["language"]].append(r)
    rows = [(lang, by_lang[lang]) for lang in LANGS if lang in by_lang]
    rows.append(("ALL", results))
    for lang, rs in rows:
        clean = [r for r in rs if not r.expected]
        e = sum(len(r.expected) for r in rs)
        t = sum(len(r.expected & r.found) for r in rs)
        fa = sum(len(r.false_alarms) for r in rs)
        flagged = sum(1 for r in clean if r.found)
        refused = sum(1 for r in clean if r.refused)
        passed = sum(1 for r in rs if r.expected and not r.refused)
        print(
            f"  {lang:<5} {len(rs):11d} {len(clean):6d} {e:9d} {t:6d}  {pct(t, e)}  {fa:8d}"
            f"  {flagged:13d}  {refused:13d}  {passed:16d}"
        )
    exact = sum(1 for r in results if r.found == r.expected)
    print(
        f"\ntotals: recall {pct(sum(tp.values()), sum(exp.values())).strip()}"
        f" ({sum(tp.values())}/{sum(exp.values())}), false alarms {sum(fp.values())},"
        f" exact match {exact}/{len(results)}"
    )

    if show_misses:
        print("\nmisses and false alarms:")
        for r in results:
            if r.found == r.expected and not r.crash:
                continue
            parts = []
            if r.missed:
                parts.append("missed " + ",".join(sorted(r.missed)))
            if r.false_alarms:
                parts.append("false alarm " + ",".join(sorted(r.false_alarms)))
            print(f"  {r.rec['id']} [{r.rec['type']}, {r.rec['format']}] {'; '.join(parts)}")
            print(f"      note: {r.rec['note']}")
            for rule in sorted(r.false_alarms):
                for d in r.details.get(rule, [])[:2]:
                    print(f"      {rule}: {d}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSONL files (default: both halves)")
    parser.add_argument("--show-misses", action="store_true", help="list misses and false alarms")
    parser.add_argument("--lang", action="append", help="only these languages (repeatable)")
    parser.add_argument(
        "--validate-only", action="store_true", help="check the set's format, run no checker"
    )
    args = parser.parse_args(argv)

    files = args.files or DEFAULT_FILES
    halves: dict[str, list[dict]] = {}
    problems: list[str] = []
    for path in files:
        records, load_problems = load(path)
        problems += load_problems
        halves[path.name] = records
    problems += validate(halves)
    print(f"validation: {len(problems)} problem(s)")
    for p in problems:
        print(f"  {p}")
    if args.validate_only:
        for name, records in halves.items():
            clean = sum(1 for r in records if not r.get("expected"))
            print(f"{name}: {len(records)} messages, {clean} clean")
        return 0

    tk = Toolkit.load()
    for name, records in halves.items():
        if args.lang:
            records = [r for r in records if r.get("language") in args.lang]
        results = [run(tk, r) for r in records if isinstance(r.get("body"), str)]
        report(name, results, args.show_misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())

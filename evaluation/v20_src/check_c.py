"""Validate the v20 pl / sv / tr modules (standard library only).

Run: python3 /work/notes/v20_src/check_c.py
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lang_pl  # noqa: E402
import lang_sv  # noqa: E402
import lang_tr  # noqa: E402

RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = {
    "pl": (lang_pl, "pl-PL", "516"),
    "sv": (lang_sv, "sv-SE", "517"),
    "tr": (lang_tr, "tr-TR", "518"),
}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
OID_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]")
EMOTICON_RE = re.compile(r"(?<!\w)(?:[:;]-?[)(DPp]|<3)(?!\w)")
IMPORTANT = re.compile(r"\[(important|ważne|viktigt|önemli)\]", re.I)

with open(RULES, encoding="utf-8") as fh:
    KNOWN = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", fh.read()))

errors = []
all_ids, all_oids = set(), Counter()


def err(rec_id, msg):
    errors.append(f"{rec_id}: {msg}")


def lint_clean(r):
    """Cheap sanity checks that a record labelled [] shows no obvious violation."""
    s, b, rid = r["subject"], r["body"], r["id"]
    text = s + "\n" + b
    if EMOJI_RE.search(text) or EMOTICON_RE.search(text):
        err(rid, "clean record has emoji/emoticon")
    if "http://" in text:
        err(rid, "clean record has http://")
    if "@" in text or re.search(r"\b(małpa|snabel-a)\b", text, re.I):
        err(rid, "clean record has an e-mail-like token")
    for href in re.findall(r'href="([^"]+)"', b):
        if not re.match(r"https://www\.amazon\.(pl|se|com\.tr)/", href):
            err(rid, f"clean record links outside Amazon: {href}")
    if re.search(r"style\s*=|<style|<font|<center|align\s*=", b, re.I):
        err(rid, "clean record sets styles/alignment")
    if re.search(r"<(script|iframe|form|object|embed)\b", b, re.I):
        err(rid, "clean record has active content")
    for img in re.findall(r"<img\b[^>]*>", b, re.I):
        if not re.search(r'alt="[^"]+"', img):
            err(rid, "clean record image without alt")
        if 'src="https://' not in img:
            err(rid, "clean record image not https")
    if "\n\n\n" in b or re.search(r"(<br\s*/?>\s*){3,}", b, re.I) or re.search(r"<p>\s*(&nbsp;)?\s*</p>", b):
        err(rid, "clean record has excess line breaks")
    if IMPORTANT.search(s) and r["type"] != "order-problem":
        err(rid, "clean record has [Important]-like tag on a non-critical type")
    if r["type"] == "order-problem" and not re.search(
            r"skorygow|justerat|düzelttik", b):
        err(rid, "clean order-problem does not state the adjustment")
    # Phone-like runs: only allowed in the record explicitly marked as a warranty line
    if re.search(r"\+\d{2}\s?\d", text):
        err(rid, "clean record has an international phone-like number")


for lang, (mod, locale, pfx) in LANGS.items():
    msgs = getattr(mod, "MESSAGES", None)
    if not isinstance(msgs, list):
        err(lang, "MESSAGES missing or not a list")
        continue
    if len(msgs) != 50:
        err(lang, f"{len(msgs)} records, expected 50")
    clean = sum(1 for r in msgs if isinstance(r, dict) and r.get("expected") == [])
    if clean != 17:
        err(lang, f"{clean} clean records, expected 17")
    for n, r in enumerate(msgs, 1):
        rid = r.get("id", f"{lang}#{n}") if isinstance(r, dict) else f"{lang}#{n}"
        if not isinstance(r, dict):
            err(rid, "record is not a dict")
            continue
        if set(r) != set(FIELDS):
            err(rid, f"fields differ: {sorted(set(r) ^ set(FIELDS))}")
            continue
        for k, t in FIELDS.items():
            if not isinstance(r[k], t):
                err(rid, f"field {k} is not {t.__name__}")
        if r["id"] != f"v20-{lang}-{n:03d}":
            err(rid, f"id should be v20-{lang}-{n:03d}")
        if r["id"] in all_ids:
            err(rid, "duplicate id")
        all_ids.add(r["id"])
        if r["language"] != lang or r["locale"] != locale:
            err(rid, "language/locale mismatch")
        if r["type"] not in TYPES:
            err(rid, f"type {r['type']} not permitted")
        if r["format"] not in ("html", "text"):
            err(rid, "format must be html or text")
        if not r["subject"].strip() or not r["body"].strip() or not r["note"].strip():
            err(rid, "empty subject/body/note")
        exp = r["expected"]
        if exp != sorted(set(exp)):
            err(rid, "expected not sorted/unique")
        for e in exp:
            if not isinstance(e, str) or e not in KNOWN:
                err(rid, f"unknown rule id {e}")
            if e in NEVER:
                err(rid, f"{e} is never expected by the labelling policy")
        oid = r["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(pfx + "-"):
            err(rid, f"bad order_id {oid}")
        all_oids[oid] += 1
        present = oid in r["subject"] or oid in r["body"]
        any_oid = OID_RE.search(r["subject"] + "\n" + r["body"])
        if "BSM102" in exp:
            if any_oid:
                err(rid, "BSM102 expected but a hyphenated order number is present")
        else:
            if not present:
                err(rid, "order number missing from subject and body")
            others = set(OID_RE.findall(r["subject"] + "\n" + r["body"])) - {oid}
            if others:
                err(rid, f"other order numbers present: {others}")
        if r["format"] == "text" and re.search(r"<(p|br|div|a|img)\b", r["body"], re.I):
            err(rid, "text record contains HTML tags")
        if r["format"] == "html" and not re.search(r"<(p|div|table|br)\b", r["body"], re.I):
            err(rid, "html record has no block markup")
        if exp == []:
            lint_clean(r)
        if "BSM110" in exp and not IMPORTANT.search(r["subject"]):
            err(rid, "BSM110 expected but no tag in subject")
        if "BSM110" in exp and r["type"] not in ("return-follow-up", "invoice", "review-request", "reply"):
            err(rid, "BSM110 on a type the policy treats as critical")
        if IMPORTANT.search(r["subject"]) and r["type"] in (
                "return-follow-up", "invoice", "review-request", "reply") and "BSM110" not in exp:
            err(rid, "[Important]-like tag on non-critical type but BSM110 not expected")
        if "BSM403" in exp and not (EMOJI_RE.search(r["body"]) or EMOTICON_RE.search(r["body"])):
            err(rid, "BSM403 expected but no emoji/emoticon found")
        if "BSM412" in exp and not ("\n\n\n" in r["body"] or re.search(r"(<br\s*/?>\s*){3,}", r["body"])
                                    or re.search(r"<p>\s*(&nbsp;)?\s*</p>", r["body"])):
            err(rid, "BSM412 expected but no excess breaks found")
        if "BSM412" not in exp and ("\n\n\n" in r["body"] or re.search(r"(<br\s*/?>\s*){3,}", r["body"])):
            err(rid, "excess breaks present but BSM412 not expected")
        if "BSM402" not in exp:
            for img in re.findall(r"<img\b[^>]*>", r["body"], re.I):
                if not re.search(r'alt="[^"]+"', img):
                    err(rid, "image without alt but BSM402 not expected")
        if "BSM301" not in exp and "http://" in r["body"]:
            err(rid, "http:// present but BSM301 not expected")
        if "BSM308" not in exp and "@" in r["subject"] + r["body"]:
            err(rid, "@ present but BSM308 not expected")

dups = [o for o, c in all_oids.items() if c > 1]
if dups:
    errors.append(f"duplicate order numbers: {dups}")

for lang, (mod, _, _) in LANGS.items():
    c = Counter()
    for r in mod.MESSAGES:
        if r["expected"]:
            for e in r["expected"]:
                c[e] += 1
        else:
            c["clean"] += 1
    print(lang, dict(sorted(c.items())))

if errors:
    print(f"FAILED: {len(errors)} problem(s)")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print(f"OK: {len(all_ids)} records in {len(LANGS)} languages validated")

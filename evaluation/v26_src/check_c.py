"""Validate the v26 pl/sv/tr modules (standard library only)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")

import lang_pl  # noqa: E402
import lang_sv  # noqa: E402
import lang_tr  # noqa: E402

LANGS = {"pl": (lang_pl, "pl-PL", "577-"), "sv": (lang_sv, "sv-SE", "578-"),
         "tr": (lang_tr, "tr-TR", "579-")}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]|:\\)|;-?\\)|:D|<3|:-\\)")

rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))
errors = []
all_orders = {}
counts = {}


def err(rec_id, msg):
    errors.append(f"{rec_id}: {msg}")


for lang, (mod, locale, prefix) in LANGS.items():
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        err(lang, f"{len(msgs)} records, expected 50")
    ids = [m.get("id") for m in msgs]
    if len(set(ids)) != len(ids):
        err(lang, "duplicate ids")
    if ids != ["v26-%s-%03d" % (lang, i) for i in range(1, 51)]:
        err(lang, "ids not v26-%s-001..050 in order" % lang)
    tally = {"clean": 0}
    for m in msgs:
        rid = m.get("id", "?")
        if set(m) != set(FIELDS):
            err(rid, f"fields {sorted(set(m) ^ set(FIELDS))}")
        for k, t in FIELDS.items():
            if not isinstance(m.get(k), t):
                err(rid, f"{k} not {t.__name__}")
        if m["language"] != lang or m["locale"] != locale:
            err(rid, "language/locale")
        if m["type"] not in TYPES:
            err(rid, f"type {m['type']}")
        if m["format"] not in ("text", "html"):
            err(rid, "format")
        exp = m["expected"]
        if exp != sorted(set(exp)):
            err(rid, "expected not sorted/unique")
        for e in exp:
            if e not in rule_ids:
                err(rid, f"{e} not in rules.md")
            if e in NEVER:
                err(rid, f"{e} is never expected by the policy")
        oid = m["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(prefix):
            err(rid, f"order_id {oid}")
        if oid in all_orders:
            err(rid, f"order_id repeats {all_orders[oid]}")
        all_orders[oid] = rid
        text = m["subject"] + "\n" + m["body"]
        found = ORDER_RE.findall(text)
        if "BSM102" in exp:
            if found:
                err(rid, "BSM102 case carries a hyphenated order number")
        else:
            if oid not in found:
                err(rid, "order number missing from subject/body")
        if set(found) - {oid}:
            err(rid, f"other order numbers present {set(found) - {oid}}")
        if not m["note"].strip() or not m["body"].strip():
            err(rid, "empty note/body")
        # sanity checks on clean records
        if not exp:
            b = m["body"]
            if EMOJI_RE.search(text):
                err(rid, "clean but emoji/emoticon")
            if "http://" in b or "@" in b or "mailto:" in b:
                err(rid, "clean but http/@/mailto")
            if re.search(r"style=|<style|<font|align=|<center|font-family|line-height|color:", b, re.I):
                err(rid, "clean but styling")
            if "\n\n\n" in b or re.search(r"(<br\s*/?>\s*){3,}|<p>\s*</p>", b, re.I):
                err(rid, "clean but excess line breaks")
            for href in re.findall(r'href="([^"]+)"', b):
                if not re.match(r"https://www\.amazon\.", href):
                    err(rid, f"clean but non-Amazon link {href}")
            for img in re.findall(r"<img[^>]*>", b):
                if not re.search(r'alt="[^"]+"', img):
                    err(rid, "clean but image without alt")
            if re.search(r"\[(ważne|viktigt|önemli)\]", m["subject"], re.I) and m["type"] != "order-problem":
                err(rid, "clean but [Important] on non-critical type")
        if m["format"] == "text" and "<" in m["body"] and re.search(r"<[a-z]+", m["body"]):
            err(rid, "text record contains HTML")
        if exp:
            for e in exp:
                tally[e] = tally.get(e, 0) + 1
        else:
            tally["clean"] += 1
    if tally["clean"] != 17:
        err(lang, f"{tally['clean']} clean, expected 17")
    counts[lang] = tally

print(json.dumps(counts, indent=1, sort_keys=True))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK: 150 records valid")

"""Validate the v28 nl/en/de modules (writer A)."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lang_nl, lang_en, lang_de  # noqa: E402

RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
PREFIX = {"nl": "591", "en": "592", "de": "593"}
OID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]|[:;]-?[)(DP]|<3")

rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))
errors = []
all_ids, all_oids = set(), set()


def err(rec, msg):
    errors.append("%s: %s" % (rec.get("id"), msg))


for mod in (lang_nl, lang_en, lang_de):
    msgs = mod.MESSAGES
    lang = mod.LANG
    if len(msgs) != 50:
        errors.append("%s: %d records" % (lang, len(msgs)))
    clean = sum(1 for m in msgs if m["expected"] == [])
    if clean != 17:
        errors.append("%s: %d clean" % (lang, clean))
    for n, m in enumerate(msgs, 1):
        if set(m) != set(FIELDS):
            err(m, "fields %s" % sorted(set(m) ^ set(FIELDS)))
        for f, t in FIELDS.items():
            if not isinstance(m.get(f), t):
                err(m, "field %s not %s" % (f, t.__name__))
        if m["id"] != "v28-%s-%03d" % (lang, n):
            err(m, "bad id")
        if m["id"] in all_ids:
            err(m, "duplicate id")
        all_ids.add(m["id"])
        if m["language"] != lang or not m["locale"].startswith(lang + "-"):
            err(m, "language/locale")
        if m["type"] not in TYPES:
            err(m, "type %s" % m["type"])
        if m["format"] not in ("text", "html"):
            err(m, "format")
        if m["expected"] != sorted(set(m["expected"])):
            err(m, "expected not sorted/unique")
        for r in m["expected"]:
            if r not in rule_ids:
                err(m, "unknown rule %s" % r)
            if r in ("BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"):
                err(m, "never-expected rule %s" % r)
        oid = m["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(PREFIX[lang] + "-"):
            err(m, "order_id format/prefix")
        if oid in all_oids:
            err(m, "duplicate order_id")
        all_oids.add(oid)
        text = m["subject"] + "\n" + m["body"]
        found = OID.findall(text)
        if "BSM102" in m["expected"]:
            if found:
                err(m, "BSM102 case carries a hyphenated order number")
        else:
            if oid not in found:
                err(m, "order number missing")
        if any(f != oid for f in found):
            err(m, "other order-like numbers %s" % found)
        if "{O}" in text or "{ON}" in text:
            err(m, "unreplaced placeholder")
        if m["format"] == "text" and "<" in m["body"] and ">" in m["body"]:
            err(m, "html-like text body")
        if "\n\n\n" in m["body"] and "BSM412" not in m["expected"]:
            err(m, "blank-line run")
        if m["body"] != m["body"].strip():
            err(m, "leading/trailing whitespace")
        # sanity lints on clean messages
        if m["expected"] == []:
            b = m["body"]
            low = b.lower()
            for bad in ("@", "http://", "style", "color", "font", "align", "line-height",
                        "<br><br><br>", "<p></p>", "&nbsp;", "unsubscribe", "click here", "klik hier", ">hier<"):
                if bad in low:
                    err(m, "clean message contains %r" % bad)
            if re.search(r"\bstopp?\b", low):
                err(m, "clean message contains an opt-out word")
            for h in re.findall(r'href="([^"]+)"', b):
                if not re.match(r"https://www\.amazon\.(nl|co\.uk|de|com)/", h):
                    err(m, "clean message links to %s" % h)
            for img in re.findall(r"<img[^>]*>", b):
                if not re.search(r'alt="[^"]+"', img) or "logo" not in img.lower():
                    err(m, "clean image not a logo with alt")
            if EMOJI.search(b) or EMOJI.search(m["subject"]):
                err(m, "emoji/emoticon in clean message")
            if "[" in m["subject"] and m["type"] != "order-problem":
                err(m, "tag in subject of non-critical type")
    counts = {}
    for m in msgs:
        for r in m["expected"] or ["clean"]:
            counts[r] = counts.get(r, 0) + 1
    print(lang, len(msgs), "records:", ", ".join("%s=%d" % kv for kv in sorted(counts.items())))

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK: all checks passed")

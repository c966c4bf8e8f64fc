# -*- coding: utf-8 -*-
"""Validate lang_nl, lang_en, lang_de of the v26 blind evaluation set."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lang_nl, lang_en, lang_de  # noqa: E402

RULES = set(re.findall(r"\bBSM\d{3}\b", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note"]
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
ORDER_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]")
EMOTICON_RE = re.compile(r"[:;=][-']?[)(DPp]|<3")
PREFIX = {"nl": "571-", "en": "572-", "de": "573-"}

errors = []
all_orders = []


def err(rec, msg):
    errors.append("%s: %s" % (rec.get("id"), msg))


for mod, lang in ((lang_nl, "nl"), (lang_en, "en"), (lang_de, "de")):
    recs = mod.MESSAGES
    if len(recs) != 50:
        errors.append("%s: %d records, want 50" % (lang, len(recs)))
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errors.append("%s: duplicate ids" % lang)
    if ids != ["v26-%s-%03d" % (lang, i) for i in range(1, 51)]:
        errors.append("%s: ids not v26-%s-001..050" % (lang, lang))
    clean = 0
    counts = collections.Counter()
    for r in recs:
        if list(r.keys()) != FIELDS:
            err(r, "fields %r" % list(r.keys()))
            continue
        for f in FIELDS:
            want = list if f == "expected" else str
            if not isinstance(r[f], want):
                err(r, "field %s has type %s" % (f, type(r[f]).__name__))
        if not all(r[f] for f in FIELDS if f != "expected"):
            err(r, "empty field")
        if r["language"] != lang or not r["locale"].startswith(lang + "-"):
            err(r, "language/locale %s/%s" % (r["language"], r["locale"]))
        if r["type"] not in TYPES:
            err(r, "type %s" % r["type"])
        if r["format"] not in ("text", "html"):
            err(r, "format %s" % r["format"])
        exp = r["expected"]
        if exp != sorted(set(exp)):
            err(r, "expected not sorted/unique")
        for e in exp:
            if e not in RULES:
                err(r, "unknown rule %s" % e)
            if e in NEVER:
                err(r, "rule %s is never expected by policy" % e)
        oid = r["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(PREFIX[lang]):
            err(r, "bad order_id %s" % oid)
        all_orders.append(oid)
        text = r["subject"] + "\n" + r["body"]
        present = oid in text
        if "BSM102" in exp:
            if ORDER_RE.search(text):
                err(r, "BSM102 expected but a hyphenated order number is present")
        elif not present:
            err(r, "order number missing")
        if not exp:
            clean += 1
            # lint for clean messages
            if EMOJI_RE.search(text) or EMOTICON_RE.search(text):
                err(r, "clean message contains emoji/emoticon")
            if "@" in text or "http://" in text or "style" in text or "align" in text or "<font" in text:
                err(r, "clean message has @, http, style, align or font")
            if "\n\n\n" in r["body"] or re.search(r"(<br\s*/?>\s*){3,}|<p>\s*</p>", r["body"]):
                err(r, "clean message has excess line breaks")
            for href in re.findall(r'href="([^"]+)"', r["body"]):
                if not re.match(r"https://www\.amazon\.", href):
                    err(r, "clean message links off Amazon: %s" % href)
            for tag in re.findall(r"<img[^>]*>", r["body"]):
                if not re.search(r'alt="[^"]+"', tag) or "https://" not in tag:
                    err(r, "clean message image without alt or https")
            if re.search(r"\[(important|belangrijk|wichtig)\]", r["subject"], re.I) and r["type"] != "order-problem":
                err(r, "[Important] tag on a non-critical clean message")
        for e in exp:
            counts[e] += 1
    if clean != 17:
        errors.append("%s: %d clean records, want 17" % (lang, clean))
    print("%s: %d records, %d clean, %s" % (lang, len(recs), clean,
                                           ", ".join("%s x%d" % kv for kv in sorted(counts.items()))))

if len(set(all_orders)) != len(all_orders):
    errors.append("duplicate order numbers")

if errors:
    print("FAILED")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: all checks passed")

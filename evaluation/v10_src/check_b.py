# -*- coding: utf-8 -*-
"""Validate the v10 records of lang_fr, lang_it and lang_es."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lang_fr  # noqa: E402
import lang_it  # noqa: E402
import lang_es  # noqa: E402

RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
RULE_IDS = set(re.findall(r"^\| (BSM\d{3}) \|", open(RULES, encoding="utf-8").read(), re.M))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
OID_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
OID_ANY = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\uFE0F]|[:;]-?[)(DP]|<3")
IMPORTANT_RE = re.compile(r"\[(important|importante)\]", re.I)
SPECS = [(lang_fr, "fr", "fr-FR", "413"), (lang_it, "it", "it-IT", "414"),
         (lang_es, "es", "es-ES", "415")]

errors = []
all_ids, all_oids = set(), set()


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


for mod, lang, locale, prefix in SPECS:
    recs = mod.MESSAGES
    if len(recs) != 50:
        err(lang, "expected 50 records, got %d" % len(recs))
    clean = [r for r in recs if r.get("expected") == []]
    if len(clean) != 17:
        err(lang, "expected 17 clean, got %d" % len(clean))
    for n, r in enumerate(recs, 1):
        rid = r.get("id", "?")
        if set(r) != set(FIELDS):
            err(rid, "fields %s" % sorted(set(r) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(r[k], t):
                err(rid, "%s not %s" % (k, t.__name__))
        if rid != "v10-%s-%03d" % (lang, n):
            err(rid, "bad id")
        if rid in all_ids:
            err(rid, "duplicate id")
        all_ids.add(rid)
        if r["language"] != lang or r["locale"] != locale:
            err(rid, "language/locale")
        if r["type"] not in TYPES:
            err(rid, "type %r" % r["type"])
        if r["format"] not in ("html", "text"):
            err(rid, "format %r" % r["format"])
        exp = r["expected"]
        if exp != sorted(set(exp)) or not all(isinstance(e, str) for e in exp):
            err(rid, "expected not sorted/unique")
        for e in exp:
            if e not in RULE_IDS:
                err(rid, "unknown rule %s" % e)
        if "BSM101" in exp:
            err(rid, "BSM101 never expected")
        oid = r["order_id"]
        if not OID_RE.match(oid) or not oid.startswith(prefix + "-"):
            err(rid, "order_id %r" % oid)
        if oid in all_oids:
            err(rid, "duplicate order_id")
        all_oids.add(oid)
        text = r["subject"] + "\n" + r["body"]
        found = OID_ANY.findall(text)
        if "BSM102" in exp:
            if found:
                err(rid, "BSM102 case carries a hyphenated order number")
        else:
            if oid not in found:
                err(rid, "order number missing")
            if any(f != oid for f in found):
                err(rid, "other order number present")
        if not r["note"].strip() or not r["subject"].strip() or not r["body"].strip():
            err(rid, "empty subject/body/note")
        if "{OID" in text:
            err(rid, "unreplaced placeholder")
        # sanity checks on clean records
        if not exp:
            low = text.lower()
            if "\n\n\n" in r["body"]:
                err(rid, "clean but has blank-line run")
            if EMOJI_RE.search(text):
                err(rid, "clean but emoji/emoticon")
            if "http://" in low or "@" in text or "mailto:" in low:
                err(rid, "clean but http/@/mailto")
            if re.search(r"(font-family|color\s*:|line-height|text-align|align=|<center|style=|<style|<font)", low):
                err(rid, "clean but style override")
            for href in re.findall(r'href="([^"]+)"', r["body"]):
                if not re.match(r"https://www\.amazon\.(fr|it|es)/", href):
                    err(rid, "clean but non-Amazon link %s" % href)
            for tag in re.findall(r"<img[^>]*>", r["body"]):
                if not re.search(r'alt="[^"]+"', tag):
                    err(rid, "clean image without alt")
            if IMPORTANT_RE.search(r["subject"]) and r["type"] != "order-problem":
                err(rid, "clean but [Important] on non-critical type")
        if "BSM110" in exp and not IMPORTANT_RE.search(r["subject"]):
            err(rid, "BSM110 without tag")

for mod, lang, _, _ in SPECS:
    counts = {}
    for r in mod.MESSAGES:
        for e in r["expected"] or ["clean"]:
            counts[e] = counts.get(e, 0) + 1
    print(lang, ", ".join("%s=%d" % kv for kv in sorted(counts.items())))

if errors:
    print("\n".join(errors))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: %d records, %d unique order numbers" % (len(all_ids), len(all_oids)))

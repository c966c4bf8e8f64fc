# -*- coding: utf-8 -*-
"""Validate lang_nl.py, lang_en.py and lang_de.py of the v17 blind set."""
import collections
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")

LANGS = {"nl": ("480", "nl-NL", "amazon.nl", "[belangrijk]"),
         "en": ("481", "en-GB", "amazon.co.uk", "[important]"),
         "de": ("482", "de-DE", "amazon.de", "[wichtig]")}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NOT_CRITICAL = {"return-follow-up", "invoice", "review-request", "reply"}
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]")
EMOTICON_RE = re.compile(r"(?<![\w/])(?:[:;=8][-^']?[)(DPpOo3/\\|\]\[]|<3)(?!\w)")
PHONE_RE = re.compile(r"(?:\+\d{2}[\s\d()/-]{7,}\d|\b0\d{2,4}\s?[/-]?\s?\d[\d\s-]{4,}\d)")

rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))
errors = []
all_ids, all_orders = set(), set()
summary = {}


def err(rec, msg):
    errors.append("%s: %s" % (rec.get("id", "?"), msg))


for lang, (prefix, locale, amazon, imp) in LANGS.items():
    mod = importlib.import_module("lang_" + lang)
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errors.append("%s: %d records, want 50" % (lang, len(msgs)))
    counts = collections.Counter()
    for i, r in enumerate(msgs, 1):
        if set(r) != set(FIELDS):
            err(r, "fields %s" % sorted(set(r) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(r[k], t):
                err(r, "field %s not %s" % (k, t.__name__))
        if r["id"] != "v17-%s-%03d" % (lang, i):
            err(r, "bad id")
        if r["id"] in all_ids:
            err(r, "duplicate id")
        all_ids.add(r["id"])
        if r["language"] != lang or r["locale"] != locale:
            err(r, "language/locale")
        if r["type"] not in TYPES:
            err(r, "type %s" % r["type"])
        if r["format"] not in ("html", "text"):
            err(r, "format")
        exp = r["expected"]
        if exp != sorted(set(exp)):
            err(r, "expected not sorted/unique")
        for e in exp:
            if e not in rule_ids:
                err(r, "unknown rule %s" % e)
            if e in ("BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"):
                err(r, "rule %s is never expected by policy" % e)
        o = r["order_id"]
        if not re.fullmatch(r"%s-\d{7}-\d{7}" % prefix, o):
            err(r, "order_id format/prefix")
        if o in all_orders:
            err(r, "duplicate order_id")
        all_orders.add(o)
        text = r["subject"] + "\n" + r["body"]
        found = set(ORDER_RE.findall(text))
        if "BSM102" in exp:
            if found:
                err(r, "BSM102 expected but hyphenated order number present")
        else:
            if o not in found:
                err(r, "order number missing")
            if found - {o}:
                err(r, "other order numbers present %s" % (found - {o}))
        if not r["note"].strip() or not r["note"].endswith("."):
            err(r, "note")
        if not exp:
            counts["clean"] += 1
        for e in exp:
            counts[e] += 1
        # consistency heuristics (must hold for clean messages, and for rules not expected)
        low = text.lower()
        body = r["body"]
        if r["format"] == "text" and re.search(r"<[a-z]+[ >/]", body):
            err(r, "text body contains HTML")
        if r["format"] == "html" and "\n\n" in body:
            err(r, "html body with blank-line text")
        checks = {
            "BSM403": bool(EMOJI_RE.search(text) or EMOTICON_RE.search(text)),
            "BSM308": "@" in text or "mailto:" in low
                      or bool(re.search(r"apenstaartje|[(\[]at[)\]]", low)),
            "BSM301": "http://" in low,
            "BSM412": "\n\n\n" in body or bool(re.search(r"(<br\s*/?>\s*){3,}", body, re.I))
                      or bool(re.search(r"<p>\s*</p>", body, re.I)),
            "BSM407": "font-family" in low,
            "BSM408": "line-height" in low,
            "BSM409": bool(re.search(r"(?<![\w-])color\s*:|<font", low)),
            "BSM411": "text-align" in low or " align=" in low or "<center" in low,
            "BSM312": bool(re.search(r"<(script|iframe|form|object|embed)\b|javascript:|\son\w+=", low)),
            "BSM305": bool(re.search(r"\bstop\b|unsubscribe|afmelden|abmelden", low)),
        }
        for rule, hit in checks.items():
            if hit and rule not in exp:
                err(r, "looks like %s but not expected" % rule)
            if not hit and rule in exp:
                err(r, "%s expected but heuristic finds nothing" % rule)
        tagged = imp in r["subject"].lower()
        if tagged and r["type"] in NOT_CRITICAL and "BSM110" not in exp:
            err(r, "important tag on non-critical type without BSM110")
        if "BSM110" in exp and not (tagged and r["type"] in NOT_CRITICAL):
            err(r, "BSM110 expected but no tag on non-critical type")
        for href in re.findall(r'href="([^"]*)"', body):
            host = re.sub(r"^https?://", "", href).split("/")[0].lower()
            if not host.endswith(amazon) and "BSM302" not in exp:
                err(r, "non-Amazon link %s without BSM302" % href)
        if re.search(r"https?://\S+", re.sub(r'(src|href)="[^"]*"', "", body)) and "BSM401" not in exp:
            err(r, "bare URL without BSM401")
        for img in re.findall(r"<img\b[^>]*>", body, re.I):
            if not re.search(r'alt="[^"]+"', img) and "BSM402" not in exp:
                err(r, "img without alt, BSM402 not expected")
            if 'src="http://' in img and "BSM413" not in exp:
                err(r, "http image without BSM413")
            w = re.search(r'width="(\d+)"', img)
            if w and int(w.group(1)) > 480 and "BSM406" not in exp:
                err(r, "wide image without BSM406")
        sizes = set(re.findall(r"font-size\s*:\s*([\d.]+\w*)", low))
        if len(sizes) + 1 > 3 and "BSM410" not in exp:
            err(r, "too many font sizes")
        if len(sizes) + 1 <= 3 and "BSM410" in exp:
            err(r, "BSM410 expected but few sizes")
        ptext = ORDER_RE.sub(" ", text)
        ptext = re.sub(r"\d{16,}", " ", ptext)  # long unbroken tracking numbers
        if PHONE_RE.search(ptext) and "BSM309" not in exp:
            # allowed only when marked as manufacturer / warranty line
            ctx = low
            if not any(w in ctx for w in ("fabrikant", "manufacturer", "hersteller")):
                err(r, "phone-like number %r without BSM309" % PHONE_RE.search(ptext).group(0))
    if counts["clean"] != 17:
        errors.append("%s: %d clean, want 17" % (lang, counts["clean"]))
    summary[lang] = counts

for lang, c in summary.items():
    print(lang, "clean=%d" % c["clean"],
          " ".join("%s=%d" % (k, v) for k, v in sorted(c.items()) if k != "clean"))
if errors:
    print("\n".join(errors))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: %d records, %d order numbers, all checks passed" % (len(all_ids), len(all_orders)))

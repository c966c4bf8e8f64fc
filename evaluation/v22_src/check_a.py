"""Validator for the v22 nl/en/de modules (lang_nl, lang_en, lang_de)."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lang_nl, lang_en, lang_de  # noqa: E402

RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
RULE_IDS = set(re.findall(r"^\| (BSM\d{3}) \|", open(RULES, encoding="utf-8").read(), re.M))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
OID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]|(?<!\\w)(?::-?\\)|;-?\\)|:D|<3|:-?\\()")
STYLE = re.compile(r"font-family|line-height|color\s*[:=]|text-align|align=|<center|<font", re.I)
PREFIX = {"nl": "530", "en": "531", "de": "532"}
LOCALE = {"nl": "nl-", "en": "en-", "de": "de-"}

errors = []
seen_ids, seen_orders = set(), set()


def err(rec, msg):
    errors.append("%s: %s" % (rec.get("id", "?"), msg))


for mod, lang in ((lang_nl, "nl"), (lang_en, "en"), (lang_de, "de")):
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errors.append("%s: %d records, want 50" % (lang, len(msgs)))
    clean = sum(1 for m in msgs if not m.get("expected"))
    if clean != 17:
        errors.append("%s: %d clean, want 17" % (lang, clean))
    for n, m in enumerate(msgs, 1):
        if set(m) != set(FIELDS):
            err(m, "fields %s" % sorted(set(m) ^ set(FIELDS)))
            continue
        for f, t in FIELDS.items():
            if not isinstance(m[f], t):
                err(m, "field %s not %s" % (f, t.__name__))
        if m["id"] != "v22-%s-%03d" % (lang, n):
            err(m, "bad id")
        if m["id"] in seen_ids:
            err(m, "duplicate id")
        seen_ids.add(m["id"])
        if m["language"] != lang or not m["locale"].startswith(LOCALE[lang]):
            err(m, "language/locale")
        if not re.fullmatch(r"[a-z]{2}-[A-Z]{2}", m["locale"]):
            err(m, "locale format")
        if m["type"] not in TYPES:
            err(m, "type %s" % m["type"])
        if m["format"] not in ("html", "text"):
            err(m, "format")
        exp = m["expected"]
        if exp != sorted(set(exp)):
            err(m, "expected not sorted/unique")
        for r in exp:
            if r not in RULE_IDS:
                err(m, "unknown rule %s" % r)
            if r in NEVER:
                err(m, "rule %s never expected" % r)
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", m["order_id"]) or not m["order_id"].startswith(PREFIX[lang] + "-"):
            err(m, "order_id format/prefix")
        if m["order_id"] in seen_orders:
            err(m, "duplicate order id")
        seen_orders.add(m["order_id"])
        text = m["subject"] + "\n" + m["body"]
        if "BSM102" in exp:
            if OID.search(text):
                err(m, "BSM102 case carries a hyphenated order number")
        else:
            if m["order_id"] not in text:
                err(m, "order number missing")
            others = set(OID.findall(text)) - {m["order_id"]}
            if others:
                err(m, "other order numbers %s" % others)
        if not m["note"].strip() or "\n" in m["note"]:
            err(m, "note")
        if m["format"] == "text" and re.search(r"<[a-zA-Z/][^>]*>", m["body"]):
            err(m, "HTML tags in text body")
        if m["format"] == "html" and not re.search(r"<p|<div|<table|<h1", m["body"]):
            err(m, "html body without markup")
        # consistency lints for the labels
        if "[" in m["subject"] and "BSM110" not in exp and m["type"] != "order-problem":
            err(m, "tag in subject on non-critical type without BSM110")
        if "BSM110" in exp and m["type"] not in ("return-follow-up", "invoice", "review-request", "reply"):
            err(m, "BSM110 on a type that may carry the tag")
        if not exp:
            if EMOJI.search(text):
                err(m, "clean message with emoji/emoticon")
            if "http://" in text:
                err(m, "clean message with http")
            if "@" in text or "mailto:" in text:
                err(m, "clean message with e-mail sign")
            if m["format"] == "html" and STYLE.search(m["body"]):
                err(m, "clean HTML with style override")
            if "<style" in m["body"] or "font-size" in m["body"]:
                err(m, "clean HTML sets sizes")
            if "\n\n\n" in m["body"] or re.search(r"(<br\s*/?>\s*){3}|<p>\s*</p>", m["body"]):
                err(m, "clean message with excess line breaks")
            for href in re.findall(r'href="([^"]+)"', m["body"]):
                if not re.match(r"https://www\.amazon\.[a-z.]+/", href):
                    err(m, "clean message links off Amazon: %s" % href)
            for a in re.findall(r"<a [^>]*>(.*?)</a>", m["body"], re.S):
                if a.strip().lower() in ("hier", "here", "click here", "klik hier", "link", "more") or "://" in a:
                    err(m, "clean message with non-descriptive link text")
            for img in re.findall(r"<img[^>]*>", m["body"]):
                if not re.search(r'alt="[^"]+"', img):
                    err(m, "clean image without alt")
                if "logo" not in img.lower():
                    err(m, "clean message with non-logo image")
            if re.search(r"\+\d{2}\s?\d", text):
                err(m, "clean message with international phone-like number")
        if "BSM412" not in exp and ("\n\n\n" in m["body"] or re.search(r"(<br\s*/?>\s*){3}|<p>\s*</p>", m["body"])):
            err(m, "excess line breaks not labelled")
        if "BSM403" not in exp and EMOJI.search(text):
            err(m, "emoji not labelled")
        if "BSM308" not in exp and re.search(r"\S@\S", text):
            err(m, "e-mail not labelled")
        if "BSM301" not in exp and "http://" in m["body"]:
            err(m, "http link not labelled")
        if "BSM402" not in exp:
            for img in re.findall(r"<img[^>]*>", m["body"]):
                if not re.search(r'alt="[^"]+"', img):
                    err(m, "missing alt not labelled")
    print("%s: %d records, %d clean" % (lang, len(msgs), clean))

if errors:
    print("FAILED")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: all checks passed")

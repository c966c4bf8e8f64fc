"""Validate the v2 blind-set modules of writer A (nl, en, de). Standard library only."""
import importlib
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = os.environ.get("CHECK_LANGS", "nl,en,de").split(",")
LOCALES = {"nl": {"nl-NL", "nl-BE"}, "en": {"en-GB", "en-US"}, "de": {"de-DE", "de-AT"}}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}

rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))
assert len(rule_ids) == 44, len(rule_ids)

errors = []
all_orders = Counter()
all_ids = Counter()


def err(rec, msg):
    errors.append("%s: %s" % (rec.get("id", "?"), msg))


# Heuristic lint for records expected clean (catches slips, not a checker).
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2764]")
EMOTICON_RE = re.compile(r"(?<!\w)(:-?[)(DPp]|;-?[)(DP]|<3|:-?/|\^\^|xD)(?!\w)")
PHONE_RE = re.compile(r"(?<![\w.])(\+\d{1,3}[\s\d()-]{7,}|\(?0\d{1,4}\)?[\s/-]?\d{2,4}[\s-]?\d{2,4}[\s-]?\d{0,4})")


def lint_clean(rec):
    text = rec["subject"] + "\n" + rec["body"]
    b = rec["body"]
    if EMOJI_RE.search(text):
        err(rec, "clean but emoji")
    if EMOTICON_RE.search(text):
        err(rec, "clean but emoticon-like %r" % EMOTICON_RE.search(text).group(0))
    if "@" in text or "mailto:" in text.lower():
        err(rec, "clean but '@' / mailto")
    if re.search(r"http://", text):
        err(rec, "clean but http://")
    for url in re.findall(r"https://[^\s\"'<>]+", b):
        host = url.split("/")[2]
        if rec["format"] == "text":
            err(rec, "clean text with bare URL %s" % url)
        if "amazon." not in host and not re.search(r"<img[^>]+%s" % re.escape(url), b):
            err(rec, "clean but non-Amazon link %s" % url)
    if re.search(r"\n\s*\n\s*\n", b):
        err(rec, "clean but two blank lines in a row")
    if rec["format"] == "html":
        low = b.lower()
        for bad in ("style", "font-family", "color", "line-height", "text-align", "align=",
                    "<center", "<font", "<script", "<form", "<iframe", "onclick", "onload",
                    "<br><br><br>", "<p></p>", "<p>&nbsp;</p>"):
            if bad in low:
                err(rec, "clean HTML contains %r" % bad)
        for img in re.findall(r"<img[^>]*>", b, re.I):
            if not re.search(r'alt="[^"]+"', img):
                err(rec, "clean img without alt")
            w = re.search(r'width="(\d+)"', img)
            if w and int(w.group(1)) > 480:
                err(rec, "clean img too wide")
            if "logo" not in img.lower():
                err(rec, "clean img that is not a logo")
        if re.search(r"<a[^>]*>\s*<img", b, re.I):
            err(rec, "clean but linked image")
    else:
        if "<" in b and re.search(r"<[a-z]+[ >]", b):
            err(rec, "text body contains HTML tags")
    text = ORDER_RE.sub(" ", text)
    for mt in PHONE_RE.finditer(text):
        s = mt.group(0)
        digits = re.sub(r"\D", "", s)
        if len(digits) >= 9 and not ORDER_RE.search(s):
            ctx = text[max(0, mt.start() - 80):mt.start()].lower()
            if not any(k in ctx for k in ("garantie", "warranty", "hersteller", "fabrikant", "manufacturer")):
                # print for human review; company numbers are expected here
                print("  phone-like in clean %s: %r" % (rec["id"], s))


for lang in LANGS:
    mod = importlib.import_module("lang_" + lang)
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errors.append("%s: %d records, want 50" % (lang, len(msgs)))
    clean = 0
    per_rule = Counter()
    for i, rec in enumerate(msgs, 1):
        if set(rec) != set(FIELDS):
            err(rec, "fields %s" % sorted(set(rec) ^ set(FIELDS)))
            continue
        for k, typ in FIELDS.items():
            if not isinstance(rec[k], typ):
                err(rec, "field %s not %s" % (k, typ.__name__))
        if rec["id"] != "v2-%s-%03d" % (lang, i):
            err(rec, "id out of sequence")
        all_ids[rec["id"]] += 1
        if rec["language"] != lang:
            err(rec, "language")
        if rec["locale"] not in LOCALES[lang]:
            err(rec, "locale %s" % rec["locale"])
        if rec["type"] not in TYPES:
            err(rec, "type %s" % rec["type"])
        if rec["format"] not in ("text", "html"):
            err(rec, "format")
        if not rec["subject"].strip() or not rec["body"].strip() or not rec["note"].strip():
            err(rec, "empty subject/body/note")
        exp = rec["expected"]
        if exp != sorted(exp) or len(set(exp)) != len(exp):
            err(rec, "expected not sorted/unique")
        for r in exp:
            if not isinstance(r, str) or r not in rule_ids:
                err(rec, "unknown rule %r" % r)
            if r in NEVER:
                err(rec, "rule %s never expected by policy" % r)
        if not ORDER_RE.fullmatch(rec["order_id"]):
            err(rec, "order_id format")
        all_orders[rec["order_id"]] += 1
        found = ORDER_RE.findall(rec["subject"] + "\n" + rec["body"])
        if "BSM102" in exp:
            if found:
                err(rec, "BSM102 but order number present")
        else:
            if rec["order_id"] not in found:
                err(rec, "order number missing from subject/body")
            for f in found:
                if f != rec["order_id"]:
                    err(rec, "other order number %s in text" % f)
        if "BSM101" in exp:
            err(rec, "BSM101 never expected")
        if "<" in rec["body"] and rec["format"] == "text" and re.search(r"</?(p|br|div|img|a)\b", rec["body"]):
            err(rec, "html tags in text record")
        if rec["format"] == "html" and not re.search(r"<(p|div|h\d|table|ul)\b", rec["body"]):
            err(rec, "html record without block tags")
        if not exp:
            clean += 1
            lint_clean(rec)
        for r in exp:
            per_rule[r] += 1
    if clean != 17:
        errors.append("%s: %d clean, want 17" % (lang, clean))
    print("%s: %d records, %d clean, locales %s" % (
        lang, len(msgs), clean, dict(Counter(r["locale"] for r in msgs))))
    print("   " + ", ".join("%s=%d" % kv for kv in sorted(per_rule.items())))
    print("   formats %s" % dict(Counter(r["format"] for r in msgs)))

for o, n in all_orders.items():
    if n > 1:
        errors.append("order number %s used %d times" % (o, n))
for o, n in all_ids.items():
    if n > 1:
        errors.append("id %s used %d times" % (o, n))

if errors:
    print("\nFAILED:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all records valid")

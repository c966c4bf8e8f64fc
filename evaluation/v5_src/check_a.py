"""Validate the v5 modules lang_nl, lang_en, lang_de (writer 'a'). Standard library only."""
import collections
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")

FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
LOCALES = {"nl": {"nl-NL", "nl-BE"}, "en": {"en-GB", "en-US"}, "de": {"de-DE", "de-AT"}}
PREFIX = {"nl": "302", "en": "303", "de": "304"}
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]|[:;]-?[)(DP]|<3")
STYLE_RE = re.compile(r"font-family|line-height|color\s*[:=]|text-align|align=|<center|<font|style=|<style",
                      re.I)

rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))
errors = []
all_ids, all_orders = set(), set()


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


for lang in ("nl", "en", "de"):
    mod = importlib.import_module("lang_" + lang)
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        err(lang, "expected 50 records, got %d" % len(msgs))
    counts = collections.Counter()
    clean = 0
    for i, m in enumerate(msgs, 1):
        rid = m.get("id", "?")
        if set(m) != set(FIELDS):
            err(rid, "fields %s" % sorted(set(m) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(m[k], t):
                err(rid, "%s not %s" % (k, t.__name__))
        if rid != "v5-%s-%03d" % (lang, i):
            err(rid, "id out of sequence")
        if rid in all_ids:
            err(rid, "duplicate id")
        all_ids.add(rid)
        if m["language"] != lang or m["locale"] not in LOCALES[lang]:
            err(rid, "language/locale")
        if m["type"] not in TYPES:
            err(rid, "type %r" % m["type"])
        if m["format"] not in ("text", "html"):
            err(rid, "format")
        if not m["note"].strip() or not m["subject"].strip() or not m["body"].strip():
            err(rid, "empty subject/body/note")
        exp = m["expected"]
        if exp != sorted(set(exp)):
            err(rid, "expected not sorted/unique")
        for e in exp:
            if e not in rule_ids:
                err(rid, "unknown rule %s" % e)
            if e in NEVER:
                err(rid, "rule %s is never expected" % e)
        o = m["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", o) or not o.startswith(PREFIX[lang] + "-"):
            err(rid, "order_id format/prefix %r" % o)
        if o in all_orders:
            err(rid, "duplicate order_id")
        all_orders.add(o)
        text = m["subject"] + "\n" + m["body"]
        found = ORDER_RE.findall(text)
        if "BSM102" in exp:
            if found:
                err(rid, "BSM102 expected but order number present")
        else:
            if o not in found:
                err(rid, "order number missing")
            if any(f != o for f in found):
                err(rid, "other order number in text")
        # sanity checks for clean records
        if not exp:
            clean += 1
            b = m["body"]
            if "@" in b:
                err(rid, "clean but contains '@'")
            if EMOJI_RE.search(b):
                err(rid, "clean but emoji/emoticon")
            if "http://" in b:
                err(rid, "clean but http")
            if m["format"] == "text" and "\n\n\n" in b:
                err(rid, "clean but blank-line run")
            if m["format"] == "html":
                if STYLE_RE.search(b):
                    err(rid, "clean but styling")
                if re.search(r"(<br\s*/?>\s*){3,}|<p>\s*</p>", b):
                    err(rid, "clean but line-break run")
                for href in re.findall(r'href="([^"]+)"', b):
                    if not re.match(r"https://www\.amazon\.(nl|co\.uk|com|de)/", href):
                        err(rid, "clean but non-Amazon link %s" % href)
                for img in re.findall(r"<img[^>]*>", b):
                    if not re.search(r'alt="[^"]+"', img):
                        err(rid, "clean but image without alt")
            if re.search(r"\[(Belangrijk|Important|Wichtig)\]", m["subject"], re.I) and m["type"] != "order-problem":
                err(rid, "clean but [Important] on non-critical type")
        else:
            if re.search(r"\[(Belangrijk|Important|Wichtig)\]", m["subject"], re.I) and \
                    m["type"] != "order-problem" and "BSM110" not in exp:
                err(rid, "[Important] on non-critical type without BSM110")
        for e in exp:
            counts[e] += 1
    if clean != 17:
        err(lang, "expected 17 clean, got %d" % clean)
    print("%s: %d records, clean %d, %s" % (lang, len(msgs), clean,
                                             ", ".join("%s %d" % kv for kv in sorted(counts.items()))))

if errors:
    print("\n".join(errors))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: all checks passed")

"""Validate lang_pl, lang_sv, lang_tr of the v15 set (standard library only)."""
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
LANGS = {"pl": ("pl-PL", "466-"), "sv": ("sv-SE", "467-"), "tr": ("tr-TR", "468-")}
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]|(?<![\\w/])[:;]-?[()DPp](?!\\w)|<3")
STYLE_RE = re.compile(r"font-family|line-height|color\s*[:=]|text-align|align=|<center", re.I)

with open(RULES, encoding="utf-8") as fh:
    rule_ids = set(re.findall(r"^\| (BSM\d{3}) \|", fh.read(), re.M))

errors = []
all_ids, all_orders = set(), set()


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


for lang, (locale, prefix) in LANGS.items():
    msgs = importlib.import_module("lang_" + lang).MESSAGES
    if len(msgs) != 50:
        err(lang, "has %d records, want 50" % len(msgs))
    clean = 0
    for i, m in enumerate(msgs, 1):
        rid = m.get("id", "?")
        if set(m) != set(FIELDS):
            err(rid, "fields %s" % sorted(set(m) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(m[k], t):
                err(rid, "%s not %s" % (k, t.__name__))
        if rid != "v15-%s-%03d" % (lang, i):
            err(rid, "id out of sequence")
        if rid in all_ids:
            err(rid, "duplicate id")
        all_ids.add(rid)
        if m["language"] != lang or m["locale"] != locale:
            err(rid, "language/locale")
        if m["type"] not in TYPES:
            err(rid, "type %r" % m["type"])
        if m["format"] not in ("text", "html"):
            err(rid, "format %r" % m["format"])
        exp = m["expected"]
        if exp != sorted(set(exp)) or not all(isinstance(x, str) for x in exp):
            err(rid, "expected not sorted/unique strings")
        for x in exp:
            if x not in rule_ids:
                err(rid, "unknown rule %s" % x)
        if "BSM101" in exp or any(x in exp for x in ("BSM103", "BSM105", "BSM106", "BSM111", "BSM112")):
            err(rid, "rule never expected by the labelling policy")
        o = m["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", o) or not o.startswith(prefix):
            err(rid, "bad order_id %r" % o)
        if o in all_orders:
            err(rid, "duplicate order_id")
        all_orders.add(o)
        text = m["subject"] + "\n" + m["body"]
        found = ORDER_RE.findall(text)
        if "BSM102" in exp:
            if found:
                err(rid, "BSM102 expected but an order number is present")
        else:
            if o not in found:
                err(rid, "order number missing from subject/body")
            if any(f != o for f in found):
                err(rid, "a different order number appears")
        if not m["note"].strip() or not m["body"].strip():
            err(rid, "empty note/body")
        # light sanity checks on clean records
        if not exp:
            clean += 1
            if EMOJI_RE.search(text):
                err(rid, "clean but emoji/emoticon-like text")
            if m["format"] == "html" and STYLE_RE.search(m["body"]):
                err(rid, "clean but sets style")
            if "http://" in text or "@" in text or "\n\n\n" in m["body"]:
                err(rid, "clean but http/@/blank-line run")
            if re.search(r"href=\"https://(?!www\.amazon\.)", m["body"]):
                err(rid, "clean but non-Amazon link")
            if re.search(r"<img(?![^>]*alt=\"[^\"]+\")", m["body"]):
                err(rid, "clean but image without alt")
            if re.search(r"\[(Ważne|Viktigt|Önemli)\]", m["subject"]) and m["type"] != "order-problem":
                err(rid, "clean but important tag on non-critical type")
        if m["type"] == "order-problem" and "BSM107" not in exp and not exp == []:
            pass
    if clean != 17:
        err(lang, "%d clean records, want 17" % clean)
    counts = {}
    for m in msgs:
        for x in m["expected"]:
            counts[x] = counts.get(x, 0) + 1
    print("%s: %d records, %d clean, %s" % (lang, len(msgs), clean,
                                           ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK: all checks passed")

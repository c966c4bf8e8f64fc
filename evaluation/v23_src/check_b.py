"""Validate v23 modules lang_fr, lang_it, lang_es."""
import os, re, sys, importlib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note"]
ONUM = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
PREFIX = {"fr": "543-", "it": "544-", "es": "545-"}
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]")

errors = []
all_ids, all_orders = set(), set()
for lang in ("fr", "it", "es"):
    msgs = importlib.import_module("lang_" + lang).MESSAGES
    def err(m, s):
        errors.append("%s: %s" % (m.get("id", "?"), s))
    if len(msgs) != 50:
        errors.append("%s: %d records, not 50" % (lang, len(msgs)))
    clean = 0
    for i, m in enumerate(msgs, 1):
        if list(m.keys()) != FIELDS and set(m.keys()) != set(FIELDS):
            err(m, "fields %s" % sorted(m.keys()))
            continue
        for f in FIELDS:
            want = list if f == "expected" else str
            if not isinstance(m[f], want):
                err(m, "%s not %s" % (f, want.__name__))
        if m["id"] != "v23-%s-%03d" % (lang, i):
            err(m, "id out of sequence")
        if m["id"] in all_ids:
            err(m, "duplicate id")
        all_ids.add(m["id"])
        if m["language"] != lang or not m["locale"].startswith(lang + "-"):
            err(m, "language/locale")
        if m["type"] not in TYPES:
            err(m, "bad type %s" % m["type"])
        if m["format"] not in ("text", "html"):
            err(m, "bad format")
        if not m["note"].strip() or not m["body"].strip() or not m["subject"].strip():
            err(m, "empty subject/body/note")
        e = m["expected"]
        if e != sorted(set(e)):
            err(m, "expected not sorted/unique")
        for r in e:
            if r not in RULES:
                err(m, "unknown rule %s" % r)
            if r in NEVER:
                err(m, "rule %s never expected" % r)
        if not e:
            clean += 1
        oid = m["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(PREFIX[lang]):
            err(m, "bad order_id %s" % oid)
        if oid in all_orders:
            err(m, "duplicate order_id")
        all_orders.add(oid)
        text = m["subject"] + "\n" + m["body"]
        found = ONUM.findall(text)
        if "BSM102" in e:
            if found:
                err(m, "BSM102 expected but order number present")
        else:
            if oid not in found:
                err(m, "order number missing")
            if any(x != oid for x in found):
                err(m, "foreign order number in text")
        # cheap consistency checks on clean records
        if not e:
            b = m["body"]
            if EMOJI.search(b) or re.search(r"[:;]-?[)(DP]", b):
                err(m, "clean but emoji/emoticon")
            if "@" in b or re.search(r"\bhttp://", b) or "style" in b.lower() or "align" in b.lower():
                err(m, "clean but @/http/style/align")
            if "\n\n\n" in b or re.search(r"(<br\s*/?>\s*){3,}", b) or "<p></p>" in b:
                err(m, "clean but excess line breaks")
            for href in re.findall(r'href="([^"]+)"', b):
                if not re.match(r"https://www\.amazon\.(fr|it|es)/", href):
                    err(m, "clean but non-Amazon link %s" % href)
            for img in re.findall(r"<img[^>]*>", b):
                if not re.search(r'alt="[^"]+"', img):
                    err(m, "clean but image without alt")
            if re.search(r"\[(important|importante)\]", m["subject"], re.I) and m["type"] != "order-problem":
                err(m, "clean but [Important] on non-critical type")
        if "BSM110" in e and not re.search(r"\[(important|importante)\]", m["subject"], re.I):
            err(m, "BSM110 without tag")
        if m["format"] == "text" and "<" in m["body"] and ">" in m["body"]:
            err(m, "text body looks like HTML")
    if clean != 17:
        errors.append("%s: %d clean, not 17" % (lang, clean))
    c = Counter(r for m in msgs for r in m["expected"])
    print("%s: %d records, %d clean, %s" % (lang, len(msgs), clean, dict(sorted(c.items()))))

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK: all checks passed")

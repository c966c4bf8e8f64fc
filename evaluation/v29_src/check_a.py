"""Validate the v29 nl/en/de modules (standard library only)."""
import re
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lang_nl, lang_en, lang_de  # noqa: E402

RULES = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]|[:;]-?[)(DP]|<3")

errors = []
all_ids, all_oids = set(), set()
for mod, lang, locale, prefix in ((lang_nl, "nl", "nl-NL", "601-"), (lang_en, "en", "en-GB", "602-"),
                                  (lang_de, "de", "de-DE", "603-")):
    msgs = mod.MESSAGES
    def err(m, s):
        errors.append("%s: %s" % (m.get("id", "?"), s))
    if len(msgs) != 50:
        errors.append("%s: %d records" % (lang, len(msgs)))
    clean = 0
    counts = {}
    for n, m in enumerate(msgs, 1):
        if set(m) != set(FIELDS):
            err(m, "fields %s" % sorted(set(m) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(m[k], t):
                err(m, "field %s type" % k)
        if m["id"] != "v29-%s-%03d" % (lang, n):
            err(m, "id out of sequence")
        if m["id"] in all_ids:
            err(m, "duplicate id")
        all_ids.add(m["id"])
        if m["language"] != lang or m["locale"] != locale:
            err(m, "language/locale")
        if m["type"] not in TYPES:
            err(m, "type %s" % m["type"])
        if m["format"] not in ("text", "html"):
            err(m, "format")
        o = m["order_id"]
        if not OID.match(o) or not o.startswith(prefix):
            err(m, "order_id format %s" % o)
        if o in all_oids:
            err(m, "duplicate order_id")
        all_oids.add(o)
        exp = m["expected"]
        if exp != sorted(set(exp)):
            err(m, "expected not sorted/unique")
        for r in exp:
            if r not in RULES:
                err(m, "unknown rule %s" % r)
            if r in NEVER:
                err(m, "rule %s never expected" % r)
            counts[r] = counts.get(r, 0) + 1
        if not exp:
            clean += 1
        text = m["subject"] + "\n" + m["body"]
        present = o in text
        if "BSM102" in exp and present:
            err(m, "BSM102 but order number present")
        if "BSM102" not in exp and not present:
            err(m, "order number missing")
        if "BSM102" not in exp and re.search(r"\d{3}-\d{7}-\d{7}", text) and any(
                x != o for x in re.findall(r"\d{3}-\d{7}-\d{7}", text)):
            err(m, "other order number in text")
        if not m["note"].strip() or not m["subject"].strip() or not m["body"].strip():
            err(m, "empty text field")
        # heuristics for clean messages
        if not exp:
            if "http://" in text: err(m, "clean but http")
            if "@" in text: err(m, "clean but @")
            if EMOJI.search(m["body"] + m["subject"]): err(m, "clean but emoji/emoticon")
            if "\n\n\n" in m["body"]: err(m, "clean but blank lines")
            if re.search(r"(<br>\s*){3}|<p>\s*</p>", m["body"]): err(m, "clean but br run")
            if re.search(r"style=|<style|color|font-family|line-height|align|<center|<font|<form|<script", m["body"], re.I):
                err(m, "clean but styling/active content")
            for href in re.findall(r'href="([^"]+)"', m["body"]):
                if not href.startswith("https://www.amazon."):
                    err(m, "clean but non-Amazon link %s" % href)
            for img in re.findall(r"<img[^>]*>", m["body"]):
                if not re.search(r'alt="[^"]+"', img): err(m, "clean img without alt")
        if "BSM412" not in exp and "\n\n\n" in m["body"]:
            err(m, "blank lines without BSM412")
        if m["format"] == "text" and "<" in m["body"] and re.search(r"<[a-z]+[ >]", m["body"]):
            err(m, "html tag in text body")
    if clean != 17:
        errors.append("%s: %d clean" % (lang, clean))
    print("%s: %d records, %d clean, per rule: %s" % (
        lang, len(msgs), clean, ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK: all checks passed")

"""Validate lang_nl.py, lang_en.py, lang_de.py (v8 writer A). Standard library only."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
LOCALES = {"nl": {"nl-NL", "nl-BE"}, "en": {"en-GB", "en-US"}, "de": {"de-DE", "de-AT"}}
PREFIX = {"nl": "602-", "en": "603-", "de": "604-"}
ORDER = re.compile(r"\d{3}-\d{7}-\d{7}")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]")


def main():
    rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))
    assert len(rule_ids) > 40, "rule ids not parsed"
    errors = []
    all_orders = collections.Counter()
    for lang in ("nl", "en", "de"):
        mod = __import__("lang_" + lang)
        msgs = mod.MESSAGES
        def err(rec, text):
            errors.append("%s: %s" % (rec.get("id", "?"), text))
        if len(msgs) != 50:
            errors.append("%s: %d records, want 50" % (lang, len(msgs)))
        ids = [r.get("id") for r in msgs]
        if len(set(ids)) != len(ids):
            errors.append("%s: duplicate ids" % lang)
        if ids != ["v8-%s-%03d" % (lang, i) for i in range(1, len(msgs) + 1)]:
            errors.append("%s: ids not v8-%s-001..050 in order" % (lang, lang))
        clean = sum(1 for r in msgs if r.get("expected") == [])
        if clean != 17:
            errors.append("%s: %d clean, want 17" % (lang, clean))
        for r in msgs:
            if set(r) != set(FIELDS):
                err(r, "fields %s" % sorted(set(r) ^ set(FIELDS)))
                continue
            for k, t in FIELDS.items():
                if not isinstance(r[k], t):
                    err(r, "%s not %s" % (k, t.__name__))
            if r["language"] != lang:
                err(r, "language")
            if r["locale"] not in LOCALES[lang]:
                err(r, "locale %s" % r["locale"])
            if r["type"] not in TYPES:
                err(r, "type %s" % r["type"])
            if r["format"] not in ("text", "html"):
                err(r, "format")
            exp = r["expected"]
            if exp != sorted(set(exp)) or not all(isinstance(x, str) for x in exp):
                err(r, "expected not sorted/unique")
            for x in exp:
                if x not in rule_ids:
                    err(r, "unknown rule %s" % x)
                if x in ("BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"):
                    err(r, "rule %s never expected" % x)
            oid = r["order_id"]
            if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(PREFIX[lang]):
                err(r, "order_id format/prefix %s" % oid)
            all_orders[oid] += 1
            text = r["subject"] + "\n" + r["body"]
            found = ORDER.findall(text)
            if "BSM102" in exp:
                if found:
                    err(r, "BSM102 expected but order number present")
            else:
                if oid not in text:
                    err(r, "order number missing")
                if any(f != oid for f in found):
                    err(r, "other order-like number present")
            if not r["note"].strip() or "\n" in r["note"]:
                err(r, "note")
            # cheap sanity checks on clean records
            if not exp:
                b = r["body"]
                if EMOJI.search(b) or re.search(r"[:;]-?[)(DP]", b):
                    err(r, "clean but emoji/emoticon")
                if "@" in b or "mailto:" in b:
                    err(r, "clean but e-mail")
                if "http://" in b:
                    err(r, "clean but http")
                if re.search(r"style=|<style|<font|align=|<center", b, re.I):
                    err(r, "clean but styling")
                if "\n\n\n" in b or re.search(r"(<br\s*/?>\s*){3,}|<p>\s*</p>", b, re.I):
                    err(r, "clean but excess breaks")
                for href in re.findall(r'href="([^"]*)"', b):
                    if not re.match(r"https://www\.amazon\.", href):
                        err(r, "clean but non-Amazon link %s" % href)
                for img in re.findall(r"<img[^>]*>", b):
                    if not re.search(r'alt="[^"]+"', img):
                        err(r, "clean but image without alt")
                if re.search(r"\[(important|belangrijk|wichtig)\]", r["subject"], re.I) and r["type"] != "order-problem":
                    err(r, "clean but important tag")
            if r["format"] == "text" and re.search(r"<[a-z][^>]*>", r["body"]):
                err(r, "text body contains HTML")
        counts = collections.Counter(x for r in msgs for x in r["expected"])
        print("%s: %d records, %d clean, %s" % (lang, len(msgs), clean,
              ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    dup = [k for k, v in all_orders.items() if v > 1]
    if dup:
        errors.append("duplicate order numbers: %s" % dup)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "FAILED (%d errors)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

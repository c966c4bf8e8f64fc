"""Validator for the v33 messages of writer A (nl, en, de)."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

RULES_MD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = {"nl": "641", "en": "642", "de": "643"}
KEYS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note"]
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
ANY_ORDER_RE = re.compile(r"(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])")
LOCALE_RE = re.compile(r"^[a-z]{2}-[A-Z]{2}$")


def rule_ids():
    with open(RULES_MD, encoding="utf-8") as fh:
        text = fh.read()
    return set(re.findall(r"^\|\s*(BSM\d{3})\s*\|", text, re.M))


def main():
    import importlib
    valid = rule_ids()
    errors = []
    seen_orders = {}
    for lang, prefix in LANGS.items():
        mod = importlib.import_module("lang_" + lang)
        msgs = getattr(mod, "MESSAGES", None)
        if not isinstance(msgs, list):
            errors.append("%s: MESSAGES missing or not a list" % lang)
            continue
        if len(msgs) != 50:
            errors.append("%s: %d records, expected 50" % (lang, len(msgs)))
        clean = 0
        per_rule = collections.Counter()
        for i, m in enumerate(msgs, 1):
            where = "%s[%d]" % (lang, i)
            if not isinstance(m, dict):
                errors.append(where + ": not a dict")
                continue
            if sorted(m.keys()) != sorted(KEYS):
                errors.append(where + ": keys %s" % sorted(m.keys()))
                continue
            for k in KEYS:
                if k == "expected":
                    if not isinstance(m[k], list) or not all(isinstance(x, str) for x in m[k]):
                        errors.append(where + ": expected must be a list of str")
                elif not isinstance(m[k], str):
                    errors.append(where + ": %s must be a str" % k)
            if errors and errors[-1].startswith(where + ":") and "must be" in errors[-1]:
                continue
            if m["id"] != "v33-%s-%03d" % (lang, i):
                errors.append(where + ": id %r out of order" % m["id"])
            if m["language"] != lang:
                errors.append(where + ": language %r" % m["language"])
            if not LOCALE_RE.match(m["locale"]) or not m["locale"].startswith(lang + "-"):
                errors.append(where + ": locale %r" % m["locale"])
            if m["type"] not in TYPES:
                errors.append(where + ": type %r" % m["type"])
            if m["format"] not in ("text", "html"):
                errors.append(where + ": format %r" % m["format"])
            if not m["subject"].strip() or not m["body"].strip():
                errors.append(where + ": empty subject or body")
            exp = m["expected"]
            if exp != sorted(exp) or len(set(exp)) != len(exp):
                errors.append(where + ": expected not sorted/unique %r" % exp)
            for r in exp:
                if r not in valid:
                    errors.append(where + ": unknown rule %s" % r)
            if "BSM101" in exp:
                errors.append(where + ": BSM101 must never be expected")
            oid = m["order_id"]
            if not ORDER_RE.match(oid):
                errors.append(where + ": order_id format %r" % oid)
            if not oid.startswith(prefix + "-"):
                errors.append(where + ": order_id prefix %r" % oid)
            if oid in seen_orders:
                errors.append(where + ": order_id duplicate of %s" % seen_orders[oid])
            seen_orders[oid] = where
            text = m["subject"] + "\n" + m["body"]
            found = set(ANY_ORDER_RE.findall(text))
            if "BSM102" in exp:
                if oid in found:
                    errors.append(where + ": BSM102 case carries its order number")
            elif oid not in found:
                errors.append(where + ": order number not in subject or body")
            stray = found - {oid}
            if stray:
                errors.append(where + ": stray order numbers %s" % sorted(stray))
            if not m["note"].strip():
                errors.append(where + ": empty note")
            if not exp:
                clean += 1
            per_rule.update(exp)
        if clean != 17:
            errors.append("%s: %d clean records, expected 17" % (lang, clean))
        print("%s: %d records, %d clean; %s" % (
            lang, len(msgs), clean, ", ".join("%s=%d" % kv for kv in sorted(per_rule.items()))))
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

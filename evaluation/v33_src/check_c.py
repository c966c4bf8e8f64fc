"""Validator for writer C's v33 evaluation messages (pl, sv, tr)."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

RULES_MD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = {"pl": "647", "sv": "648", "tr": "649"}
KEYS = ["id", "language", "locale", "type", "format", "subject", "body",
        "order_id", "expected", "note"]
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
ANY_ORDER_RE = re.compile(r"(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])")
LOCALE_RE = re.compile(r"^([a-z]{2})-[A-Z]{2}$")


def rule_ids():
    with open(RULES_MD, encoding="utf-8") as f:
        text = f.read()
    return set(re.findall(r"^\|\s*(BSM\d{3})\s*\|", text, re.M))


def main():
    import importlib
    rules = rule_ids()
    errors = []
    seen_orders = {}
    report = []
    for lang, prefix in LANGS.items():
        mod = importlib.import_module("lang_%s" % lang)
        msgs = getattr(mod, "MESSAGES", None)
        if not isinstance(msgs, list):
            errors.append("%s: MESSAGES is not a list" % lang)
            continue
        if len(msgs) != 50:
            errors.append("%s: %d records, expected 50" % (lang, len(msgs)))
        clean = 0
        per_rule = collections.Counter()
        for i, m in enumerate(msgs, 1):
            where = "%s[%d]" % (lang, i)
            if not isinstance(m, dict):
                errors.append("%s: not a dict" % where)
                continue
            if set(m.keys()) != set(KEYS):
                errors.append("%s: keys %r" % (where, sorted(m.keys())))
                continue
            bad = [k for k in KEYS
                   if not isinstance(m[k], list if k == "expected" else str)]
            if bad:
                errors.append("%s: wrong types for %s" % (where, ", ".join(bad)))
                continue
            if m["id"] != "v33-%s-%03d" % (lang, i):
                errors.append("%s: id %s" % (where, m["id"]))
            if m["language"] != lang:
                errors.append("%s: language %s" % (where, m["language"]))
            lm = LOCALE_RE.match(m["locale"])
            if not lm or lm.group(1) != lang:
                errors.append("%s: locale %s" % (where, m["locale"]))
            if m["type"] not in TYPES:
                errors.append("%s: type %s" % (where, m["type"]))
            if m["format"] not in ("text", "html"):
                errors.append("%s: format %s" % (where, m["format"]))
            if not m["body"].strip():
                errors.append("%s: empty body" % where)
            exp = m["expected"]
            if not all(isinstance(e, str) for e in exp):
                errors.append("%s: expected has non-strings" % where)
            else:
                if exp != sorted(exp):
                    errors.append("%s: expected not sorted" % where)
                if len(set(exp)) != len(exp):
                    errors.append("%s: expected has duplicates" % where)
                for e in exp:
                    if e not in rules:
                        errors.append("%s: unknown rule %s" % (where, e))
                if "BSM101" in exp:
                    errors.append("%s: BSM101 expected" % where)
            oid = m["order_id"]
            if not ORDER_RE.match(oid):
                errors.append("%s: order_id format %s" % (where, oid))
            elif not oid.startswith(prefix + "-"):
                errors.append("%s: order_id prefix %s" % (where, oid))
            if oid in seen_orders:
                errors.append("%s: order_id %s also in %s" % (where, oid, seen_orders[oid]))
            seen_orders[oid] = where
            text = m["subject"] + "\n" + m["body"]
            found = set(ANY_ORDER_RE.findall(text))
            if "BSM102" in exp:
                if found:
                    errors.append("%s: BSM102 case carries order number(s) %s" % (where, sorted(found)))
            else:
                if oid not in found:
                    errors.append("%s: order_id %s not in subject/body" % (where, oid))
                stray = found - {oid}
                if stray:
                    errors.append("%s: stray order numbers %s" % (where, sorted(stray)))
            if not m["note"].strip():
                errors.append("%s: empty note" % where)
            if not exp:
                clean += 1
            per_rule.update(exp)
        if clean != 17:
            errors.append("%s: %d clean records, expected 17" % (lang, clean))
        report.append("%s: %d records, %d clean, per rule: %s" % (
            lang, len(msgs), clean,
            ", ".join("%s=%d" % kv for kv in sorted(per_rule.items()))))
    for line in report:
        print(line)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Validator for set v31, writer b: languages fr, it, es."""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

RULES_MD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = ["fr", "it", "es"]
PREFIX = {"nl": "621", "en": "622", "de": "623", "fr": "624", "it": "625",
          "es": "626", "pl": "627", "sv": "628", "tr": "629"}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FORMATS = {"text", "html"}
KEYS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id",
        "expected", "note"]
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
# a hyphenated 17-digit order number, not part of a longer digit/hyphen run
ANY_ORDER_RE = re.compile(r"(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-]|\d)")


def rule_ids():
    with open(RULES_MD, encoding="utf-8") as f:
        text = f.read()
    return set(re.findall(r"^\|\s*(BSM\d{3})\s*\|", text, re.M))


def check():
    errors = []
    ids = rule_ids()
    if not ids:
        errors.append("no rule ids found in rules.md")
    seen_orders = {}
    reports = []
    for lang in LANGS:
        modname = "lang_%s" % lang
        try:
            mod = __import__(modname)
        except Exception as exc:  # noqa: BLE001
            errors.append("%s: import failed: %r" % (modname, exc))
            continue
        msgs = getattr(mod, "MESSAGES", None)
        if not isinstance(msgs, list):
            errors.append("%s: MESSAGES is not a list" % modname)
            continue
        if len(msgs) != 50:
            errors.append("%s: %d records, expected 50" % (lang, len(msgs)))
        clean = 0
        per_rule = Counter()
        for i, m in enumerate(msgs, 1):
            where = "%s[%d]" % (lang, i)
            if not isinstance(m, dict):
                errors.append("%s: not a dict" % where)
                continue
            if sorted(m.keys()) != sorted(KEYS):
                errors.append("%s: keys %s" % (where, sorted(m.keys())))
                continue
            for k in KEYS:
                want = list if k == "expected" else str
                if not isinstance(m[k], want):
                    errors.append("%s: %s has type %s" % (where, k, type(m[k]).__name__))
            if errors and errors[-1].startswith(where + ":"):
                continue
            want_id = "v31-%s-%03d" % (lang, i)
            if m["id"] != want_id:
                errors.append("%s: id %r, expected %r" % (where, m["id"], want_id))
            if m["language"] != lang:
                errors.append("%s: language %r" % (where, m["language"]))
            if not re.match(r"^%s-[A-Z]{2}$" % lang, m["locale"]):
                errors.append("%s: locale %r" % (where, m["locale"]))
            if m["type"] not in TYPES:
                errors.append("%s: type %r" % (where, m["type"]))
            if m["format"] not in FORMATS:
                errors.append("%s: format %r" % (where, m["format"]))
            if not m["subject"].strip() or not m["body"].strip():
                errors.append("%s: empty subject or body" % where)
            if not m["note"].strip():
                errors.append("%s: empty note" % where)
            exp = m["expected"]
            if not all(isinstance(x, str) for x in exp):
                errors.append("%s: expected has non-strings" % where)
                continue
            if exp != sorted(exp):
                errors.append("%s: expected not sorted" % where)
            if len(set(exp)) != len(exp):
                errors.append("%s: expected has duplicates" % where)
            for r in exp:
                if r not in ids:
                    errors.append("%s: unknown rule %s" % (where, r))
            if "BSM101" in exp:
                errors.append("%s: BSM101 expected" % where)
            oid = m["order_id"]
            if not ORDER_RE.match(oid):
                errors.append("%s: order_id format %r" % (where, oid))
            elif not oid.startswith(PREFIX[lang] + "-"):
                errors.append("%s: order_id prefix %r" % (where, oid))
            if oid in seen_orders:
                errors.append("%s: order_id %s also in %s" % (where, oid, seen_orders[oid]))
            seen_orders[oid] = where
            text = m["subject"] + "\n" + m["body"]
            found = ANY_ORDER_RE.findall(text)
            if "BSM102" in exp:
                if found:
                    errors.append("%s: BSM102 case carries a hyphenated order number" % where)
            else:
                if oid not in found:
                    errors.append("%s: order number not in subject or body" % where)
            stray = [x for x in found if x != oid]
            if stray:
                errors.append("%s: stray order numbers %s" % (where, stray))
            if not exp:
                clean += 1
            per_rule.update(exp)
        if clean != 17:
            errors.append("%s: %d clean records, expected 17" % (lang, clean))
        reports.append((lang, len(msgs), clean, per_rule))
    for lang, n, clean, per_rule in reports:
        print("%s: %d records, %d clean" % (lang, n, clean))
        print("   " + ", ".join("%s=%d" % (r, per_rule[r]) for r in sorted(per_rule)))
    if errors:
        for e in errors:
            print("ERROR: " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(check())

#!/usr/bin/env python3
"""Validator for set v34, writer c: lang_pl, lang_sv, lang_tr."""
import collections
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

RULES_MD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = [("pl", "657-", ("pl-",)), ("sv", "658-", ("sv-",)), ("tr", "659-", ("tr-",))]
KEYS = ["id", "language", "locale", "type", "format", "subject", "body",
        "order_id", "expected", "note"]
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
ANY_ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
LOCALE_RE = re.compile(r"^[a-z]{2}-[A-Z]{2}$")


def rule_ids():
    with open(RULES_MD, encoding="utf-8") as f:
        text = f.read()
    return set(re.findall(r"^\|\s*(BSM\d{3})\s*\|", text, re.M))


def main():
    rules = rule_ids()
    errors = []
    seen_orders = {}
    report = []
    for lang, prefix, loc_prefixes in LANGS:
        try:
            mod = importlib.import_module("lang_" + lang)
        except Exception as e:  # noqa: BLE001
            errors.append("%s: import failed: %r" % (lang, e))
            continue
        msgs = getattr(mod, "MESSAGES", None)
        if not isinstance(msgs, list):
            errors.append("%s: MESSAGES is not a list" % lang)
            continue
        if len(msgs) != 50:
            errors.append("%s: %d records, expected 50" % (lang, len(msgs)))
        clean = 0
        counts = collections.Counter()
        for i, m in enumerate(msgs, 1):
            where = "%s #%d" % (lang, i)
            if not isinstance(m, dict):
                errors.append("%s: not a dict" % where)
                continue
            if list(m.keys()) != KEYS and set(m.keys()) != set(KEYS):
                errors.append("%s: keys %s" % (where, sorted(m.keys())))
                continue
            for k in KEYS:
                if k == "expected":
                    if not isinstance(m[k], list) or not all(isinstance(x, str) for x in m[k]):
                        errors.append("%s: expected must be a list of str" % where)
                elif not isinstance(m[k], str):
                    errors.append("%s: %s must be str" % (where, k))
            if errors and errors[-1].startswith(where + ":") and "must be" in errors[-1]:
                continue
            want_id = "v34-%s-%03d" % (lang, i)
            if m["id"] != want_id:
                errors.append("%s: id %r, expected %r" % (where, m["id"], want_id))
            if m["language"] != lang:
                errors.append("%s: language %r" % (where, m["language"]))
            if not LOCALE_RE.match(m["locale"]) or not m["locale"].startswith(loc_prefixes):
                errors.append("%s: locale %r" % (where, m["locale"]))
            if m["type"] not in TYPES:
                errors.append("%s: type %r" % (where, m["type"]))
            if m["format"] not in ("text", "html"):
                errors.append("%s: format %r" % (where, m["format"]))
            exp = m["expected"]
            if exp != sorted(exp):
                errors.append("%s: expected not sorted %r" % (where, exp))
            if len(set(exp)) != len(exp):
                errors.append("%s: expected has duplicates %r" % (where, exp))
            for r in exp:
                if r not in rules:
                    errors.append("%s: unknown rule %r" % (where, r))
            if "BSM101" in exp:
                errors.append("%s: BSM101 must never be expected" % where)
            if not exp:
                clean += 1
            counts.update(exp)
            oid = m["order_id"]
            if not ORDER_RE.match(oid):
                errors.append("%s: order_id format %r" % (where, oid))
            if not oid.startswith(prefix):
                errors.append("%s: order_id prefix %r (want %s)" % (where, oid, prefix))
            if oid in seen_orders:
                errors.append("%s: order_id %s also in %s" % (where, oid, seen_orders[oid]))
            seen_orders[oid] = where
            text = m["subject"] + "\n" + m["body"]
            present = oid in text
            if "BSM102" in exp:
                if present:
                    errors.append("%s: BSM102 case but order number present" % where)
            elif not present:
                errors.append("%s: order number missing from subject/body" % where)
            stray = [x for x in ANY_ORDER_RE.findall(text) if x != oid]
            if stray:
                errors.append("%s: stray order-like numbers %s" % (where, stray))
            if not m["note"].strip():
                errors.append("%s: empty note" % where)
            if not m["subject"].strip() or not m["body"].strip():
                errors.append("%s: empty subject or body" % where)
        if clean != 17:
            errors.append("%s: %d clean records, expected 17" % (lang, clean))
        report.append((lang, len(msgs), clean, counts))
    for lang, n, clean, counts in report:
        print("%s: %d records, %d clean" % (lang, n, clean))
        for r in sorted(counts):
            print("  %s %d" % (r, counts[r]))
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Validator for the v34 writer-b modules: lang_fr, lang_it, lang_es."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

RULES_MD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = {"fr": "654", "it": "655", "es": "656"}
KEYS = ["id", "language", "locale", "type", "format", "subject", "body",
        "order_id", "expected", "note"]
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
STRAY_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")


def rule_ids():
    ids = set()
    with open(RULES_MD, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"\|\s*(BSM\d{3})\s*\|", line)
            if m:
                ids.add(m.group(1))
    return ids


def main():
    rules = rule_ids()
    errors = []
    seen_orders = {}
    if not rules:
        errors.append("no rule ids read from rules.md")
    for lang, prefix in LANGS.items():
        try:
            mod = __import__("lang_" + lang)
        except Exception as exc:  # noqa: BLE001
            errors.append("%s: import failed: %r" % (lang, exc))
            continue
        msgs = getattr(mod, "MESSAGES", None)
        if not isinstance(msgs, list):
            errors.append("%s: MESSAGES is not a list" % lang)
            continue
        clean = 0
        per_rule = collections.Counter()
        for i, rec in enumerate(msgs, 1):
            where = "%s[%d]" % (lang, i)
            if not isinstance(rec, dict):
                errors.append(where + ": not a dict")
                continue
            if sorted(rec.keys()) != sorted(KEYS):
                errors.append(where + ": keys %s" % sorted(rec.keys()))
                continue
            for k in KEYS:
                want = list if k == "expected" else str
                if not isinstance(rec[k], want):
                    errors.append(where + ": %s has type %s" % (k, type(rec[k]).__name__))
            if errors and errors[-1].startswith(where):
                continue
            if rec["id"] != "v34-%s-%03d" % (lang, i):
                errors.append(where + ": id %r out of order" % rec["id"])
            if rec["language"] != lang:
                errors.append(where + ": language %r" % rec["language"])
            if not re.match(r"^%s-[A-Z]{2}$" % lang, rec["locale"]):
                errors.append(where + ": locale %r" % rec["locale"])
            if rec["type"] not in TYPES:
                errors.append(where + ": type %r" % rec["type"])
            if rec["format"] not in ("text", "html"):
                errors.append(where + ": format %r" % rec["format"])
            if not rec["subject"].strip() and not rec["body"].strip():
                errors.append(where + ": empty subject and body")
            if not rec["body"].strip():
                errors.append(where + ": empty body")
            exp = rec["expected"]
            if not all(isinstance(x, str) for x in exp):
                errors.append(where + ": expected has non-strings")
            else:
                if exp != sorted(exp):
                    errors.append(where + ": expected not sorted")
                if len(set(exp)) != len(exp):
                    errors.append(where + ": expected has duplicates")
                for rid in exp:
                    if rid not in rules:
                        errors.append(where + ": unknown rule %s" % rid)
                if "BSM101" in exp:
                    errors.append(where + ": BSM101 expected")
            oid = rec["order_id"]
            if not ORDER_RE.match(oid):
                errors.append(where + ": order_id %r malformed" % oid)
            if not oid.startswith(prefix + "-"):
                errors.append(where + ": order_id %r lacks prefix %s" % (oid, prefix))
            if oid in seen_orders:
                errors.append(where + ": order_id %s also in %s" % (oid, seen_orders[oid]))
            seen_orders[oid] = where
            text = rec["subject"] + "\n" + rec["body"]
            present = oid in text
            if "BSM102" in exp:
                if present:
                    errors.append(where + ": BSM102 expected but order number present")
            elif not present:
                errors.append(where + ": order number missing from subject/body")
            for hit in STRAY_RE.findall(text):
                if hit != oid:
                    errors.append(where + ": stray order-like number %s" % hit)
            if not rec["note"].strip():
                errors.append(where + ": empty note")
            if not exp:
                clean += 1
            per_rule.update(exp)
        if len(msgs) != 50:
            errors.append("%s: %d records, want 50" % (lang, len(msgs)))
        if clean != 17:
            errors.append("%s: %d clean, want 17" % (lang, clean))
        print("%s: %d records, %d clean" % (lang, len(msgs), clean))
        print("  " + ", ".join("%s=%d" % (k, per_rule[k]) for k in sorted(per_rule)))
    if errors:
        for e in errors:
            print("ERROR " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

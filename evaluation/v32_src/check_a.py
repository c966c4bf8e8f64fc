"""Validator for the v32 writer-a message sets (nl, en, de).

Usage: python3 check_a.py   -> prints per-language statistics and OK, or the errors (exit 1).
"""

import collections
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

RULES_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")

LANGS = {
    # language: (order prefix, allowed locales)
    "nl": ("631", {"nl-NL", "nl-BE"}),
    "en": ("632", {"en-GB", "en-US", "en-IE"}),
    "de": ("633", {"de-DE", "de-AT", "de-CH"}),
}

KEYS = ("id", "language", "locale", "type", "format", "subject", "body",
        "order_id", "expected", "note")
STR_KEYS = ("id", "language", "locale", "type", "format", "subject", "body",
            "order_id", "note")
TYPES = {
    "order-problem", "delivery-delay", "additional-information", "return-follow-up",
    "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
    "custom-design-verification", "fulfillment-question", "reply",
}
FORMATS = {"text", "html"}
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
ORDER_IN_TEXT_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
N_RECORDS = 50
N_CLEAN = 17


def load_rule_ids():
    ids = set()
    with open(RULES_PATH, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^\|\s*(BSM\d{3})\s*\|", line)
            if m:
                ids.add(m.group(1))
    return ids


def main():
    errors = []
    rule_ids = load_rule_ids()
    if not rule_ids:
        errors.append("no rule ids found in %s" % RULES_PATH)
    seen_orders = {}
    reports = []

    for lang, (prefix, locales) in LANGS.items():
        try:
            mod = importlib.import_module("lang_%s" % lang)
        except Exception as exc:  # noqa: BLE001
            errors.append("%s: cannot import lang_%s: %r" % (lang, lang, exc))
            continue
        msgs = getattr(mod, "MESSAGES", None)
        if not isinstance(msgs, list):
            errors.append("%s: MESSAGES is not a list" % lang)
            continue
        if len(msgs) != N_RECORDS:
            errors.append("%s: %d records, expected %d" % (lang, len(msgs), N_RECORDS))
        per_rule = collections.Counter()
        clean = 0
        for i, rec in enumerate(msgs, 1):
            want_id = "v32-%s-%03d" % (lang, i)
            where = "%s #%d" % (lang, i)
            if not isinstance(rec, dict):
                errors.append("%s: record is not a dict" % where)
                continue
            where = "%s (%s)" % (where, rec.get("id"))
            if set(rec) != set(KEYS):
                errors.append("%s: keys %s differ from %s" % (where, sorted(rec), sorted(KEYS)))
                continue
            bad_type = False
            for k in STR_KEYS:
                if not isinstance(rec[k], str):
                    errors.append("%s: %s is not a string" % (where, k))
                    bad_type = True
            exp = rec["expected"]
            if not isinstance(exp, list) or not all(isinstance(x, str) for x in exp):
                errors.append("%s: expected is not a list of strings" % where)
                bad_type = True
            if bad_type:
                continue
            if rec["id"] != want_id:
                errors.append("%s: id should be %s" % (where, want_id))
            if rec["language"] != lang:
                errors.append("%s: language %r != %r" % (where, rec["language"], lang))
            if not re.match(r"^[a-z]{2}-[A-Z]{2}$", rec["locale"]) or rec["locale"] not in locales:
                errors.append("%s: locale %r not among %s" % (where, rec["locale"], sorted(locales)))
            if rec["type"] not in TYPES:
                errors.append("%s: type %r not permitted" % (where, rec["type"]))
            if rec["format"] not in FORMATS:
                errors.append("%s: format %r not in %s" % (where, rec["format"], sorted(FORMATS)))
            if exp != sorted(exp):
                errors.append("%s: expected not sorted" % where)
            if len(set(exp)) != len(exp):
                errors.append("%s: expected has duplicates" % where)
            for rid in exp:
                if rid not in rule_ids:
                    errors.append("%s: unknown rule id %s" % (where, rid))
            if "BSM101" in exp:
                errors.append("%s: BSM101 must never be expected" % where)
            if not rec["note"].strip():
                errors.append("%s: empty note" % where)
            if not rec["subject"].strip() and not rec["body"].strip():
                errors.append("%s: empty subject and body" % where)

            oid = rec["order_id"]
            if not ORDER_RE.match(oid):
                errors.append("%s: order_id %r is not NNN-NNNNNNN-NNNNNNN" % (where, oid))
            elif not oid.startswith(prefix + "-"):
                errors.append("%s: order_id %r does not start with %s-" % (where, oid, prefix))
            if oid in seen_orders:
                errors.append("%s: order_id %s already used by %s" % (where, oid, seen_orders[oid]))
            else:
                seen_orders[oid] = rec["id"]
            text = rec["subject"] + "\n" + rec["body"]
            present = oid in ORDER_IN_TEXT_RE.findall(text)
            if "BSM102" in exp:
                if present:
                    errors.append("%s: BSM102 expected but the order number is present" % where)
            elif not present:
                errors.append("%s: order number %s missing from subject and body" % (where, oid))
            for found in ORDER_IN_TEXT_RE.findall(text):
                if found != oid:
                    errors.append("%s: stray hyphenated order number %s" % (where, found))

            if not exp:
                clean += 1
            per_rule.update(exp)
        if clean != N_CLEAN:
            errors.append("%s: %d clean records, expected %d" % (lang, clean, N_CLEAN))
        reports.append((lang, len(msgs), clean, per_rule))

    for lang, n, clean, per_rule in reports:
        print("%s: %d records, %d clean" % (lang, n, clean))
        for rid in sorted(per_rule):
            print("  %s %d" % (rid, per_rule[rid]))
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

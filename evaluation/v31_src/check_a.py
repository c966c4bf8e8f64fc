#!/usr/bin/env python3
"""Validator for the v31 evaluation messages of writer A (nl, en, de)."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lang_nl  # noqa: E402
import lang_en  # noqa: E402
import lang_de  # noqa: E402

RULES_MD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = {
    "nl": (lang_nl, "621", {"nl-NL", "nl-BE"}),
    "en": (lang_en, "622", {"en-GB", "en-US"}),
    "de": (lang_de, "623", {"de-DE", "de-AT", "de-CH"}),
}
KEYS = ["id", "language", "locale", "type", "format", "subject", "body",
        "order_id", "expected", "note"]
TYPES = {"order-problem", "delivery-delay", "additional-information",
         "return-follow-up", "invoice", "review-request", "delivery-scheduling",
         "home-service-appointment", "custom-design-verification",
         "fulfillment-question", "reply"}
FORMATS = {"text", "html"}
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
ORDER_ANY = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
LOCALE_RE = re.compile(r"^[a-z]{2}-[A-Z]{2}$")


def rule_ids():
    with open(RULES_MD, encoding="utf-8") as fh:
        text = fh.read()
    ids = set(re.findall(r"^\|\s*(BSM\d{3})\s*\|", text, re.M))
    if not ids:
        raise SystemExit("no rule ids found in " + RULES_MD)
    return ids


def main():
    rules = rule_ids()
    errors = []
    seen_orders = {}
    reports = []
    for lang, (mod, prefix, locales) in LANGS.items():
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
            if list(m.keys()) != KEYS and set(m.keys()) != set(KEYS):
                errors.append("%s: keys %s" % (where, sorted(m.keys())))
                continue
            for k in KEYS:
                want = list if k == "expected" else str
                if not isinstance(m[k], want):
                    errors.append("%s: %s is not %s" % (where, k, want.__name__))
            if errors and errors[-1].startswith(where + ":") and "is not" in errors[-1]:
                continue
            where = m["id"]
            if m["id"] != "v31-%s-%03d" % (lang, i):
                errors.append("%s: id out of order (position %d)" % (where, i))
            if m["language"] != lang:
                errors.append("%s: language %r" % (where, m["language"]))
            if not LOCALE_RE.match(m["locale"]) or m["locale"] not in locales:
                errors.append("%s: locale %r" % (where, m["locale"]))
            if m["type"] not in TYPES:
                errors.append("%s: type %r" % (where, m["type"]))
            if m["format"] not in FORMATS:
                errors.append("%s: format %r" % (where, m["format"]))
            exp = m["expected"]
            if not all(isinstance(x, str) for x in exp):
                errors.append("%s: expected holds non-strings" % where)
                continue
            if exp != sorted(exp):
                errors.append("%s: expected not sorted" % where)
            if len(set(exp)) != len(exp):
                errors.append("%s: expected has duplicates" % where)
            for r in exp:
                if r not in rules:
                    errors.append("%s: unknown rule %s" % (where, r))
            if "BSM101" in exp:
                errors.append("%s: BSM101 is never expected" % where)
            if not m["note"].strip():
                errors.append("%s: empty note" % where)
            if not m["subject"].strip() or not m["body"].strip():
                errors.append("%s: empty subject or body" % where)
            oid = m["order_id"]
            if not ORDER_RE.match(oid):
                errors.append("%s: order_id %r malformed" % (where, oid))
            elif not oid.startswith(prefix + "-"):
                errors.append("%s: order_id %r lacks prefix %s-" % (where, oid, prefix))
            if oid in seen_orders:
                errors.append("%s: order_id %s also used by %s" % (where, oid, seen_orders[oid]))
            seen_orders[oid] = where
            text = m["subject"] + "\n" + m["body"]
            present = oid in text
            if "BSM102" in exp:
                if present:
                    errors.append("%s: BSM102 case carries its order number" % where)
            elif not present:
                errors.append("%s: order number missing from subject and body" % where)
            for found in ORDER_ANY.findall(text):
                if found != oid:
                    errors.append("%s: stray order number %s" % (where, found))
            # sanity checks on things the labels depend on
            if m["format"] == "text":
                if re.search(r"<\s*(p|br|div|img|a|table)\b", m["body"], re.I):
                    errors.append("%s: HTML tags in a text body" % where)
                if "\n\n\n" in m["body"] and "BSM412" not in exp:
                    errors.append("%s: blank-line run without BSM412" % where)
            else:
                if re.search(r"(<br\s*/?>\s*){3,}", m["body"], re.I) and "BSM412" not in exp:
                    errors.append("%s: <br> run without BSM412" % where)
            if re.search(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]", text) and "BSM403" not in exp:
                errors.append("%s: emoji without BSM403" % where)
            if re.search(r"\bhttp://", m["body"]) and not ({"BSM301", "BSM413"} & set(exp)):
                errors.append("%s: http URL without BSM301/BSM413" % where)
            if re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text) and "BSM308" not in exp:
                errors.append("%s: e-mail address without BSM308" % where)
            if not exp:
                clean += 1
            per_rule.update(exp)
        if clean != 17:
            errors.append("%s: %d clean records, expected 17" % (lang, clean))
        reports.append((lang, len(msgs), clean, per_rule))
    for lang, n, clean, per_rule in reports:
        print("%s: %d records, %d clean" % (lang, n, clean))
        print("    " + ", ".join("%s=%d" % (r, per_rule[r]) for r in sorted(per_rule)))
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

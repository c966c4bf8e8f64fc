"""Validator for the v34 evaluation messages of writer a (nl, en, de)."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

RULES_MD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = {"nl": "651", "en": "652", "de": "653"}
LOCALES = {
    "nl": {"nl-NL", "nl-BE"},
    "en": {"en-GB", "en-US", "en-CA", "en-AU"},
    "de": {"de-DE", "de-AT", "de-CH"},
}
TYPES = {
    "order-problem", "delivery-delay", "additional-information", "return-follow-up",
    "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
    "custom-design-verification", "fulfillment-question", "reply",
}
KEYS = ["id", "language", "locale", "type", "format", "subject", "body",
        "order_id", "expected", "note"]
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
HYPH_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")


def rule_ids():
    ids = set()
    with open(RULES_MD, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\|\s*(BSM\d{3})\s*\|", line)
            if m:
                ids.add(m.group(1))
    return ids


def main():
    import importlib
    known = rule_ids()
    errors = []
    seen_orders = {}
    for lang, prefix in LANGS.items():
        mod = importlib.import_module("lang_" + lang)
        msgs = getattr(mod, "MESSAGES", None)
        if not isinstance(msgs, list):
            errors.append("%s: MESSAGES is not a list" % lang)
            continue
        per_rule = collections.Counter()
        clean = 0
        for i, r in enumerate(msgs, 1):
            where = "%s[%d]" % (lang, i)
            if not isinstance(r, dict):
                errors.append(where + ": not a dict")
                continue
            if sorted(r.keys()) != sorted(KEYS):
                errors.append(where + ": keys %s" % sorted(r.keys()))
                continue
            for k in KEYS:
                if k == "expected":
                    if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
                        errors.append(where + ": expected must be a list of str")
                elif not isinstance(r[k], str):
                    errors.append(where + ": %s must be a str" % k)
            exp_id = "v34-%s-%03d" % (lang, i)
            if r["id"] != exp_id:
                errors.append(where + ": id %r, want %r" % (r["id"], exp_id))
            if r["language"] != lang:
                errors.append(where + ": language %r" % r["language"])
            if r["locale"] not in LOCALES[lang]:
                errors.append(where + ": locale %r" % r["locale"])
            if r["type"] not in TYPES:
                errors.append(where + ": type %r" % r["type"])
            if r["format"] not in ("text", "html"):
                errors.append(where + ": format %r" % r["format"])
            exp = r["expected"]
            if exp != sorted(exp):
                errors.append(where + ": expected not sorted")
            if len(set(exp)) != len(exp):
                errors.append(where + ": expected has duplicates")
            for e in exp:
                if e not in known:
                    errors.append(where + ": unknown rule %s" % e)
            if "BSM101" in exp:
                errors.append(where + ": BSM101 must not be expected")
            oid = r["order_id"]
            if not ORDER_RE.match(oid):
                errors.append(where + ": bad order_id %r" % oid)
            elif not oid.startswith(prefix + "-"):
                errors.append(where + ": order_id %s lacks prefix %s" % (oid, prefix))
            if oid in seen_orders:
                errors.append(where + ": order_id %s also in %s" % (oid, seen_orders[oid]))
            seen_orders[oid] = where
            text = r["subject"] + "\n" + r["body"]
            found = HYPH_RE.findall(text)
            if "BSM102" in exp:
                if found:
                    errors.append(where + ": BSM102 case carries %s" % found)
            else:
                if oid not in found:
                    errors.append(where + ": order_id not in subject/body")
            stray = [x for x in found if x != oid]
            if stray:
                errors.append(where + ": stray order numbers %s" % stray)
            if not r["note"].strip():
                errors.append(where + ": empty note")
            if not exp:
                clean += 1
            per_rule.update(exp)
        if len(msgs) != 50:
            errors.append("%s: %d records, want 50" % (lang, len(msgs)))
        if clean != 17:
            errors.append("%s: %d clean, want 17" % (lang, clean))
        print("%s: %d records, %d clean" % (lang, len(msgs), clean))
        print("   " + ", ".join("%s=%d" % (k, per_rule[k]) for k in sorted(per_rule)))
    if errors:
        for e in errors:
            print("ERROR " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

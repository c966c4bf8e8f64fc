"""Validator for the v31 evaluation messages of writer c (pl, sv, tr)."""

import collections
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

RULES_MD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = {"pl": "627", "sv": "628", "tr": "629"}
KEYS = ["id", "language", "locale", "type", "format", "subject", "body",
        "order_id", "expected", "note"]
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FORMATS = {"text", "html"}
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
ANY_ORDER_RE = re.compile(r"(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])")
LOCALE_RE = re.compile(r"^[a-z]{2}-[A-Z]{2}$")
N_MESSAGES = 50
N_CLEAN = 17


def load_rule_ids():
    with open(RULES_MD, encoding="utf-8") as f:
        text = f.read()
    return set(re.findall(r"^\|\s*(BSM\d{3})\s*\|", text, re.M))


def main():
    rule_ids = load_rule_ids()
    errors = []
    seen_orders = {}
    report = []
    if not rule_ids:
        errors.append("no rule ids read from %s" % RULES_MD)
    for lang, prefix in LANGS.items():
        try:
            mod = importlib.import_module("lang_%s" % lang)
        except Exception as exc:  # noqa: BLE001
            errors.append("%s: cannot import: %r" % (lang, exc))
            continue
        msgs = getattr(mod, "MESSAGES", None)
        if not isinstance(msgs, list):
            errors.append("%s: MESSAGES is not a list" % lang)
            continue
        if len(msgs) != N_MESSAGES:
            errors.append("%s: %d records, expected %d" % (lang, len(msgs), N_MESSAGES))
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
                if k == "expected":
                    if not isinstance(m[k], list) or not all(isinstance(x, str) for x in m[k]):
                        errors.append("%s: expected must be a list of str" % where)
                elif not isinstance(m[k], str):
                    errors.append("%s: %s must be a str" % (where, k))
            if errors and errors[-1].startswith(where + ":") and "must be" in errors[-1]:
                continue
            want_id = "v31-%s-%03d" % (lang, i)
            if m["id"] != want_id:
                errors.append("%s: id %r, expected %r" % (where, m["id"], want_id))
            if m["language"] != lang:
                errors.append("%s: language %r" % (where, m["language"]))
            exp = m["expected"]
            if not LOCALE_RE.match(m["locale"]):
                errors.append("%s: bad locale %r" % (where, m["locale"]))
            elif not m["locale"].startswith(lang + "-") and "BSM104" not in exp:
                errors.append("%s: locale %r not %s-XX and no BSM104" % (where, m["locale"], lang))
            elif m["locale"].startswith(lang + "-") and "BSM104" in exp:
                # BSM104 with the right locale is allowed only if the text is in another
                # language; flag it so it gets a second look.
                pass
            if m["type"] not in TYPES:
                errors.append("%s: type %r not permitted" % (where, m["type"]))
            if m["format"] not in FORMATS:
                errors.append("%s: format %r" % (where, m["format"]))
            if not m["subject"].strip() or not m["body"].strip():
                errors.append("%s: empty subject or body" % where)
            if exp != sorted(exp):
                errors.append("%s: expected not sorted" % where)
            if len(set(exp)) != len(exp):
                errors.append("%s: expected has duplicates" % where)
            for r in exp:
                if r not in rule_ids:
                    errors.append("%s: unknown rule %s" % (where, r))
            if "BSM101" in exp:
                errors.append("%s: BSM101 must never be expected" % where)
            oid = m["order_id"]
            if not ORDER_RE.match(oid):
                errors.append("%s: order_id %r malformed" % (where, oid))
            if not oid.startswith(prefix + "-"):
                errors.append("%s: order_id %r lacks prefix %s-" % (where, oid, prefix))
            if oid in seen_orders:
                errors.append("%s: order_id %s also used in %s" % (where, oid, seen_orders[oid]))
            seen_orders[oid] = where
            text = m["subject"] + "\n" + m["body"]
            found = ANY_ORDER_RE.findall(text)
            if "BSM102" in exp:
                if found:
                    errors.append("%s: BSM102 case carries hyphenated numbers %s" % (where, found))
            else:
                if oid not in found:
                    errors.append("%s: order_id %s not in subject/body" % (where, oid))
                stray = [x for x in found if x != oid]
                if stray:
                    errors.append("%s: stray hyphenated order numbers %s" % (where, stray))
            if not m["note"].strip():
                errors.append("%s: empty note" % where)
            if m["format"] == "text" and re.search(r"<\s*(p|br|div|img|a|table)\b", m["body"], re.I):
                errors.append("%s: text body contains HTML tags" % where)
            if not exp:
                clean += 1
            per_rule.update(exp)
        if clean != N_CLEAN:
            errors.append("%s: %d clean records, expected %d" % (lang, clean, N_CLEAN))
        report.append((lang, len(msgs), clean, per_rule))

    for lang, n, clean, per_rule in report:
        rules = ", ".join("%s=%d" % (r, per_rule[r]) for r in sorted(per_rule))
        print("%s: %d records, %d clean; %s" % (lang, n, clean, rules))
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

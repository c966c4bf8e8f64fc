"""Validate lang_nl.py, lang_en.py, lang_de.py (writer a)."""
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
LOCALES = {"nl": {"nl-NL", "nl-BE"}, "en": {"en-GB", "en-US"}, "de": {"de-DE", "de-AT"}}
PREFIX = {"nl": "502-", "en": "503-", "de": "504-"}
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")


def load(lang):
    spec = importlib.util.spec_from_file_location("lang_" + lang, os.path.join(HERE, "lang_%s.py" % lang))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.MESSAGES


def main():
    rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))
    errors = []
    all_ids, all_oids = set(), set()
    for lang in ("nl", "en", "de"):
        msgs = load(lang)
        if len(msgs) != 50:
            errors.append("%s: %d records" % (lang, len(msgs)))
        clean = 0
        counts = {}
        for i, m in enumerate(msgs, 1):
            tag = "%s#%d" % (lang, i)
            if set(m) != set(FIELDS):
                errors.append("%s: fields %s" % (tag, sorted(set(m) ^ set(FIELDS))))
                continue
            for f, t in FIELDS.items():
                if not isinstance(m[f], t):
                    errors.append("%s: %s not %s" % (tag, f, t.__name__))
            if m["id"] != "v7-%s-%03d" % (lang, i):
                errors.append("%s: id %s" % (tag, m["id"]))
            if m["id"] in all_ids:
                errors.append("%s: duplicate id" % tag)
            all_ids.add(m["id"])
            if m["language"] != lang or m["locale"] not in LOCALES[lang]:
                errors.append("%s: language/locale" % tag)
            if m["type"] not in TYPES:
                errors.append("%s: type %s" % (tag, m["type"]))
            if m["format"] not in ("text", "html"):
                errors.append("%s: format" % tag)
            if not OID.match(m["order_id"]) or not m["order_id"].startswith(PREFIX[lang]):
                errors.append("%s: order_id %s" % (tag, m["order_id"]))
            if m["order_id"] in all_oids:
                errors.append("%s: duplicate order_id" % tag)
            all_oids.add(m["order_id"])
            exp = m["expected"]
            if exp != sorted(set(exp)) or not all(isinstance(x, str) for x in exp):
                errors.append("%s: expected not sorted/unique" % tag)
            for r in exp:
                if r not in rule_ids:
                    errors.append("%s: unknown rule %s" % (tag, r))
            if "BSM101" in exp:
                errors.append("%s: BSM101 never expected" % tag)
            present = m["order_id"] in m["subject"] or m["order_id"] in m["body"]
            any_hyphenated = re.search(r"\b\d{3}-\d{7}-\d{7}\b", m["subject"] + " " + m["body"])
            if "BSM102" in exp:
                if any_hyphenated:
                    errors.append("%s: BSM102 but an order number is present" % tag)
            elif not present:
                errors.append("%s: order number missing" % tag)
            if m["format"] == "text" and re.search(r"<[a-zA-Z/][^>]*>", m["body"]):
                errors.append("%s: html tag in text body" % tag)
            if "\n\n\n" in m["body"] and "BSM412" not in exp:
                errors.append("%s: blank-line run without BSM412" % tag)
            if not m["note"].strip():
                errors.append("%s: empty note" % tag)
            if not exp:
                clean += 1
            for r in exp:
                counts[r] = counts.get(r, 0) + 1
        if clean != 17:
            errors.append("%s: %d clean" % (lang, clean))
        print("%s: %d records, %d clean, %s" % (lang, len(msgs), clean,
              ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

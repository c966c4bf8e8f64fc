"""Validator for the v32 evaluation messages of writer b (fr, it, es).

Usage: python3 check_b.py   -> prints per-language counts and OK, or the errors and exits 1.
"""
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

RULES_MD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = {"fr": "634", "it": "635", "es": "636"}
TYPES = {
    "order-problem", "delivery-delay", "additional-information", "return-follow-up",
    "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
    "custom-design-verification", "fulfillment-question", "reply",
}
FORMATS = {"text", "html"}
KEYS = ["id", "language", "locale", "type", "format", "subject", "body",
        "order_id", "expected", "note"]
# never expected under the labelling policy (need order data, a clock, or are warnings on spelling)
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
NON_CRITICAL = {"return-follow-up", "invoice", "review-request", "reply"}
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
ORDER_ANY = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")


def rule_ids():
    ids = set()
    with open(RULES_MD, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^\|\s*(BSM\d{3})\s*\|", line)
            if m:
                ids.add(m.group(1))
    return ids


def main():
    errors = []
    rules = rule_ids()
    if not rules:
        errors.append("no rule ids found in " + RULES_MD)
    seen_orders = {}
    reports = []
    for lang, prefix in LANGS.items():
        try:
            mod = __import__("lang_" + lang)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{lang}: cannot import lang_{lang}.py: {exc!r}")
            continue
        msgs = getattr(mod, "MESSAGES", None)
        if not isinstance(msgs, list):
            errors.append(f"{lang}: MESSAGES is not a list")
            continue
        if len(msgs) != 50:
            errors.append(f"{lang}: {len(msgs)} records, expected 50")
        clean = 0
        per_rule = Counter()
        for i, rec in enumerate(msgs, 1):
            where = f"{lang}#{i}"
            if not isinstance(rec, dict):
                errors.append(f"{where}: record is not a dict")
                continue
            if sorted(rec.keys()) != sorted(KEYS):
                errors.append(f"{where}: keys {sorted(rec.keys())} != {sorted(KEYS)}")
                continue
            for k in KEYS:
                want = list if k == "expected" else str
                if not isinstance(rec[k], want):
                    errors.append(f"{where}: {k} is not {want.__name__}")
            if errors and errors[-1].startswith(where + ":") and "is not" in errors[-1]:
                continue
            where = f"{lang}#{i} ({rec['id']})"
            if rec["id"] != f"v32-{lang}-{i:03d}":
                errors.append(f"{where}: id should be v32-{lang}-{i:03d}")
            if rec["language"] != lang:
                errors.append(f"{where}: language {rec['language']!r} != {lang!r}")
            if not re.fullmatch(lang + r"-[A-Z]{2}", rec["locale"]):
                errors.append(f"{where}: locale {rec['locale']!r} is not {lang}-XX")
            if rec["type"] not in TYPES:
                errors.append(f"{where}: type {rec['type']!r} not permitted")
            if rec["format"] not in FORMATS:
                errors.append(f"{where}: format {rec['format']!r} not in {sorted(FORMATS)}")
            if not rec["subject"].strip():
                errors.append(f"{where}: empty subject")
            if not rec["body"].strip():
                errors.append(f"{where}: empty body")
            if not rec["note"].strip():
                errors.append(f"{where}: empty note")
            exp = rec["expected"]
            if not all(isinstance(x, str) for x in exp):
                errors.append(f"{where}: expected has non-string items")
            else:
                if exp != sorted(exp):
                    errors.append(f"{where}: expected not sorted: {exp}")
                if len(set(exp)) != len(exp):
                    errors.append(f"{where}: expected has duplicates: {exp}")
                for rid in exp:
                    if rid not in rules:
                        errors.append(f"{where}: {rid} is not in rules.md")
                    if rid in NEVER:
                        errors.append(f"{where}: {rid} is never expected under the labelling policy")
                if "BSM110" in exp and rec["type"] not in NON_CRITICAL:
                    errors.append(f"{where}: BSM110 expected on critical type {rec['type']}")
            oid = rec["order_id"]
            if not ORDER_RE.match(oid):
                errors.append(f"{where}: order_id {oid!r} is not NNN-NNNNNNN-NNNNNNN")
            elif not oid.startswith(prefix + "-"):
                errors.append(f"{where}: order_id {oid} lacks prefix {prefix}-")
            if oid in seen_orders:
                errors.append(f"{where}: order_id {oid} already used by {seen_orders[oid]}")
            seen_orders[oid] = rec["id"]
            text = rec["subject"] + "\n" + rec["body"]
            present = oid in text
            if "BSM102" in exp:
                if present:
                    errors.append(f"{where}: BSM102 expected but {oid} is present")
            elif not present:
                errors.append(f"{where}: order_id {oid} not in subject or body")
            for other in set(ORDER_ANY.findall(text)):
                if other != oid:
                    errors.append(f"{where}: stray hyphenated order number {other}")
            if not exp:
                clean += 1
            per_rule.update(exp)
        if clean != 17:
            errors.append(f"{lang}: {clean} clean records, expected 17")
        reports.append((lang, len(msgs), clean, per_rule))

    for lang, n, clean, per_rule in reports:
        rules_txt = ", ".join(f"{k}={v}" for k, v in sorted(per_rule.items()))
        print(f"{lang}: {n} records, {clean} clean; {rules_txt}")
    if errors:
        print(f"{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

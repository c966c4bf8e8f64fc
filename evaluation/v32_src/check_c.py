"""Validator for v32 writer C: lang_pl, lang_sv, lang_tr."""
import os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

LANGS = {"pl": ("637", "pl"), "sv": ("638", "sv"), "tr": ("639", "tr")}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
KEYS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id",
        "expected", "note"]
RULES_MD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
ANY_ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")


def rule_ids():
    with open(RULES_MD, encoding="utf-8") as f:
        return set(re.findall(r"^\|\s*(BSM\d{3})\s*\|", f.read(), re.M))


def main():
    rules = rule_ids()
    errors = []
    seen_orders = {}
    for lang, (prefix, _) in LANGS.items():
        try:
            mod = __import__("lang_" + lang)
        except Exception as e:  # noqa
            errors.append(f"{lang}: cannot import lang_{lang}: {e!r}")
            continue
        msgs = getattr(mod, "MESSAGES", None)
        if not isinstance(msgs, list):
            errors.append(f"{lang}: MESSAGES is not a list")
            continue
        if len(msgs) != 50:
            errors.append(f"{lang}: {len(msgs)} records, expected 50")
        counts = Counter()
        clean = 0
        for i, m in enumerate(msgs, 1):
            where = f"{lang}#{i}"
            if not isinstance(m, dict):
                errors.append(f"{where}: not a dict")
                continue
            if sorted(m.keys()) != sorted(KEYS):
                errors.append(f"{where}: keys {sorted(m.keys())}")
                continue
            for k in KEYS:
                if k == "expected":
                    if not isinstance(m[k], list) or not all(isinstance(x, str) for x in m[k]):
                        errors.append(f"{where}: expected must be a list of str")
                elif not isinstance(m[k], str):
                    errors.append(f"{where}: {k} must be str")
            if m["id"] != f"v32-{lang}-{i:03d}":
                errors.append(f"{where}: id {m['id']!r}")
            if m["language"] != lang:
                errors.append(f"{where}: language {m['language']!r}")
            if not re.fullmatch(lang + r"-[A-Z]{2}", str(m["locale"])):
                errors.append(f"{where}: locale {m['locale']!r}")
            if m["type"] not in TYPES:
                errors.append(f"{where}: type {m['type']!r}")
            if m["format"] not in ("text", "html"):
                errors.append(f"{where}: format {m['format']!r}")
            exp = m["expected"] if isinstance(m["expected"], list) else []
            if exp != sorted(exp):
                errors.append(f"{where}: expected not sorted")
            if len(set(exp)) != len(exp):
                errors.append(f"{where}: expected has duplicates")
            for r in exp:
                if r not in rules:
                    errors.append(f"{where}: unknown rule {r}")
            if "BSM101" in exp:
                errors.append(f"{where}: BSM101 must never be expected")
            oid = str(m["order_id"])
            if not ORDER_RE.match(oid):
                errors.append(f"{where}: order_id format {oid!r}")
            if not oid.startswith(prefix + "-"):
                errors.append(f"{where}: order_id prefix {oid!r}")
            if oid in seen_orders:
                errors.append(f"{where}: order_id {oid} reused (also {seen_orders[oid]})")
            seen_orders[oid] = where
            text = str(m["subject"]) + "\n" + str(m["body"])
            present = oid in text
            if "BSM102" in exp:
                if present:
                    errors.append(f"{where}: BSM102 case but order number present")
            elif not present:
                errors.append(f"{where}: order number missing from subject/body")
            for found in ANY_ORDER_RE.findall(text):
                if found != oid:
                    errors.append(f"{where}: stray order-like number {found}")
            if not str(m["note"]).strip():
                errors.append(f"{where}: empty note")
            if not str(m["body"]).strip():
                errors.append(f"{where}: empty body")
            if not exp:
                clean += 1
            counts.update(exp)
        if clean != 17:
            errors.append(f"{lang}: {clean} clean records, expected 17")
        print(f"{lang}: records={len(msgs)} clean={clean}")
        for r in sorted(counts):
            print(f"  {r}: {counts[r]}")
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

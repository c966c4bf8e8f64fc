"""Validator for v33 writer b: fr, it, es."""
import os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import importlib

LANGS = {"fr": ("644-", {"fr-FR", "fr-BE", "fr-CH"}),
         "it": ("645-", {"it-IT", "it-CH"}),
         "es": ("646-", {"es-ES"})}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
KEYS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id",
        "expected", "note"]
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8") as f:
    RULES = set(re.findall(r"^\| (BSM\d{3}) \|", f.read(), re.M))
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
ANY_ORDER = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
errors = []
seen_orders = {}
for lang, (prefix, locales) in LANGS.items():
    mod = importlib.import_module("lang_" + lang)
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errors.append(f"{lang}: {len(msgs)} records, expected 50")
    clean = 0
    per_rule = collections.Counter()
    for i, m in enumerate(msgs, 1):
        where = f"{lang}#{i}"
        if not isinstance(m, dict) or list(m.keys()) != KEYS and set(m.keys()) != set(KEYS):
            errors.append(f"{where}: bad keys {list(m.keys()) if isinstance(m, dict) else m}")
            continue
        for k in KEYS:
            want = list if k == "expected" else str
            if not isinstance(m[k], want):
                errors.append(f"{where}: {k} has type {type(m[k]).__name__}")
        if m["id"] != f"v33-{lang}-{i:03d}":
            errors.append(f"{where}: id {m['id']}")
        if m["language"] != lang:
            errors.append(f"{where}: language {m['language']}")
        if m["locale"] not in locales:
            errors.append(f"{where}: locale {m['locale']}")
        if m["type"] not in TYPES:
            errors.append(f"{where}: type {m['type']}")
        if m["format"] not in ("text", "html"):
            errors.append(f"{where}: format {m['format']}")
        exp = m["expected"]
        if exp != sorted(exp) or len(set(exp)) != len(exp):
            errors.append(f"{where}: expected not sorted/unique {exp}")
        for r in exp:
            if r not in RULES:
                errors.append(f"{where}: unknown rule {r}")
        if "BSM101" in exp:
            errors.append(f"{where}: BSM101 expected")
        oid = m["order_id"]
        if not ORDER_RE.match(oid):
            errors.append(f"{where}: order_id format {oid}")
        if not oid.startswith(prefix):
            errors.append(f"{where}: order_id prefix {oid}")
        if oid in seen_orders:
            errors.append(f"{where}: order_id {oid} also in {seen_orders[oid]}")
        seen_orders[oid] = where
        text = m["subject"] + "\n" + m["body"]
        present = oid in text
        if "BSM102" in exp:
            if present:
                errors.append(f"{where}: BSM102 expected but order number present")
        elif not present:
            errors.append(f"{where}: order number missing from subject/body")
        for found in ANY_ORDER.findall(text):
            if found != oid:
                errors.append(f"{where}: stray order number {found}")
        if not m["note"].strip():
            errors.append(f"{where}: empty note")
        if not m["body"].strip():
            errors.append(f"{where}: empty body")
        if not exp:
            clean += 1
        per_rule.update(exp)
    if clean != 17:
        errors.append(f"{lang}: {clean} clean, expected 17")
    print(f"{lang}: {len(msgs)} records, {clean} clean")
    for r in sorted(per_rule):
        print(f"  {r}: {per_rule[r]}")
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")

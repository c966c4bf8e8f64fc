"""Validate lang_nl, lang_en, lang_de (v16). Standard library only."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lang_de  # noqa: E402
import lang_en  # noqa: E402
import lang_nl  # noqa: E402

RULES = set(re.findall(r"\bBSM\d{3}\b", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note"]
ORD = re.compile(r"^\d{3}-\d{7}-\d{7}$")
EXPECT = {"nl": ("nl-NL", "470-"), "en": ("en-GB", "471-"), "de": ("de-DE", "472-")}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}

errors = []
all_ids, all_orders = set(), set()
for mod in (lang_nl, lang_en, lang_de):
    msgs = mod.MESSAGES
    lang = mod.LANG
    loc, pfx = EXPECT[lang]
    if len(msgs) != 50:
        errors.append(f"{lang}: {len(msgs)} records, want 50")
    clean = 0
    counts = {}
    for n, r in enumerate(msgs, 1):
        rid = r.get("id")
        if list(r.keys()) != FIELDS:
            errors.append(f"{rid}: fields {list(r.keys())}")
        for f in FIELDS:
            want = list if f == "expected" else str
            if not isinstance(r.get(f), want):
                errors.append(f"{rid}: {f} not {want.__name__}")
        if rid != f"v16-{lang}-{n:03d}":
            errors.append(f"{rid}: id out of sequence")
        if rid in all_ids:
            errors.append(f"{rid}: duplicate id")
        all_ids.add(rid)
        if r["language"] != lang or r["locale"] != loc:
            errors.append(f"{rid}: language/locale")
        if r["type"] not in TYPES:
            errors.append(f"{rid}: type {r['type']}")
        if r["format"] not in ("html", "text"):
            errors.append(f"{rid}: format {r['format']}")
        oid = r["order_id"]
        if not ORD.match(oid) or not oid.startswith(pfx):
            errors.append(f"{rid}: order_id {oid}")
        if oid in all_orders:
            errors.append(f"{rid}: duplicate order_id")
        all_orders.add(oid)
        exp = r["expected"]
        if exp != sorted(set(exp)):
            errors.append(f"{rid}: expected not sorted/unique")
        for e in exp:
            if e not in RULES:
                errors.append(f"{rid}: unknown rule {e}")
            if e in NEVER:
                errors.append(f"{rid}: rule {e} never expected by policy")
            counts[e] = counts.get(e, 0) + 1
        text = r["subject"] + "\n" + r["body"]
        has = re.search(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)", text) is not None
        if "BSM102" in exp:
            if has:
                errors.append(f"{rid}: BSM102 but order number present")
        elif oid not in text:
            errors.append(f"{rid}: order number missing")
        if r["format"] == "text" and "\n\n\n" in r["body"] and "BSM412" not in exp:
            errors.append(f"{rid}: blank-line run without BSM412")
        if not r["note"].strip() or not r["subject"].strip() or not r["body"].strip():
            errors.append(f"{rid}: empty subject/body/note")
        if not exp:
            clean += 1
            low = text.lower()
            if re.search(r"http://|mailto:|@|style=|<style|<font|align=|<center", low):
                errors.append(f"{rid}: clean record with a suspicious element")
    if clean != 17:
        errors.append(f"{lang}: {clean} clean, want 17")
    print(f"{lang}: {len(msgs)} records, {clean} clean, " +
          ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")

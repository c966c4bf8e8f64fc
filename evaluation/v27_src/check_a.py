"""Validate the v27 nl/en/de evaluation modules (standard library only)."""
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
PREFIX = {"nl": "581-", "en": "582-", "de": "583-"}
ORDER_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}

rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))
errors = []
all_ids, all_orders = set(), set()


def err(msg):
    errors.append(msg)


for lang in ("nl", "en", "de"):
    mod = importlib.import_module("lang_" + lang)
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        err(f"{lang}: {len(msgs)} records, expected 50")
    clean = 0
    counts = {}
    for i, r in enumerate(msgs, 1):
        rid = r.get("id", f"{lang}#{i}")
        if set(r) != set(FIELDS):
            err(f"{rid}: fields {sorted(set(r) ^ set(FIELDS))}")
        for k, t in FIELDS.items():
            if not isinstance(r.get(k), t):
                err(f"{rid}: {k} not {t.__name__}")
        if r["id"] != f"v27-{lang}-{i:03d}":
            err(f"{rid}: id out of sequence")
        if r["id"] in all_ids:
            err(f"{rid}: duplicate id")
        all_ids.add(r["id"])
        if r["language"] != lang:
            err(f"{rid}: language {r['language']}")
        if not re.fullmatch(r"[a-z]{2}-[A-Z]{2}", r["locale"]) or not r["locale"].startswith(lang + "-"):
            err(f"{rid}: locale {r['locale']}")
        if r["type"] not in TYPES:
            err(f"{rid}: type {r['type']}")
        if r["format"] not in ("text", "html"):
            err(f"{rid}: format {r['format']}")
        oid = r["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(PREFIX[lang]):
            err(f"{rid}: order_id {oid}")
        if oid in all_orders:
            err(f"{rid}: duplicate order_id")
        all_orders.add(oid)
        exp = r["expected"]
        if exp != sorted(set(exp)):
            err(f"{rid}: expected not sorted/unique")
        for e in exp:
            if e not in rule_ids:
                err(f"{rid}: unknown rule {e}")
            if e in NEVER:
                err(f"{rid}: {e} is never expected")
            counts[e] = counts.get(e, 0) + 1
        text = r["subject"] + "\n" + r["body"]
        found = ORDER_RE.findall(text)
        if "BSM102" in exp:
            if found:
                err(f"{rid}: BSM102 but order number present")
        else:
            if oid not in found:
                err(f"{rid}: order number missing")
            if any(f != oid for f in found):
                err(f"{rid}: other order number in text")
        if r["format"] == "text" and "<" in r["body"] and re.search(r"<\w+", r["body"]):
            err(f"{rid}: HTML tag in text body")
        if r["format"] == "html" and not re.search(r"<\w+", r["body"]):
            err(f"{rid}: html body without tags")
        if not exp:
            clean += 1
            # light sanity checks on clean messages
            b = r["body"]
            if "\n\n\n" in b:
                err(f"{rid}: clean but blank-line run")
            if re.search(r"style=|<font|align=|<center|http://|@|mailto:", b):
                err(f"{rid}: clean but contains a style/link/e-mail marker")
            for url in re.findall(r'href="([^"]+)"', b):
                if not re.match(r"https://www\.amazon\.", url):
                    err(f"{rid}: clean but non-Amazon link {url}")
            for img in re.findall(r"<img[^>]*>", b):
                if not re.search(r'alt="[^"]+"', img):
                    err(f"{rid}: clean but image without alt")
            if re.search("[\U0001F300-\U0001FAFF\u2600-\u27BF]|[:;]-?[)(DP]", b):
                err(f"{rid}: clean but emoji/emoticon")
            if re.search(r"\[(important|belangrijk|wichtig)\]", r["subject"], re.I) and r["type"] != "order-problem":
                err(f"{rid}: clean but important tag on non-critical type")
    if clean != 17:
        err(f"{lang}: {clean} clean records, expected 17")
    print(f"{lang}: {len(msgs)} records, clean {clean}, " +
          ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))

if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK: all records valid")

"""Validate v3 writer-B modules: lang_fr, lang_it, lang_es."""
import os
import importlib, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
RULES = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")).read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
OID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u00A9\u00AE\u2122]")
EMOTICON = re.compile(r"(?<![\w])[:;=8xX]-?[)(DPp]|<3|\^\^|\^_\^")
errors = []
def err(rid, msg): errors.append(f"{rid}: {msg}")
all_ids, all_orders = set(), set()
for lang, prefix in (("fr", "404-"), ("it", "405-"), ("es", "406-")):
    mod = importlib.import_module(f"lang_{lang}")
    msgs = mod.MESSAGES
    if len(msgs) != 50: err(lang, f"{len(msgs)} records")
    clean = sum(1 for m in msgs if m["expected"] == [])
    if clean != 17: err(lang, f"{clean} clean")
    counts = collections.Counter(r for m in msgs for r in m["expected"])
    print(lang, "clean", clean, dict(sorted(counts.items())),
          "locales", dict(collections.Counter(m["locale"] for m in msgs)))
    for i, m in enumerate(msgs, 1):
        rid = m.get("id")
        if set(m) != set(FIELDS): err(rid, f"fields {sorted(set(m) ^ set(FIELDS))}")
        for k, t in FIELDS.items():
            if not isinstance(m.get(k), t): err(rid, f"{k} not {t.__name__}")
        if rid != f"v3-{lang}-{i:03d}": err(rid, "bad id/sequence")
        if rid in all_ids: err(rid, "duplicate id")
        all_ids.add(rid)
        if m["language"] != lang: err(rid, "language")
        if not m["locale"].startswith(lang + "-"): err(rid, "locale")
        if m["type"] not in TYPES: err(rid, "type")
        if m["format"] not in ("html", "text"): err(rid, "format")
        if m["expected"] != sorted(set(m["expected"])): err(rid, "expected not sorted/unique")
        for r in m["expected"]:
            if r not in RULES: err(rid, f"{r} not in rules.md")
        for r in ("BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"):
            if r in m["expected"]: err(rid, f"{r} is never expected")
        o = m["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", o) or not o.startswith(prefix): err(rid, "order_id format")
        if o in all_orders: err(rid, "order_id reused")
        all_orders.add(o)
        text = m["subject"] + "\n" + m["body"]
        found = set(OID.findall(text))
        if "BSM102" in m["expected"]:
            if found: err(rid, "BSM102 but order number present")
        else:
            if o not in found: err(rid, "order number missing")
        if found - {o}: err(rid, f"other order numbers {found - {o}}")
        if not m["note"] or len(m["note"]) > 200: err(rid, "note")
        # sanity heuristics on clean records
        if m["expected"] == []:
            b = m["body"]
            if "@" in text: err(rid, "clean with @")
            if "http://" in text: err(rid, "clean with http://")
            if EMOJI.search(text) or EMOTICON.search(re.sub(r"<[^>]+>", " ", text)): err(rid, "clean with emoji/emoticon")
            if re.search(r"\n[ \t]*\n[ \t]*\n", b): err(rid, "clean with 2 blank lines")
            if m["format"] == "text" and re.search(r"https?://", b): err(rid, "clean text with bare URL")
            if m["format"] == "html":
                if re.search(r"style=|<style|<font|align=|<center|<script|<form|<iframe|color\s*[:=]", b, re.I):
                    err(rid, "clean html with styling")
                if re.search(r"(<br\s*/?>\s*){3,}|<p>\s*</p>|<p>&nbsp;</p>", b, re.I): err(rid, "clean html br run")
                for img in re.findall(r"<img[^>]*>", b, re.I):
                    if not re.search(r'alt="[^"]+"', img): err(rid, "clean img without alt")
                    if "https://" not in img: err(rid, "clean img not https")
                for href in re.findall(r'href="([^"]+)"', b):
                    if not re.match(r"https://(www\.)?amazon\.(fr|it|es|com\.be)/", href): err(rid, f"clean href {href}")
                if m["type"] != "order-problem" and re.search(r"\[import", m["subject"], re.I): err(rid, "important tag")
            if m["format"] == "text" and "<" in b and re.search(r"<[a-z]+[ >]", b): err(rid, "text with html")
        if m["format"] == "text" and "BSM412" not in m["expected"] and re.search(r"\n[ \t]*\n[ \t]*\n", m["body"]):
            err(rid, "2 blank lines without BSM412")
        if "BSM110" in m["expected"] and m["type"] not in ("return-follow-up", "invoice", "review-request", "reply"):
            err(rid, "BSM110 on critical type")
        if m["type"] == "order-problem" and "BSM110" in m["expected"]: err(rid, "BSM110 on order-problem")
if errors:
    print("\n".join(errors)); print(f"FAILED: {len(errors)} problems"); sys.exit(1)
print(f"OK: {len(all_ids)} records validated")

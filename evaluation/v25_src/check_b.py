"""Validate v25 lang_fr, lang_it, lang_es."""
import os, re, sys, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
PREFIX = {"fr": "563", "it": "564", "es": "565"}
LOCALE = {"fr": "fr-FR", "it": "it-IT", "es": "es-ES"}
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
errs = []
all_ids, all_orders = set(), set()
for lang in ("fr", "it", "es"):
    msgs = importlib.import_module("lang_" + lang).MESSAGES
    def e(m, x): errs.append("%s %s: %s" % (lang, m.get("id"), x))
    if len(msgs) != 50: errs.append("%s: %d records" % (lang, len(msgs)))
    clean = sum(1 for m in msgs if m.get("expected") == [])
    if clean != 17: errs.append("%s: %d clean" % (lang, clean))
    for i, m in enumerate(msgs, 1):
        if set(m) != set(FIELDS): e(m, "fields %s" % sorted(set(m) ^ set(FIELDS))); continue
        for k, t in FIELDS.items():
            if not isinstance(m[k], t): e(m, "type of " + k)
        if m["id"] != "v25-%s-%03d" % (lang, i): e(m, "id sequence")
        if m["id"] in all_ids: e(m, "duplicate id")
        all_ids.add(m["id"])
        if m["language"] != lang or m["locale"] != LOCALE[lang]: e(m, "language/locale")
        if m["type"] not in TYPES: e(m, "type " + m["type"])
        if m["format"] not in ("text", "html"): e(m, "format")
        if not OID.match(m["order_id"]) or not m["order_id"].startswith(PREFIX[lang] + "-"): e(m, "order_id form")
        if m["order_id"] in all_orders: e(m, "duplicate order_id")
        all_orders.add(m["order_id"])
        ex = m["expected"]
        if ex != sorted(set(ex)): e(m, "expected not sorted/unique")
        for r in ex:
            if r not in RULES: e(m, "unknown rule " + r)
        present = m["order_id"] in m["subject"] or m["order_id"] in m["body"]
        anyhyph = re.search(r"\b\d{3}-\d{7}-\d{7}\b", m["subject"] + m["body"])
        if "BSM102" in ex:
            if anyhyph: e(m, "BSM102 but hyphenated number present")
        elif not present: e(m, "order number missing")
        if "{o}" in m["subject"] + m["body"]: e(m, "unfilled placeholder")
        if not m["note"].strip() or "\n" in m["note"]: e(m, "note")
        if m["format"] == "text" and "\n\n\n" in m["body"] and "BSM412" not in ex: e(m, "blank lines")
        if m["format"] == "html" and "<" not in m["body"]: e(m, "html without tags")
        if m["format"] == "text" and re.search(r"<(p|br|div|table)\b", m["body"]): e(m, "tags in text")
        if m["format"] == "html" and re.search(r"\n\s*\n", m["body"]): e(m, "blank line in html")
        if not ex:
            low = (m["subject"] + " " + m["body"]).lower()
            for bad in ("http://", "style=", "<style", "@", "color:", "color=", "font-", "<font", "align", "line-height", "<font", "<center", ":)", ";-)", "alt=\"\""):
                if bad in low: e(m, "clean message contains " + repr(bad))
            if re.search(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]", m["subject"] + m["body"]): e(m, "emoji in clean")
            for u in re.findall(r'href="([^"]+)"', m["body"]):
                if not re.match(r"https://www\.amazon\.(fr|it|es)/", u): e(m, "non-Amazon link in clean")
            for tag in re.findall(r"<img[^>]*>", m["body"]):
                if 'alt="' not in tag or 'alt=""' in tag: e(m, "img alt")
            if "important" in m["subject"].lower() and m["type"] != "order-problem": e(m, "important tag")
    from collections import Counter
    c = Counter(r for m in msgs for r in m["expected"])
    print(lang, "clean", clean, dict(sorted(c.items())))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK: 150 records valid")

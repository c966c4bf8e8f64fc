"""Validate v16 writer-b modules: lang_fr, lang_it, lang_es."""
import importlib, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()
RULE_IDS = set(re.findall(r"^\| (BSM\d{3}) \|", RULES, re.M))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id",
          "expected", "note"]
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
LANGS = {"fr": ("fr-FR", "473"), "it": ("it-IT", "474"), "es": ("es-ES", "475")}

errors, all_orders = [], set()
for lang, (loc, pfx) in LANGS.items():
    msgs = importlib.import_module("lang_" + lang).MESSAGES
    def err(m, s):
        errors.append("%s: %s" % (m.get("id", "?"), s))
    if len(msgs) != 50:
        errors.append("%s: %d records, want 50" % (lang, len(msgs)))
    ids = [m.get("id") for m in msgs]
    if len(set(ids)) != len(ids):
        errors.append("%s: duplicate ids" % lang)
    if sorted(ids) != ["v16-%s-%03d" % (lang, i) for i in range(1, 51)]:
        errors.append("%s: ids not v16-%s-001..050" % (lang, lang))
    clean = 0
    counts = {}
    for m in msgs:
        if list(m.keys()) != FIELDS and set(m.keys()) != set(FIELDS):
            err(m, "fields %s" % sorted(m.keys()))
            continue
        for f in FIELDS:
            if f == "expected":
                if not isinstance(m[f], list) or not all(isinstance(x, str) for x in m[f]):
                    err(m, "expected not list of str")
            elif not isinstance(m[f], str) or not m[f]:
                err(m, "%s not a non-empty str" % f)
        if m["language"] != lang or m["locale"] != loc:
            err(m, "language/locale")
        if m["type"] not in TYPES:
            err(m, "bad type %s" % m["type"])
        if m["format"] not in ("html", "text"):
            err(m, "bad format")
        if m["expected"] != sorted(set(m["expected"])):
            err(m, "expected not sorted/unique")
        for r in m["expected"]:
            if r not in RULE_IDS:
                err(m, "unknown rule %s" % r)
            counts[r] = counts.get(r, 0) + 1
        if not ORDER_RE.match(m["order_id"]) or not m["order_id"].startswith(pfx + "-"):
            err(m, "order_id format/prefix")
        if m["order_id"] in all_orders:
            err(m, "order_id reused")
        all_orders.add(m["order_id"])
        present = m["order_id"] in m["subject"] or m["order_id"] in m["body"]
        if "BSM102" in m["expected"]:
            if re.search(r"\d{3}-\d{7}-\d{7}", m["subject"] + m["body"]):
                err(m, "BSM102 case carries a hyphenated order number")
        elif not present:
            err(m, "order number missing")
        if m["format"] == "text" and "\n\n\n" in m["body"] and "BSM412" not in m["expected"]:
            err(m, "blank-line run without BSM412")
        if not m["expected"]:
            clean += 1
            if m["format"] == "html" and re.search(
                    r"color|font-family|line-height|text-align|align=|<center|<style", m["body"], re.I):
                err(m, "clean HTML sets a style")
            if re.search(r"@|http://|mailto:", m["body"]):
                err(m, "clean message has @ / http / mailto")
    if clean != 17:
        errors.append("%s: %d clean, want 17" % (lang, clean))
    print(lang, "records", len(msgs), "clean", clean,
          " ".join("%s=%d" % kv for kv in sorted(counts.items())))

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK: all checks passed")

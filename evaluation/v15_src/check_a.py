"""Validate v15 modules lang_nl, lang_en, lang_de (standard library only)."""
import importlib, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
LANGS = {"nl": ("nl-NL", "460"), "en": ("en-GB", "461"), "de": ("de-DE", "462")}
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")

errors, all_ids, all_oids = [], set(), set()
def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))

assert len(RULES) >= 40, RULES
for lang, (locale, pfx) in LANGS.items():
    mod = importlib.import_module("lang_" + lang)
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        err(lang, "has %d records, want 50" % len(msgs))
    clean = 0
    for i, m in enumerate(msgs, 1):
        rid = m.get("id", "?")
        if set(m) != set(FIELDS):
            err(rid, "fields %s" % sorted(set(m) ^ set(FIELDS)))
        for k, t in FIELDS.items():
            if not isinstance(m.get(k), t):
                err(rid, "field %s not %s" % (k, t.__name__))
        if rid != "v15-%s-%03d" % (lang, i):
            err(rid, "bad id / order")
        if rid in all_ids:
            err(rid, "duplicate id")
        all_ids.add(rid)
        if m["language"] != lang or m["locale"] != locale:
            err(rid, "language/locale")
        if m["type"] not in TYPES:
            err(rid, "type %s" % m["type"])
        if m["format"] not in ("html", "text"):
            err(rid, "format")
        oid = m["order_id"]
        if not OID.match(oid) or not oid.startswith(pfx + "-"):
            err(rid, "order_id %s" % oid)
        if oid in all_oids:
            err(rid, "duplicate order_id")
        all_oids.add(oid)
        exp = m["expected"]
        if exp != sorted(set(exp)):
            err(rid, "expected not sorted/unique")
        for r in exp:
            if r not in RULES:
                err(rid, "unknown rule %s" % r)
        present = oid in m["subject"] or oid in m["body"]
        if "BSM102" in exp:
            if re.search(r"\d{3}-\d{7}-\d{7}", m["subject"] + m["body"]):
                err(rid, "BSM102 but an order number is present")
        elif not present:
            err(rid, "order number missing")
        if not m["note"] or not m["body"]:
            err(rid, "empty note/body")
        if not exp:
            clean += 1
            txt = m["subject"] + m["body"]
            if EMOJI.search(txt) or "@" in txt or "http://" in txt or "\n\n\n" in m["body"]:
                err(rid, "clean record has emoji/@/http/blank-line run")
            if m["format"] == "html" and re.search(r"style=|<style|font-family|color|align|line-height|<font|<center", m["body"], re.I):
                err(rid, "clean html sets styling")
            if re.search(r"\[(important|belangrijk|wichtig)\]", m["subject"], re.I) and m["type"] != "order-problem":
                err(rid, "important tag on clean non-order-problem")
        if "BSM412" not in exp and m["format"] == "text" and "\n\n\n" in m["body"]:
            err(rid, "blank-line run without BSM412")
    if clean != 17:
        err(lang, "%d clean, want 17" % clean)
    counts = {}
    for m in msgs:
        for r in m["expected"]:
            counts[r] = counts.get(r, 0) + 1
    print(lang, "records", len(msgs), "clean", clean, "per rule", dict(sorted(counts.items())))

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK: all checks passed")

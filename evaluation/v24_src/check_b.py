"""Validate v24 lang_fr / lang_it / lang_es modules."""
import importlib, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
errors = []
all_oids = set()
for lang, prefix in (("fr", "553"), ("it", "554"), ("es", "555")):
    msgs = importlib.import_module("lang_" + lang).MESSAGES
    def err(m, s): errors.append("%s: %s" % (m.get("id", "?"), s))
    if len(msgs) != 50: errors.append("%s: %d records" % (lang, len(msgs)))
    ids = [m.get("id") for m in msgs]
    if len(set(ids)) != len(ids): errors.append(lang + ": duplicate ids")
    if ids != ["v24-%s-%03d" % (lang, i) for i in range(1, 51)]: errors.append(lang + ": id sequence")
    clean = sum(1 for m in msgs if m.get("expected") == [])
    if clean != 17: errors.append("%s: %d clean" % (lang, clean))
    for m in msgs:
        if set(m) != set(FIELDS): err(m, "fields %s" % sorted(set(m) ^ set(FIELDS)))
        for k, t in FIELDS.items():
            if not isinstance(m.get(k), t): err(m, "field %s type" % k)
        if m["language"] != lang: err(m, "language")
        if not m["locale"].startswith(lang + "-"): err(m, "locale")
        if m["type"] not in TYPES: err(m, "type")
        if m["format"] not in ("html", "text"): err(m, "format")
        if not OID.match(m["order_id"]) or not m["order_id"].startswith(prefix + "-"): err(m, "order_id format")
        if m["order_id"] in all_oids: err(m, "order_id duplicate")
        all_oids.add(m["order_id"])
        exp = m["expected"]
        if exp != sorted(exp) or len(set(exp)) != len(exp): err(m, "expected not sorted/unique")
        for r in exp:
            if r not in RULES: err(m, "unknown rule " + r)
        if "BSM101" in exp: err(m, "BSM101 never expected")
        present = m["order_id"] in m["subject"] or m["order_id"] in m["body"]
        if ("BSM102" in exp) == present: err(m, "order number presence vs BSM102")
        if not m["note"].strip(): err(m, "empty note")
        # cheap sanity checks for clean records
        if not exp:
            txt = m["subject"] + m["body"]
            if EMOJI.search(txt): err(m, "emoji in clean")
            if "http://" in txt or "@" in txt: err(m, "http or @ in clean")
            if re.search(r"style=|<style|<font|align=|<center", txt): err(m, "styling in clean")
            if "\n\n\n" in txt or re.search(r"(<br\s*/?>\s*){3}", txt): err(m, "line breaks in clean")
            for h in re.findall(r'href="([^"]+)"', txt):
                if not re.match(r"https://[^/]*amazon\.", h): err(m, "non-amazon link in clean")
        if m["format"] == "text" and "<" in m["body"] and "<3" not in m["body"]: err(m, "markup in text body")
    counts = {}
    for m in msgs:
        for r in m["expected"]: counts[r] = counts.get(r, 0) + 1
    print(lang, "records", len(msgs), "clean", clean, dict(sorted(counts.items())))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK: all checks passed")

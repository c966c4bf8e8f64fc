"""Validate lang_nl, lang_en, lang_de (v25 writer A)."""
import importlib, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note"]
LANGS = {"nl": ("560", "nl-NL"), "en": ("561", "en-GB"), "de": ("562", "de-DE")}
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
errors, seen_ids, seen_oids = [], set(), set()
for lang, (pfx, loc) in LANGS.items():
    msgs = importlib.import_module("lang_" + lang).MESSAGES
    def err(m, s): errors.append("%s: %s" % (m.get("id", "?"), s))
    if len(msgs) != 50: errors.append("%s: %d records" % (lang, len(msgs)))
    if sum(1 for m in msgs if m.get("expected") == []) != 17: errors.append("%s: clean count != 17" % lang)
    for i, m in enumerate(msgs, 1):
        if list(m.keys()) != FIELDS and set(m.keys()) != set(FIELDS): err(m, "fields %s" % sorted(m)); continue
        for f in FIELDS:
            if f != "expected" and not (isinstance(m[f], str) and m[f]): err(m, "bad %s" % f)
        if m["id"] != "v25-%s-%03d" % (lang, i): err(m, "id sequence")
        if m["id"] in seen_ids: err(m, "duplicate id")
        seen_ids.add(m["id"])
        if m["language"] != lang or m["locale"] != loc: err(m, "language/locale")
        if m["type"] not in TYPES: err(m, "type")
        if m["format"] not in ("text", "html"): err(m, "format")
        e = m["expected"]
        if not isinstance(e, list) or e != sorted(set(e)) or not all(isinstance(x, str) for x in e): err(m, "expected not sorted list")
        for x in e:
            if x not in RULES: err(m, "unknown rule " + x)
            if x in ("BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"): err(m, "policy-excluded " + x)
        o = m["order_id"]
        if not OID.match(o) or not o.startswith(pfx + "-"): err(m, "order_id format")
        if o in seen_oids: err(m, "duplicate order_id")
        seen_oids.add(o)
        present = o in m["subject"] or o in m["body"]
        anyhyph = re.search(r"\b\d{3}-\d{7}-\d{7}\b", m["subject"] + m["body"])
        if "BSM102" in e:
            if anyhyph: err(m, "BSM102 but hyphenated order number present")
        elif not present: err(m, "order number missing")
        if m["format"] == "text" and "\n\n\n" in m["body"] and "BSM412" not in e: err(m, "blank lines")
        if "BSM412" not in e and (re.search(r"(<br\s*/?>\s*){3,}", m["body"]) or "<p></p>" in m["body"]): err(m, "breaks")
        if not e:
            b = m["body"]
            if re.search(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|[:;]-?[)D(P]", b): err(m, "emoji in clean")
            if "@" in b or "http:" in b or re.search(r"(color|font-family|line-height|text-align|align=|<center|<style)", b): err(m, "style/link/email in clean")
            for h in re.findall(r'href="([^"]+)"', b):
                if not h.startswith("https://www.amazon."): err(m, "non-Amazon link in clean")
            for tag in re.findall(r"<img[^>]*>", b):
                if not re.search(r'alt="[^"]+"', tag): err(m, "img alt")
            if re.search(r"\[(important|belangrijk|wichtig)\]", m["subject"], re.I) and m["type"] != "order-problem": err(m, "tag")
        if "BSM110" in e and not re.search(r"\[(important|belangrijk|wichtig)\]", m["subject"], re.I): err(m, "BSM110 without tag")
    print(lang, "records", len(msgs), "clean", sum(1 for m in msgs if not m["expected"]))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK: all checks passed")

"""Validate lang_pl, lang_sv and lang_tr for the v25 evaluation set."""
import importlib, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = set(re.findall(r"\| (BSM\d{3}) \|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note"]
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
LOCALES = {"pl": "pl-PL", "sv": "sv-SE", "tr": "tr-TR"}
PREFIX = {"pl": "566-", "sv": "567-", "tr": "568-"}
errors = []
all_ids, all_oids = set(), set()
for lang in ("pl", "sv", "tr"):
    msgs = importlib.import_module("lang_" + lang).MESSAGES
    def err(m, s):
        errors.append("%s: %s" % (m.get("id", "?"), s))
    if len(msgs) != 50:
        errors.append("%s: %d records" % (lang, len(msgs)))
    clean = 0
    for i, m in enumerate(msgs, 1):
        if list(m.keys()) != FIELDS and set(m.keys()) != set(FIELDS):
            err(m, "fields %s" % sorted(m.keys()))
            continue
        for f in FIELDS:
            if f == "expected":
                if not isinstance(m[f], list) or not all(isinstance(x, str) for x in m[f]):
                    err(m, "expected not list of str")
            elif not isinstance(m[f], str) or not m[f]:
                err(m, "%s not non-empty str" % f)
        if m["id"] != "v25-%s-%03d" % (lang, i):
            err(m, "bad id")
        if m["id"] in all_ids:
            err(m, "duplicate id")
        all_ids.add(m["id"])
        if m["language"] != lang or m["locale"] != LOCALES[lang]:
            err(m, "language/locale")
        if m["type"] not in TYPES:
            err(m, "type %s" % m["type"])
        if m["format"] not in ("text", "html"):
            err(m, "format")
        if not OID.match(m["order_id"]) or not m["order_id"].startswith(PREFIX[lang]):
            err(m, "order_id format")
        if m["order_id"] in all_oids:
            err(m, "duplicate order_id")
        all_oids.add(m["order_id"])
        exp = m["expected"]
        if exp != sorted(set(exp)):
            err(m, "expected not sorted/unique")
        for r in exp:
            if r not in RULES:
                err(m, "unknown rule %s" % r)
            if r in ("BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"):
                err(m, "rule %s never expected" % r)
        present = m["order_id"] in m["subject"] or m["order_id"] in m["body"]
        anyhyph = re.search(r"\d{3}-\d{7}-\d{7}", m["subject"] + m["body"])
        if "BSM102" in exp:
            if anyhyph:
                err(m, "BSM102 but a hyphenated order number is present")
        elif not present:
            err(m, "order number missing")
        if m["format"] == "text" and re.search(r"<(p|br|div|img|a)\b", m["body"]):
            err(m, "html in text body")
        if not exp:
            clean += 1
            text = m["subject"] + m["body"]
            if "\n\n\n" in m["body"]:
                err(m, "clean with blank-line run")
            if re.search(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]|[:;]-?[)(DP]", text):
                err(m, "clean with emoji/emoticon")
            if "@" in text or "http://" in text or re.search(r"style=|<font|align=|<center", text):
                err(m, "clean with forbidden element")
            for h in re.findall(r'href="([^"]+)"', text):
                if not re.match(r"https://www\.amazon\.", h):
                    err(m, "clean with non-Amazon link")
            if re.search(r"\[(ważne|viktigt|önemli)\]", m["subject"], re.I) and m["type"] != "order-problem":
                err(m, "clean with important tag")
        if not m["note"].endswith("."):
            err(m, "note should be one sentence")
    if clean != 17:
        errors.append("%s: %d clean (want 17)" % (lang, clean))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK: 150 records, 3 languages, 17 clean each")

import os
import json, re, sys, collections
RULES = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")).read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice", "review-request",
         "delivery-scheduling", "home-service-appointment", "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note"]
LANGS = ["nl", "en", "de", "fr", "it", "es", "pl", "sv", "tr"]
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "heldout2.jsonl")
errs = []; ids = set(); per_lang = collections.Counter(); clean = collections.Counter(); per_rule = collections.Counter()
rule_lang = collections.defaultdict(collections.Counter); fmt = collections.Counter(); multi = 0
for i, line in enumerate(open(path, encoding="utf-8"), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: bad JSON {e}"); continue
    if list(r) != FIELDS: errs.append(f"line {i}: fields {list(r)}")
    if r["id"] in ids: errs.append(f"dup id {r['id']}")
    ids.add(r["id"])
    if not re.fullmatch(r"h2-(%s)-\d{3}" % "|".join(LANGS), r["id"]) or r["id"][3:5] != r["language"]: errs.append(f"{r['id']}: id/lang")
    if not r["locale"].startswith(r["language"] + "-"): errs.append(f"{r['id']}: locale {r['locale']}")
    if r["type"] not in TYPES: errs.append(f"{r['id']}: type")
    if r["format"] not in ("html", "text"): errs.append(f"{r['id']}: format")
    if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", r["order_id"]): errs.append(f"{r['id']}: order_id")
    if "BSM102" not in r["expected"] and r["order_id"] not in r["subject"] + r["body"]: errs.append(f"{r['id']}: order id not in message")
    if "{o}" in r["subject"] + r["body"]: errs.append(f"{r['id']}: placeholder left")
    if r["expected"] != sorted(set(r["expected"])): errs.append(f"{r['id']}: expected not sorted/unique")
    for x in r["expected"]:
        if x not in RULES: errs.append(f"{r['id']}: unknown rule {x}")
    if r["format"] == "text" and re.search(r"<(p|br|img|a|div)\b", r["body"]): errs.append(f"{r['id']}: html in text body")
    if r["format"] == "html" and not re.search(r"<(p|div|table|center|h1)\b", r["body"]): errs.append(f"{r['id']}: no html in html body")
    for s in (r["subject"], r["body"]):
        if s != s.strip() or not s: errs.append(f"{r['id']}: whitespace")
    per_lang[r["language"]] += 1; fmt[(r["language"], r["format"])] += 1
    if not r["expected"]: clean[r["language"]] += 1
    if len(r["expected"]) > 1: multi += 1
    for x in r["expected"] or ["(clean)"]:
        per_rule[x] += 1; rule_lang[x][r["language"]] += 1
print("errors:", len(errs)); [print("  ", e) for e in errs]
print("records:", sum(per_lang.values()), " unique ids:", len(ids), " multi-label:", multi)
print("per language (total / clean / violating / html):")
for l in LANGS: print(f"  {l}: {per_lang[l]} / {clean[l]} / {per_lang[l]-clean[l]} / {fmt[(l,'html')]}")
print("per expected rule (count: languages):")
for k in sorted(per_rule): print(f"  {k}: {per_rule[k]}  " + " ".join(f"{l}{rule_lang[k][l]}" for l in LANGS if rule_lang[k][l]))

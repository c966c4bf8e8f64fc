"""Validate lang_fr, lang_it, lang_es (v15 writer b)."""
import os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lang_fr, lang_it, lang_es

RULES = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
SPEC = [(lang_fr, "fr", "fr-FR", "463"), (lang_it, "it", "it-IT", "464"), (lang_es, "es", "es-ES", "465")]
ORD = re.compile(r"^\d{3}-\d{7}-\d{7}$")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]|[:;]-?[)(DP]|<3")
errors = []
seen_ids, seen_orders = set(), set()
for mod, lang, loc, pre in SPEC:
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errors.append("%s: %d records" % (lang, len(msgs)))
    for i, r in enumerate(msgs, 1):
        rid = r.get("id")
        if set(r) != set(FIELDS):
            errors.append("%s: fields %s" % (rid, sorted(set(r) ^ set(FIELDS))))
        for k, t in FIELDS.items():
            if not isinstance(r.get(k), t):
                errors.append("%s: %s not %s" % (rid, k, t.__name__))
        if rid != "v15-%s-%03d" % (lang, i): errors.append("%s: bad id" % rid)
        if rid in seen_ids: errors.append("%s: duplicate id" % rid)
        seen_ids.add(rid)
        if r["language"] != lang or r["locale"] != loc: errors.append("%s: language/locale" % rid)
        if r["type"] not in TYPES: errors.append("%s: type %s" % (rid, r["type"]))
        if r["format"] not in ("text", "html"): errors.append("%s: format" % rid)
        o = r["order_id"]
        if not ORD.match(o) or not o.startswith(pre + "-"): errors.append("%s: order_id %s" % (rid, o))
        if o in seen_orders: errors.append("%s: duplicate order %s" % (rid, o))
        seen_orders.add(o)
        exp = r["expected"]
        if exp != sorted(set(exp)): errors.append("%s: expected not sorted/unique" % rid)
        for e in exp:
            if e not in RULES: errors.append("%s: unknown rule %s" % (rid, e))
        text = r["subject"] + "\n" + r["body"]
        has = bool(re.search(r"\d{3}-\d{7}-\d{7}", text))
        if "BSM102" in exp:
            if has: errors.append("%s: BSM102 but number present" % rid)
        elif o not in text:
            errors.append("%s: order number missing" % rid)
        if not r["note"].strip(): errors.append("%s: empty note" % rid)
        if not exp:  # heuristic sanity checks on clean records
            low = text.lower()
            for bad in ("http:", "@", "mailto", "style", "<font", "align", "<center", "\n\n\n",
                        "<br><br><br>", "<p></p>", "unsubscribe", "stop"):
                if bad in low: errors.append("%s: clean but contains %r" % (rid, bad))
            if EMOJI.search(text): errors.append("%s: clean but emoji/emoticon" % rid)
            for a in re.findall(r"href=\"([^\"]+)\"", r["body"]):
                if not re.match(r"https://www\.amazon\.", a): errors.append("%s: non-Amazon link" % rid)
            for img in re.findall(r"<img[^>]*>", r["body"]):
                if not re.search(r'alt="[^"]+"', img): errors.append("%s: img without alt" % rid)
    clean = sum(1 for r in msgs if not r["expected"])
    if clean != 17: errors.append("%s: %d clean" % (lang, clean))
    c = collections.Counter(e for r in msgs for e in r["expected"])
    print(lang, "records", len(msgs), "clean", clean, dict(sorted(c.items())))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK: all checks passed")

"""Validate the v4 evaluation modules lang_fr, lang_it, lang_es (writer b)."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lang_es  # noqa: E402
import lang_fr  # noqa: E402
import lang_it  # noqa: E402

RULES = set(re.findall(r"\bBSM\d{3}\b", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NONCRITICAL = {"return-follow-up", "invoice", "review-request", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
PREFIX = {"fr": "205", "it": "206", "es": "207"}
LOCALES = {"fr": {"fr-FR", "fr-BE"}, "it": {"it-IT"}, "es": {"es-ES"}}
IMPORTANT = re.compile(r"\[(important|importante)\]", re.I)
OID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]|[:;]-?[)(DP]|<3")

errors = []
seen_ids, seen_orders = set(), set()


def err(rec, msg):
    errors.append("%s: %s" % (rec.get("id", "?"), msg))


for lang, mod in (("fr", lang_fr), ("it", lang_it), ("es", lang_es)):
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errors.append("%s: %d records, want 50" % (lang, len(msgs)))
    clean = [r for r in msgs if r.get("expected") == []]
    if len(clean) != 17:
        errors.append("%s: %d clean, want 17" % (lang, len(clean)))
    for i, r in enumerate(msgs, 1):
        if set(r) != set(FIELDS):
            err(r, "fields %s" % sorted(set(r) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(r[k], t) or (t is str and not r[k].strip()):
                err(r, "field %s bad" % k)
        if r["id"] != "v4-%s-%03d" % (lang, i):
            err(r, "id out of sequence")
        if r["id"] in seen_ids:
            err(r, "duplicate id")
        seen_ids.add(r["id"])
        if r["language"] != lang or r["locale"] not in LOCALES[lang]:
            err(r, "language/locale")
        if r["type"] not in TYPES:
            err(r, "type %s" % r["type"])
        if r["format"] not in ("text", "html"):
            err(r, "format")
        exp = r["expected"]
        if exp != sorted(set(exp)) or not all(isinstance(x, str) for x in exp):
            err(r, "expected not sorted/unique")
        for x in exp:
            if x not in RULES:
                err(r, "unknown rule %s" % x)
            if x in ("BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"):
                err(r, "rule %s never expected by policy" % x)
        o = r["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", o) or not o.startswith(PREFIX[lang] + "-"):
            err(r, "order_id format/prefix %s" % o)
        if o in seen_orders:
            err(r, "duplicate order_id")
        seen_orders.add(o)
        text = r["subject"] + "\n" + r["body"]
        present = o in text
        if "BSM102" in exp:
            if OID.search(text):
                err(r, "BSM102 case carries a hyphenated order number")
        elif not present:
            err(r, "order number missing")
        for other in OID.findall(text):
            if other != o:
                err(r, "foreign order number %s" % other)
        # BSM110 consistency
        tag = bool(IMPORTANT.search(r["subject"]))
        if tag and r["type"] in NONCRITICAL and "BSM110" not in exp:
            err(r, "[Important] on non-critical type but BSM110 not expected")
        if "BSM110" in exp and not (tag and r["type"] in NONCRITICAL):
            err(r, "BSM110 expected without tag on non-critical type")
        if "BSM107" in exp and r["type"] != "order-problem":
            err(r, "BSM107 on non order-problem")
        # heuristic lint: every message, each finding tied to the rule(s) that would cover it
        b = r["body"]

        def flag(rules, msg):
            if not set(rules) & set(exp):
                err(r, "unexpected %s (%s)" % ("/".join(rules), msg))

        if EMOJI.search(text):
            flag(["BSM403"], "emoji/emoticon")
        if "@" in text or re.search(r"\b(arobase|chiocciola|arroba)\b", text, re.I):
            flag(["BSM308"], "e-mail-like")
        if "http://" in b:
            flag(["BSM301", "BSM413"], "http")
        for href in re.findall(r'href="([^"]*)"', b):
            if href.startswith("https://") and not re.match(r"https://www\.amazon\.(fr|it|es)/", href):
                flag(["BSM302"], "non-Amazon link %s" % href)
        for m_ in re.finditer(r"<a\b[^>]*>(.*?)</a>", b, re.S):
            t = re.sub(r"<[^>]+>", "", m_.group(1)).strip().lower()
            if "<img" in m_.group(1):
                flag(["BSM304"], "linked image")
            elif len(t) < 12 or t.startswith("http") or t in ("ici", "qui", "aquí", "aqui"):
                flag(["BSM401"], "non-descriptive link")
        if r["format"] == "text" and re.search(r"https?://", b):
            flag(["BSM401"], "bare URL")
        for k, rule in (("font-family", "BSM407"), ("line-height", "BSM408"), ("color", "BSM409"),
                        ("text-align", "BSM411"), ("align=", "BSM411"), ("<center", "BSM411"),
                        ("<font", "BSM409"), ("font-size", "BSM410")):
            if any(k in tag_.lower() for tag_ in re.findall(r"<[^>]+>|<style>.*?</style>", b, re.S)):
                flag([rule], k)
        if re.search(r"(padding|margin)(-left|-right)?\s*:", b, re.I):
            flag(["BSM405"], "padding/margin")
        if re.search(r"<script|<form|<iframe|<object|<embed|javascript:|\son\w+=", b, re.I):
            flag(["BSM312"], "active content")
        for img in re.findall(r"<img\b[^>]*>", b):
            alt = re.search(r'alt="([^"]*)"', img)
            if not alt or not alt.group(1).strip():
                flag(["BSM402"], "image without alt")
            w = re.search(r'width="(\d+)"', img)
            if not w or int(w.group(1)) > 480:
                flag(["BSM406"], "image width")
            if w and int(w.group(1)) <= 2:
                flag(["BSM307"], "pixel")
            if "logo" not in img.lower() and not (w and int(w.group(1)) <= 2):
                flag(["BSM310", "BSM311"], "non-logo image")
        if r["format"] == "text" and "\n\n\n" in b:
            flag(["BSM412"], "blank-line run")
        if r["format"] == "html" and (re.search(r"(<br\s*/?>\s*){3,}", b) or re.search(r"<p>\s*(&nbsp;)?\s*</p>", b)):
            flag(["BSM412"], "br run / empty paragraph")
        if re.search(r"\b(stop|unsubscribe|désabonner|disiscriv|baja)\b", b, re.I):
            flag(["BSM305"], "opt-out word")
        for line in b.splitlines():
            if re.search(r"SIRET|TVA|P\.IVA|CIF|RCS|REA|Registro", line):
                continue
            if re.search(r"\+\d{2}|\b0\d(?:[ .]?\d{2}){4}\b|\b[6789]\d{2} ?\d{3} ?\d{3}\b|\b0\d{2,3} \d{3,4} \d{3,4}\b|\b800 ?\d{3} ?\d{3}\b", line):
                if not re.search(r"fabricant|produttore|fabricante", line, re.I):
                    flag(["BSM309"], "phone-like number: %s" % line.strip()[:60])
        if r["format"] == "text" and re.search(r"<(p|br|a|img|table)\b", r["body"]):
            err(r, "text format with HTML tags")
        if r["format"] == "html" and not re.search(r"<(p|table|div)\b", r["body"]):
            err(r, "html format without block tags")

for lang, mod in (("fr", lang_fr), ("it", lang_it), ("es", lang_es)):
    counts = {}
    for r in mod.MESSAGES:
        for x in r["expected"] or ["clean"]:
            counts[x] = counts.get(x, 0) + 1
    print(lang, " ".join("%s=%d" % kv for kv in sorted(counts.items())))

if errors:
    print("\n".join(errors))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: 150 records valid")

"""Validate the v6 fr/it/es modules (writer b). Standard library only."""
import os
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lang_fr, lang_it, lang_es

RULES = set(re.findall(r"^\| (BSM\d{3}) \|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read(), re.M))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
OID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u231A-\u23FF]|(?<!\\w)[:;]-?[)(DPp]|<3")
STYLE = re.compile(r"font-family|line-height|(?<![\w-])color\s*[:=]|text-align|align=|<center|<font|<style|style=", re.I)
LOCALES = {"fr": {"fr-FR", "fr-BE"}, "it": {"it-IT"}, "es": {"es-ES"}}
PREFIX = {"fr": "405-", "it": "406-", "es": "407-"}

errors = []
def err(rec, msg):
    errors.append("%s: %s" % (rec.get("id", "?"), msg))

all_oids = collections.Counter()
for mod, lang in ((lang_fr, "fr"), (lang_it, "it"), (lang_es, "es")):
    recs = mod.MESSAGES
    if len(recs) != 50:
        errors.append("%s: %d records, want 50" % (lang, len(recs)))
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        errors.append("%s: duplicate ids" % lang)
    if ids != ["v6-%s-%03d" % (lang, i) for i in range(1, 51)]:
        errors.append("%s: ids not v6-%s-001..050 in order" % (lang, lang))
    clean = sum(1 for r in recs if r.get("expected") == [])
    if clean != 17:
        errors.append("%s: %d clean, want 17" % (lang, clean))
    for r in recs:
        if set(r) != set(FIELDS):
            err(r, "fields %s" % sorted(set(r) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(r[k], t):
                err(r, "%s not %s" % (k, t.__name__))
        if r["language"] != lang or r["locale"] not in LOCALES[lang]:
            err(r, "language/locale")
        if r["type"] not in TYPES:
            err(r, "type %s" % r["type"])
        if r["format"] not in ("text", "html"):
            err(r, "format")
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", r["order_id"]) or not r["order_id"].startswith(PREFIX[lang]):
            err(r, "order_id %s" % r["order_id"])
        all_oids[r["order_id"]] += 1
        exp = r["expected"]
        if exp != sorted(set(exp)) or any(not isinstance(e, str) or e not in RULES for e in exp):
            err(r, "expected %s" % exp)
        if "BSM101" in exp:
            err(r, "BSM101 never expected")
        text = r["subject"] + "\n" + r["body"]
        found = OID.findall(text)
        if "BSM102" in exp:
            if found:
                err(r, "BSM102 case carries an order number")
        else:
            if r["order_id"] not in found:
                err(r, "order number missing")
            if any(f != r["order_id"] for f in found):
                err(r, "other order number in text")
        if not r["note"].strip() or not r["subject"].strip() or not r["body"].strip():
            err(r, "empty subject/body/note")
        if r["format"] == "html" and "<" not in r["body"]:
            err(r, "html without tags")
        if r["format"] == "text" and re.search(r"<\w+[^>]*>", r["body"]):
            err(r, "text with tags")
        # heuristic sanity checks on clean messages
        if not exp:
            if EMOJI.search(text): err(r, "clean but emoji/emoticon")
            if "@" in text or re.search(r"\b(arobase|chiocciola|arroba)\b", text, re.I): err(r, "clean but e-mail")
            if "http://" in text: err(r, "clean but http")
            for u in re.findall(r'href="([^"]+)"', r["body"]):
                if not re.match(r"https://www\.amazon\.(fr|it|es|com)/", u): err(r, "clean but non-Amazon link")
            if re.search(r"https?://(?![^\"]*\")", re.sub(r'(href|src)="[^"]*"', "", r["body"])): err(r, "clean but bare URL")
            if STYLE.search(r["body"]): err(r, "clean but style")
            if "\n\n\n" in r["body"] or re.search(r"(<br\s*/?>\s*){3}|<p>\s*</p>", r["body"]): err(r, "clean but line breaks")
            for tag in re.findall(r"<img[^>]*>", r["body"]):
                if not re.search(r'alt="[^"]+"', tag): err(r, "clean but img without alt")
            if re.search(r"\[(important|importante)\]", r["subject"], re.I) and r["type"] != "order-problem":
                err(r, "clean but [Important] on non-critical type")
            if re.search(r"<(script|iframe|form|object|embed)", r["body"], re.I): err(r, "clean but active content")
        if "BSM412" not in exp and ("\n\n\n" in r["body"] or re.search(r"(<br\s*/?>\s*){3}", r["body"])):
            err(r, "line-break run without BSM412")
        if "BSM403" not in exp and EMOJI.search(text):
            err(r, "emoji without BSM403")
        if "BSM308" not in exp and re.search(r"[\w.]+@[\w-]+\.\w+", text):
            err(r, "e-mail without BSM308")
    counts = collections.Counter(e for r in recs for e in r["expected"])
    print("%s: %d records, %d clean; %s" % (lang, len(recs), clean,
          ", ".join("%s x%d" % (k, v) for k, v in sorted(counts.items()))))

for o, c in all_oids.items():
    if c > 1:
        errors.append("order number %s used %d times" % (o, c))

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK: all checks passed")

"""Validate the v9 fr/it/es modules (lang_fr.py, lang_it.py, lang_es.py)."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lang_fr  # noqa: E402
import lang_it  # noqa: E402
import lang_es  # noqa: E402

RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
ORDER_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2764]")
EMOTICON_RE = re.compile(r"(?<!\w)(?:[:;=8]-?[)(DPp/]|<3|xD)(?!\w)")
PHONE_RE = re.compile(r"(?:\+\d{2}[\s.]?\d|\b0\d)[\d\s.]{7,}\d"
                      r"|\b[6-9]\d{2}[\s.]\d{2,3}[\s.]\d{2,3}(?:[\s.]\d{2})?\b")

rule_ids = set(re.findall(r"^\| (BSM\d{3}) \|", open(RULES, encoding="utf-8").read(), re.M))
errors = []
seen_ids, seen_orders = set(), set()


def err(rec_id, msg):
    errors.append("%s: %s" % (rec_id, msg))


def clean_scan(r):
    """Heuristic look for anything a clean message must not contain."""
    text = r["subject"] + "\n" + r["body"]
    rid = r["id"]
    if EMOJI_RE.search(text) or EMOTICON_RE.search(text):
        err(rid, "clean but has emoji/emoticon")
    if "@" in text or re.search(r"\b(arobase|chiocciola|arroba)\b", text, re.I):
        err(rid, "clean but has an e-mail-like token")
    if "http://" in text:
        err(rid, "clean but has http")
    for url in re.findall(r"https://[^\s\"'<>]+", text):
        host = url.split("/")[2]
        if not (host.endswith("amazon.fr") or host.endswith("amazon.it") or host.endswith("amazon.es")
                or host == "m.media-amazon.com"):
            err(rid, "clean but non-Amazon URL " + host)
    if r["format"] == "text" and "http" in text:
        err(rid, "clean text with a bare URL")
    if re.search(r"style\s*=|<style|<font|<center|\balign\s*=|color\s*[:=]|font-family|line-height",
                 text, re.I):
        err(rid, "clean but sets styles")
    if re.search(r"<(script|iframe|form|object|embed|meta)\b|\bon\w+\s*=", text, re.I):
        err(rid, "clean but active content")
    if r["format"] == "text" and "\n\n\n" in r["body"]:
        err(rid, "clean but two blank lines")
    if r["format"] == "html" and (re.search(r"(<br\s*/?>\s*){3,}", text)
                                  or re.search(r"<p>\s*(&nbsp;)?\s*</p>", text)):
        err(rid, "clean but br run / empty paragraph")
    for img in re.findall(r"<img[^>]*>", text):
        if not re.search(r'alt="[^"]+"', img):
            err(rid, "clean image without alt")
        if "logo" not in img.lower():
            err(rid, "clean image that is not a logo")
        w = re.search(r'width="(\d+)"', img)
        if w and int(w.group(1)) > 480:
            err(rid, "clean image too wide")
    if re.search(r"\[(important|importante)\]", r["subject"], re.I) and r["type"] != "order-problem":
        err(rid, "clean with [Important] tag on a non-critical type")
    for mt in PHONE_RE.finditer(text):
        ctx = text[max(0, mt.start() - 120):mt.start()].lower()
        near = ctx[-25:]
        if any(w in near for w in ("siret", "siren", "rcs", "tva", "p.iva", "cif", "nif")):
            continue  # company/tax number, not a phone (labelling policy)
        if not any(w in ctx for w in ("garantie", "garanzia", "garantía")):
            err(rid, "clean but phone-like number %r" % mt.group(0))


for mod, lang, locale, prefix in ((lang_fr, "fr", "fr-FR", "405"), (lang_it, "it", "it-IT", "406"),
                                  (lang_es, "es", "es-ES", "407")):
    recs = mod.MESSAGES
    if len(recs) != 50:
        err(lang, "has %d records, not 50" % len(recs))
    n_clean = sum(1 for r in recs if r.get("expected") == [])
    if n_clean != 17:
        err(lang, "has %d clean records, not 17" % n_clean)
    for i, r in enumerate(recs, 1):
        rid = r.get("id", "?")
        if set(r) != set(FIELDS):
            err(rid, "fields %s" % sorted(set(r) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(r[k], t):
                err(rid, "field %s not %s" % (k, t.__name__))
        if not r["note"].strip() or not r["subject"].strip() or not r["body"].strip():
            err(rid, "empty text field")
        if rid != "v9-%s-%03d" % (lang, i):
            err(rid, "id out of sequence")
        if rid in seen_ids:
            err(rid, "duplicate id")
        seen_ids.add(rid)
        if r["language"] != lang or r["locale"] != locale:
            err(rid, "language/locale")
        if r["type"] not in TYPES:
            err(rid, "type %s not permitted" % r["type"])
        if r["format"] not in ("text", "html"):
            err(rid, "format")
        if r["format"] == "text" and re.search(r"</?(p|br|div|table|img|a)\b", r["body"], re.I):
            err(rid, "text format with HTML tags")
        if r["format"] == "html" and not re.search(r"<(p|div|img|table|h\d)\b", r["body"]):
            err(rid, "html format without HTML")
        o = r["order_id"]
        if not re.fullmatch(prefix + r"-\d{7}-\d{7}", o):
            err(rid, "order_id format %s" % o)
        if o in seen_orders:
            err(rid, "duplicate order number")
        seen_orders.add(o)
        exp = r["expected"]
        if exp != sorted(set(exp)):
            err(rid, "expected not sorted/unique")
        for e in exp:
            if e not in rule_ids:
                err(rid, "unknown rule %s" % e)
            if e in NEVER:
                err(rid, "rule %s is never expected by policy" % e)
        text = r["subject"] + "\n" + r["body"]
        found = ORDER_RE.findall(text)
        if "BSM102" in exp:
            if found:
                err(rid, "BSM102 but a hyphenated order number is present")
        else:
            if o not in text:
                err(rid, "order number missing from subject/body")
            if any(f != o for f in found):
                err(rid, "a different order number appears")
        if r["format"] == "text" and "\n\n\n" in r["body"] and "BSM412" not in exp:
            err(rid, "two blank lines without BSM412")
        if re.search(r"\[(important|importante)\]", r["subject"], re.I) and \
                r["type"] != "order-problem" and "BSM110" not in exp:
            err(rid, "[Important] on non-critical type without BSM110")
        if not exp:
            clean_scan(r)

if errors:
    print("FAILED (%d problems)" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
for mod in (lang_fr, lang_it, lang_es):
    from collections import Counter
    c = Counter(e for r in mod.MESSAGES for e in r["expected"])
    print(mod.__name__, "records", len(mod.MESSAGES), "clean",
          sum(1 for r in mod.MESSAGES if not r["expected"]), dict(sorted(c.items())))
print("OK: all checks passed")

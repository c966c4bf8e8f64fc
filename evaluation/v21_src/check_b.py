"""Validate the v21 fr/it/es evaluation modules (writer b). Standard library only."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lang_es  # noqa: E402
import lang_fr  # noqa: E402
import lang_it  # noqa: E402

RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
OID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
PREFIX = {"fr": "523-", "it": "524-", "es": "525-"}
LOCALES = {"fr": {"fr-FR", "fr-BE"}, "it": {"it-IT"}, "es": {"es-ES"}}
IMPORTANT = re.compile(r"\[(important|importante)\]", re.I)
EMOTICON = re.compile(r"(:-?\)|;-?\)|:-?D|<3|:-?\(|:-?P)")

rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))


def has_emoji(s):
    for ch in s:
        cp = ord(ch)
        if cp >= 0x1F000 or 0x2600 <= cp <= 0x27BF or 0x2B00 <= cp <= 0x2BFF or cp == 0xFE0F:
            return True
    return False


errors = []
all_ids, all_oids = set(), set()


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


for mod in (lang_fr, lang_it, lang_es):
    msgs = mod.MESSAGES
    lang = mod.LANG
    if len(msgs) != 50:
        err(lang, "expected 50 records, got %d" % len(msgs))
    clean = 0
    for n, m in enumerate(msgs, 1):
        rid = m.get("id", "?")
        if set(m) != set(FIELDS):
            err(rid, "fields %s" % sorted(set(m) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(m[k], t):
                err(rid, "field %s not %s" % (k, t.__name__))
        if rid != "v21-%s-%03d" % (lang, n):
            err(rid, "bad id")
        if rid in all_ids:
            err(rid, "duplicate id")
        all_ids.add(rid)
        if m["language"] != lang or m["locale"] not in LOCALES[lang]:
            err(rid, "language/locale")
        if m["type"] not in TYPES:
            err(rid, "type %s" % m["type"])
        if m["format"] not in ("text", "html"):
            err(rid, "format")
        if not m["note"].strip() or "\n" in m["note"]:
            err(rid, "note")
        exp = m["expected"]
        if exp != sorted(set(exp)):
            err(rid, "expected not sorted/unique")
        for e in exp:
            if e not in rule_ids:
                err(rid, "unknown rule %s" % e)
            if e in NEVER:
                err(rid, "rule %s is never expected by policy" % e)
        oid = m["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(PREFIX[lang]):
            err(rid, "order_id format/prefix")
        if oid in all_oids:
            err(rid, "duplicate order_id")
        all_oids.add(oid)
        text = m["subject"] + "\n" + m["body"]
        found = OID.findall(text)
        if "BSM102" in exp:
            if found:
                err(rid, "BSM102 expected but an order number is present")
        else:
            if oid not in found:
                err(rid, "order number missing from subject/body")
            if any(f != oid for f in found):
                err(rid, "foreign order number in text")
        # consistency heuristics
        body = m["body"]
        if m["format"] == "text" and "<" in body and ">" in body and re.search(r"</?[a-z]+[ >]", body):
            err(rid, "html tags in a text message")
        if m["format"] == "text":
            runs = "\n\n\n" in body
            if runs != ("BSM412" in exp):
                err(rid, "BSM412 vs blank-line runs mismatch")
        if IMPORTANT.search(m["subject"]):
            if m["type"] == "order-problem" and "BSM110" in exp:
                err(rid, "BSM110 on order-problem")
            if m["type"] != "order-problem" and "BSM110" not in exp:
                err(rid, "[Important] on non-critical type without BSM110")
        elif "BSM110" in exp:
            err(rid, "BSM110 expected without tag")
        emo = has_emoji(text) or bool(EMOTICON.search(re.sub(r"<[^>]*>", " ", text)))
        if emo != ("BSM403" in exp):
            err(rid, "BSM403 vs emoji/emoticon mismatch")
        if ("http://" in body) != ("BSM301" in exp):
            err(rid, "BSM301 vs http link mismatch")
        if ("BSM110" in exp) and m["type"] not in ("return-follow-up", "invoice", "review-request", "reply"):
            err(rid, "BSM110 on a type not marked non-critical")
        if not exp:
            clean += 1
            low = body.lower()
            if "@" in text:
                err(rid, "clean message contains '@'")
            if m["format"] == "html":
                for bad in ("style", "color", "font", "align", "line-height", "<center",
                            "<script", "<form", "<iframe", "http://", "mailto:",
                            "<br><br><br>", "<p></p>"):
                    if bad in low:
                        err(rid, "clean HTML contains %r" % bad)
                for href in re.findall(r'href="([^"]+)"', body):
                    if not href.startswith("https://www.amazon."):
                        err(rid, "clean HTML links outside Amazon: %s" % href)
                for a_text in re.findall(r"<a [^>]*>(.*?)</a>", body, re.S):
                    if len(a_text.split()) < 3:
                        err(rid, "clean link text too short")
                for img in re.findall(r"<img[^>]*>", body):
                    if not re.search(r'alt="[^"]+"', img) or 'src="https://' not in img:
                        err(rid, "clean image alt/src")
                    w = re.search(r'width="(\d+)"', img)
                    if not w or int(w.group(1)) > 480 or int(w.group(1)) <= 2:
                        err(rid, "clean image width")
            if "http://" in low or "www." in re.sub(r'href="[^"]*"', "", low):
                err(rid, "clean message has a bare web address")
            if re.search(r"\bstop\b|\bbaja\b", low):
                err(rid, "clean message has opt-out wording")
    if clean != 17:
        err(lang, "expected 17 clean, got %d" % clean)

if errors:
    print("FAILED")
    for e in errors:
        print(" ", e)
    sys.exit(1)

for mod in (lang_fr, lang_it, lang_es):
    counts = {}
    for m in mod.MESSAGES:
        for e in m["expected"] or ["clean"]:
            counts[e] = counts.get(e, 0) + 1
    print(mod.LANG, len(mod.MESSAGES), "records:", ", ".join("%s=%d" % kv for kv in sorted(counts.items())))
print("OK: all checks passed")

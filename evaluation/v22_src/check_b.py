"""Validate v22 fr/it/es modules (lang_fr, lang_it, lang_es)."""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")

import lang_fr, lang_it, lang_es  # noqa: E402

FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
IMPORTANT = re.compile(r"\[(important|importante)\]", re.I)

rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))
errors = []


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


def has_emoji(s):
    for ch in s:
        cp = ord(ch)
        if cp >= 0x1F000 or 0x2600 <= cp <= 0x27BF or (
                unicodedata.category(ch) == "So" and ch not in "°©®"):
            return True
    return False


all_ids, all_oids = set(), set()
for mod, lang, prefix, locs in ((lang_fr, "fr", "533", {"fr-FR", "fr-BE"}),
                                (lang_it, "it", "534", {"it-IT"}),
                                (lang_es, "es", "535", {"es-ES"})):
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        err(lang, "has %d records, not 50" % len(msgs))
    clean = [r for r in msgs if not r.get("expected")]
    if len(clean) != 17:
        err(lang, "has %d clean records, not 17" % len(clean))
    for i, r in enumerate(msgs, 1):
        rid = r.get("id", "?")
        if set(r) != set(FIELDS):
            err(rid, "fields %s" % sorted(set(r) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(r[k], t):
                err(rid, "%s not %s" % (k, t.__name__))
        if rid != "v22-%s-%03d" % (lang, i):
            err(rid, "bad id")
        if rid in all_ids:
            err(rid, "duplicate id")
        all_ids.add(rid)
        if r["language"] != lang or r["locale"] not in locs:
            err(rid, "language/locale")
        if r["type"] not in TYPES:
            err(rid, "type %s" % r["type"])
        if r["format"] not in ("text", "html"):
            err(rid, "format")
        if not OID.match(r["order_id"]) or not r["order_id"].startswith(prefix + "-"):
            err(rid, "order_id %s" % r["order_id"])
        if r["order_id"] in all_oids:
            err(rid, "duplicate order_id")
        all_oids.add(r["order_id"])
        exp = r["expected"]
        if exp != sorted(set(exp)):
            err(rid, "expected not sorted/unique")
        for e in exp:
            if e not in rule_ids:
                err(rid, "unknown rule %s" % e)
            if e in NEVER:
                err(rid, "rule %s never expected" % e)
        text = r["subject"] + "\n" + r["body"]
        present = r["order_id"] in text
        if "BSM102" in exp:
            if present:
                err(rid, "BSM102 expected but order number present")
        elif not present:
            err(rid, "order number missing")
        if not r["note"].strip() or "\n" in r["note"]:
            err(rid, "note")
        body = r["body"]
        if r["format"] == "html" and "<" not in body:
            err(rid, "html body without tags")
        if r["format"] == "text" and re.search(r"<[a-z]+[ >]", body):
            err(rid, "text body with tags")
        # consistency checks
        imp = bool(IMPORTANT.search(r["subject"]))
        if imp and r["type"] != "order-problem" and "BSM110" not in exp:
            err(rid, "[Important] on non-critical type but BSM110 not expected")
        if "BSM110" in exp and not imp:
            err(rid, "BSM110 expected without tag")
        if has_emoji(text) != ("BSM403" in exp) and not re.search(r"[:;]-?[)D(]", text):
            err(rid, "emoji vs BSM403 mismatch")
        if not exp:
            if has_emoji(text) or re.search(r"[:;]-?[)(DP]|<3", body):
                err(rid, "clean with emoji/emoticon")
            if "http://" in body or "@" in text:
                err(rid, "clean with http link or @")
            for href in re.findall(r'href="([^"]+)"', body):
                if not re.match(r"https://www\.amazon\.(fr|it|es)/", href):
                    err(rid, "clean with non-Amazon link %s" % href)
            if re.search(r"style=|<style|align=|<font|<center|color\s*[:=]|font-family|line-height", body, re.I):
                err(rid, "clean with styles")
            if re.search(r"\n\s*\n\s*\n", body) or re.search(r"(<br\s*/?>\s*){3,}", body) \
                    or re.search(r"<p>\s*(&nbsp;)?\s*</p>", body):
                err(rid, "clean with excess line breaks")
            for img in re.findall(r"<img[^>]*>", body):
                if not re.search(r'alt="[^"]+"', img) or "logo" not in img:
                    err(rid, "clean with non-logo image or missing alt")
            if re.search(r"<(script|iframe|form|object|embed)", body, re.I):
                err(rid, "clean with active content")
        if r["format"] == "text" and re.search(r"\n\s*\n\s*\n", body) and "BSM412" not in exp:
            err(rid, "blank-line run but no BSM412")
        if r["type"] == "order-problem" and "BSM107" not in exp:
            if not re.search(r"ajust|rettificat|ajustado", body):
                err(rid, "order problem without adjustment wording")

    counts = {}
    for r in msgs:
        for e in r["expected"]:
            counts[e] = counts.get(e, 0) + 1
    print("%s: %d records, %d clean, %s" % (lang, len(msgs), len(clean),
          ", ".join("%s×%d" % (k, counts[k]) for k in sorted(counts))))

if errors:
    print("\n".join(errors))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: all checks passed")

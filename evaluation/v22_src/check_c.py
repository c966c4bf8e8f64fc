"""Validate lang_pl, lang_sv and lang_tr of the v22 evaluation set (standard library only)."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lang_pl  # noqa: E402
import lang_sv  # noqa: E402
import lang_tr  # noqa: E402

RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
FIELDS = {"id", "language", "locale", "type", "format", "subject", "body", "order_id",
          "expected", "note"}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
CFG = {"pl": (lang_pl, "pl-PL", "536-"), "sv": (lang_sv, "sv-SE", "537-"),
       "tr": (lang_tr, "tr-TR", "538-")}
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]|(?<!\\w)[:;]-?[)(DP](?!\\w)|<3")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|mailto:", re.I)
STYLE_RE = re.compile(r"style=|<style|font-family|color|line-height|text-align|align=|<center|<font",
                      re.I)
IMPORTANT = re.compile(r"\[(ważne|viktigt|önemli|important)\]", re.I)

with open(RULES, encoding="utf-8") as fh:
    RULE_IDS = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", fh.read()))

errors = []
all_ids, all_orders = set(), set()


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


for lang, (mod, locale, prefix) in CFG.items():
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        err(lang, "has %d records, expected 50" % len(msgs))
    clean = 0
    for i, m in enumerate(msgs, 1):
        rid = m.get("id", "?")
        if set(m) != FIELDS:
            err(rid, "fields %s" % sorted(set(m) ^ FIELDS))
            continue
        for f in FIELDS - {"expected"}:
            if not isinstance(m[f], str) or not m[f].strip():
                err(rid, "field %s not a non-empty string" % f)
        if rid != "v22-%s-%03d" % (lang, i):
            err(rid, "id out of sequence")
        if rid in all_ids:
            err(rid, "duplicate id")
        all_ids.add(rid)
        if m["language"] != lang or m["locale"] != locale:
            err(rid, "language/locale")
        if m["type"] not in TYPES:
            err(rid, "type %r" % m["type"])
        if m["format"] not in ("html", "text"):
            err(rid, "format %r" % m["format"])
        exp = m["expected"]
        if not isinstance(exp, list) or exp != sorted(set(exp)):
            err(rid, "expected not a sorted unique list")
        for r in exp:
            if r not in RULE_IDS:
                err(rid, "unknown rule %s" % r)
            if r in NEVER:
                err(rid, "rule %s is never expected" % r)
        oid = m["order_id"]
        if not ORDER_RE.match(oid) or not oid.startswith(prefix):
            err(rid, "bad order_id %r" % oid)
        if oid in all_orders:
            err(rid, "duplicate order_id")
        all_orders.add(oid)
        text = m["subject"] + "\n" + m["body"]
        found = re.findall(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)", text)
        if "BSM102" in exp:
            if found:
                err(rid, "BSM102 expected but an order number is present")
        else:
            if oid not in text:
                err(rid, "order_id missing from subject/body")
            if any(f != oid for f in found):
                err(rid, "another order number in text")
        if m["format"] == "text" and "<" in m["body"] and ">" in m["body"]:
            err(rid, "text body looks like HTML")
        if not exp:
            clean += 1
            body = m["body"]
            if EMOJI_RE.search(text):
                err(rid, "clean but emoji/emoticon")
            if EMAIL_RE.search(text):
                err(rid, "clean but e-mail address")
            if "http://" in body:
                err(rid, "clean but http")
            for url in re.findall(r'href="([^"]+)"', body):
                if not re.match(r"https://www\.amazon\.", url):
                    err(rid, "clean but non-Amazon link %s" % url)
            if STYLE_RE.search(body):
                err(rid, "clean but styling")
            if re.search(r"\n\s*\n\s*\n", body) or re.search(r"(<br\s*/?>\s*){3,}", body) \
                    or re.search(r"<p>\s*</p>", body):
                err(rid, "clean but excess line breaks")
            for img in re.findall(r"<img[^>]*>", body):
                if not re.search(r'alt="[^"]+"', img):
                    err(rid, "clean but image without alt")
                if "logo" not in img.lower():
                    err(rid, "clean but non-logo image")
            if IMPORTANT.search(m["subject"]) and m["type"] != "order-problem":
                err(rid, "clean but [Important] on a non-critical type")
            if re.search(r"\+\d{2}\s?\d", text):
                err(rid, "clean but international phone-like number")
        if IMPORTANT.search(m["subject"]) and m["type"] != "order-problem" \
                and "BSM110" not in exp:
            err(rid, "[Important] on non-critical type without BSM110")
        if "BSM110" in exp and not IMPORTANT.search(m["subject"]):
            err(rid, "BSM110 expected without a tag")
        if m["format"] == "text" and re.search(r"\n\n\n", m["body"]) and "BSM412" not in exp:
            err(rid, "blank-line run without BSM412")
    if clean != 17:
        err(lang, "%d clean records, expected 17" % clean)
    viol = sum(1 for m in msgs[17:48] if m["expected"])
    if viol != 31:
        err(lang, "%d violations in 018-048, expected 31" % viol)

if errors:
    print("\n".join(errors))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)

from collections import Counter  # noqa: E402
for lang, (mod, _, _) in CFG.items():
    c = Counter(r for m in mod.MESSAGES for r in m["expected"])
    print(lang, "clean=%d" % sum(1 for m in mod.MESSAGES if not m["expected"]),
          dict(sorted(c.items())))
print("OK: %d records validated" % len(all_ids))

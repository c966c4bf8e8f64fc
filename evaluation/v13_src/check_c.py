#!/usr/bin/env python3
"""Validate the v13 modules lang_pl, lang_sv, lang_tr (writer C)."""
import os, re, sys, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = {"pl": ("pl-PL", "446"), "sv": ("sv-SE", "447"), "tr": ("tr-TR", "448")}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
ORDER_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")

rule_ids = set(re.findall(r"^\| (BSM\d{3}) \|", open(RULES, encoding="utf-8").read(), re.M))
assert len(rule_ids) == 44, len(rule_ids)

def has_emoji(s):
    for ch in s:
        cp = ord(ch)
        if cp >= 0x1F000 or 0x2600 <= cp <= 0x27BF or cp == 0xFE0F:
            return True
    return bool(re.search(r"(?<!\w)[:;]-?[)(DPp](?!\w)|<3", s))

def clean_smells(m):
    """Cheap sanity checks that a clean record carries none of the obvious triggers."""
    t = m["subject"] + "\n" + m["body"]
    out = []
    if has_emoji(t): out.append("emoji/emoticon")
    if "http://" in t: out.append("http")
    if "@" in t: out.append("@")
    if "\n\n\n" in m["body"]: out.append("blank lines")
    if re.search(r"(<br\s*/?>\s*){3,}", m["body"], re.I): out.append("<br> run")
    if re.search(r"<p>\s*(&nbsp;)?\s*</p>", m["body"], re.I): out.append("empty <p>")
    if re.search(r"style\s*=|<style|<font|align\s*=|<center", m["body"], re.I): out.append("style")
    for href in re.findall(r'href="([^"]+)"', m["body"]):
        if not re.match(r"https://www\.amazon\.", href): out.append("non-amazon link " + href)
    for mm in re.finditer(r"<img\b[^>]*>", m["body"], re.I):
        if not re.search(r'alt="[^"]+"', mm.group(0)): out.append("img without alt")
    if re.search(r"\+\d{2}\s?\d", t): out.append("intl phone?")
    if re.search(r"\[(Ważne|Viktigt|Önemli)\]", m["subject"]) and m["type"] != "order-problem":
        out.append("important tag")
    return out

errors = []
all_ids, all_orders = set(), set()
for lang, (locale, prefix) in LANGS.items():
    mod = __import__("lang_" + lang)
    msgs = mod.MESSAGES
    if len(msgs) != 50: errors.append("%s: %d records" % (lang, len(msgs)))
    counts = Counter()
    clean = 0
    for i, m in enumerate(msgs, 1):
        rid = m.get("id", "?")
        if set(m) != set(FIELDS): errors.append("%s: fields %s" % (rid, sorted(set(m) ^ set(FIELDS))))
        for f, ty in FIELDS.items():
            if not isinstance(m.get(f), ty): errors.append("%s: %s not %s" % (rid, f, ty.__name__))
        if rid != "v13-%s-%03d" % (lang, i): errors.append("%s: id out of sequence" % rid)
        if rid in all_ids: errors.append("%s: duplicate id" % rid)
        all_ids.add(rid)
        if m["language"] != lang or m["locale"] != locale: errors.append("%s: language/locale" % rid)
        if m["type"] not in TYPES: errors.append("%s: type %s" % (rid, m["type"]))
        if m["format"] not in ("text", "html"): errors.append("%s: format" % rid)
        oid = m["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(prefix + "-"):
            errors.append("%s: order_id %s" % (rid, oid))
        if oid in all_orders: errors.append("%s: duplicate order_id" % rid)
        all_orders.add(oid)
        exp = m["expected"]
        if exp != sorted(set(exp)): errors.append("%s: expected not sorted/unique" % rid)
        for r in exp:
            if r not in rule_ids: errors.append("%s: unknown rule %s" % (rid, r))
            if r in NEVER: errors.append("%s: rule %s never expected" % (rid, r))
        text = m["subject"] + "\n" + m["body"]
        present = oid in text
        if "BSM102" in exp:
            if ORDER_RE.search(text): errors.append("%s: BSM102 but an order number is present" % rid)
        elif not present:
            errors.append("%s: order number missing" % rid)
        if ORDER_RE.findall(text) and set(ORDER_RE.findall(text)) != {oid}:
            errors.append("%s: foreign order number in text" % rid)
        if not m["note"].strip() or not m["body"].strip(): errors.append("%s: empty note/body" % rid)
        if m["format"] == "text" and re.search(r"<(p|br|div|table)\b", m["body"]): errors.append("%s: HTML in text" % rid)
        if m["format"] == "html" and not re.search(r"<(p|div|table)\b", m["body"]): errors.append("%s: no HTML" % rid)
        if not exp:
            clean += 1
            for s in clean_smells(m): errors.append("%s: clean but %s" % (rid, s))
        for r in exp: counts[r] += 1
    if clean != 17: errors.append("%s: %d clean (want 17)" % (lang, clean))
    print("%s: %d records, %d clean, %s" % (lang, len(msgs), clean,
          ", ".join("%s×%d" % (k, v) for k, v in sorted(counts.items()))))

if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK: all checks passed")

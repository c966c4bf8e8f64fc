"""Validate lang_pl, lang_sv, lang_tr of the v21 blind set (standard library only)."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lang_pl, lang_sv, lang_tr  # noqa: E402

RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
FIELDS = {"id", "language", "locale", "type", "format", "subject", "body",
          "order_id", "expected", "note"}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
ORDER = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]|(?<!\\w)(:\\)|;-\\)|:-\\)|:D|<3|;\\))")
IMPORTANT = {"pl": "[Ważne]", "sv": "[Viktigt]", "tr": "[Önemli]"}
CFG = [(lang_pl, "pl", "pl-PL", "526-"), (lang_sv, "sv", "sv-SE", "527-"),
       (lang_tr, "tr", "tr-TR", "528-")]

rule_ids = set(re.findall(r"^\| (BSM\d{3}) \|", open(RULES, encoding="utf-8").read(), re.M))
errors = []
seen_orders = set()


def err(rec, msg):
    errors.append("%s: %s" % (rec.get("id", "?"), msg))


def clean_checks(r):
    text = r["subject"] + "\n" + r["body"]
    b = r["body"]
    if EMOJI.search(text):
        err(r, "clean but emoji/emoticon")
    if "@" in text or re.search(r"mailto:|małpa|snabel-a| et .* nokta", text, re.I):
        err(r, "clean but e-mail address")
    if "http://" in text:
        err(r, "clean but http")
    for href in re.findall(r'(?:href|action)="([^"]*)"', b):
        if not re.match(r"https://(www\.)?amazon\.", href):
            err(r, "clean but non-Amazon link %s" % href)
    for m in re.finditer(r'<a [^>]*>(.*?)</a>', b, re.S):
        if re.search(r"^(kliknij tutaj|tutaj|här|läs mer|tıklayın|buraya|link|https?://)", m.group(1).strip(), re.I):
            err(r, "clean but non-descriptive link")
    if re.search(r"https?://\S+", b) and r["format"] == "text":
        err(r, "clean text with bare URL")
    if re.search(r"style=|<style|<font|<center|align=|<form|<script|<iframe", b, re.I):
        err(r, "clean but styling/active content")
    for img in re.findall(r"<img[^>]*>", b):
        alt = re.search(r'alt="([^"]+)"', img)
        if not alt:
            err(r, "clean image without alt")
        if "logo" not in img.lower():
            err(r, "clean image that is not the shop logo")
        w = re.search(r'width="(\d+)"', img)
        if w and not (20 < int(w.group(1)) <= 480):
            err(r, "clean image width")
    if r["format"] == "text" and "\n\n\n" in b:
        err(r, "clean text with 2+ blank lines")
    if r["format"] == "html" and (re.search(r"(<br\s*/?>\s*){3,}", b) or re.search(r"<p>\s*</p>", b)):
        err(r, "clean html with line-break run")
    # phone numbers: digit groups that look like phone numbers need a warranty marker
    if re.search(r"\+\d{2}\s?\d", text):
        err(r, "clean with international phone")
    for m in re.finditer(r"\b0\d{1,3}[- ]\d{2,3}[ -]\d{2,3}[ -]\d{2}\b|\b\d{2,3} \d{3} \d{2} \d{2}\b|\b\d{3} \d{3} \d{3}\b", text):
        ctx = text[max(0, m.start() - 120):m.start()].lower()
        if not re.search(r"gwarancyjn|garanti|tillverkar|producenta|üretici", ctx):
            err(r, "clean with unmarked phone-like number %r" % m.group(0))
    if IMPORTANT[r["language"]].lower() in r["subject"].lower() and r["type"] != "order-problem":
        err(r, "clean with important tag on non-critical type")
    if re.search(r"STOP|STOPP|\bRET\b", b):
        err(r, "clean with opt-out word")


for mod, lang, locale, prefix in CFG:
    recs = getattr(mod, "MESSAGES", None)
    if not isinstance(recs, list) or len(recs) != 50:
        errors.append("%s: need 50 records" % lang)
        continue
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != 50:
        errors.append("%s: duplicate ids" % lang)
    if ids != ["v21-%s-%03d" % (lang, i) for i in range(1, 51)]:
        errors.append("%s: ids not v21-%s-001..050" % (lang, lang))
    clean = 0
    counts = {}
    for r in recs:
        if set(r) != FIELDS:
            err(r, "fields %s" % sorted(set(r) ^ FIELDS))
            continue
        for k in FIELDS - {"expected"}:
            if not isinstance(r[k], str) or not r[k].strip():
                err(r, "%s must be a non-empty string" % k)
        if not isinstance(r["expected"], list) or not all(isinstance(x, str) for x in r["expected"]):
            err(r, "expected must be a list of str")
            continue
        if r["language"] != lang or r["locale"] != locale:
            err(r, "language/locale")
        if r["type"] not in TYPES:
            err(r, "bad type %s" % r["type"])
        if r["format"] not in ("html", "text"):
            err(r, "bad format")
        if r["format"] == "text" and re.search(r"<(p|br|div|img|a|table)\b", r["body"]):
            err(r, "text body holds HTML")
        if r["format"] == "html" and not re.search(r"<(p|div|table)\b", r["body"]):
            err(r, "html body has no block markup")
        exp = r["expected"]
        if exp != sorted(set(exp)):
            err(r, "expected not sorted/unique")
        for x in exp:
            if x not in rule_ids:
                err(r, "unknown rule %s" % x)
            if x in NEVER:
                err(r, "rule %s is never expected" % x)
        o = r["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", o) or not o.startswith(prefix):
            err(r, "order_id format/prefix %s" % o)
        if o in seen_orders:
            err(r, "order_id reused %s" % o)
        seen_orders.add(o)
        found = ORDER.findall(r["subject"] + "\n" + r["body"])
        if "BSM102" in exp:
            if found:
                err(r, "BSM102 but an order number is present")
        else:
            if o not in r["subject"] and o not in r["body"]:
                err(r, "order number missing")
            if any(f != o for f in found):
                err(r, "other order number present")
        if not r["note"].endswith(".") or r["note"].count(". ") > 0:
            err(r, "note should be one short sentence")
        if not exp:
            clean += 1
            clean_checks(r)
        for x in exp:
            counts[x] = counts.get(x, 0) + 1
    if clean != 17:
        errors.append("%s: %d clean, need 17" % (lang, clean))
    viol = 50 - clean
    print("%s: %d records, %d clean, %d violating; %s" % (
        lang, len(recs), clean, viol, ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    # scenario coverage the README lists for every language
    for need in ["BSM201", "BSM202", "BSM203", "BSM204", "BSM205", "BSM206", "BSM108", "BSM107",
                 "BSM305", "BSM306", "BSM104", "BSM309", "BSM308", "BSM302", "BSM301", "BSM310",
                 "BSM311", "BSM402", "BSM403", "BSM410", "BSM412", "BSM110", "BSM401"]:
        if need not in counts:
            errors.append("%s: scenario %s missing" % (lang, need))

if errors:
    print("\n".join(errors))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: all records valid")

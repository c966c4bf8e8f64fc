# -*- coding: utf-8 -*-
"""Validate the v12 modules lang_nl, lang_en, lang_de (standard library only).

Structural checks from the writer brief, plus conservative lint checks on clean records
and a few sanity checks on violating records. Exit code 0 = all passed.
"""
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES_MD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")

LANGS = {"nl": ("nl-BE", "430"), "en": ("en-GB", "431"), "de": ("de-AT", "432")}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NOT_CRITICAL = {"return-follow-up", "invoice", "review-request", "reply"}
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B06\u2194-\u21FF\uFE0F]")
EMOTICON_RE = re.compile(r"(?<!\w)(?::-?\)|;-?\)|:-?D|:-?\(|<3|:-?P)(?!\w)")
IMPORTANT_RE = re.compile(r"\[(important|belangrijk|wichtig)\]", re.I)


def rule_ids():
    text = open(RULES_MD, encoding="utf-8").read()
    return set(re.findall(r"\|\s*(BSM\d{3})\s*\|", text))


def lint_clean(r, errs):
    """Conservative checks that a clean record shows none of the element/style problems."""
    s, b = r["subject"], r["body"]
    both = s + "\n" + b
    low = b.lower()
    if EMOJI_RE.search(both) or EMOTICON_RE.search(both):
        errs.append("clean record has emoji/emoticon")
    if "http://" in low:
        errs.append("clean record has http://")
    if "@" in both or re.search(r"\b(apenstaartje|\(at\)|punkt\)|\bat\b .* \bdot\b)", low):
        errs.append("clean record may carry an e-mail address")
    for href in re.findall(r'href="([^"]+)"', b):
        if not re.match(r"https://www\.amazon\.(com\.be|co\.uk|de|nl)/", href):
            errs.append("clean record links outside Amazon: " + href)
    for m in re.finditer(r"<a [^>]*>(.*?)</a>", b, re.S):
        t = m.group(1).strip().lower()
        if t in ("hier", "klik hier", "click here", "here", "link", "more", "meer") or t.startswith("http"):
            errs.append("clean record has non-descriptive link text")
    for bad in ("style=", "<style", "font-family", "color", "line-height", "text-align",
                "align=", "<center", "<font", "<form", "<script", "<iframe"):
        if bad in low:
            errs.append("clean record has %r" % bad)
    for img in re.findall(r"<img[^>]*>", b):
        if not re.search(r'alt="[^"]+"', img):
            errs.append("clean record image without alt")
        if "logo" not in img.lower():
            errs.append("clean record image that is not the shop logo")
        w = re.search(r'width="(\d+)"', img)
        if w and int(w.group(1)) > 480:
            errs.append("clean record image too wide")
    if r["format"] == "text" and re.search(r"\n[ \t]*\n[ \t]*\n", b):
        errs.append("clean text has two blank lines in a row")
    if re.search(r"(<br\s*/?>\s*){3,}", low) or re.search(r"<p>\s*(&nbsp;)?\s*</p>", low):
        errs.append("clean html has a <br> run or empty paragraph")
    if IMPORTANT_RE.search(s) and r["type"] != "order-problem":
        errs.append("clean record carries an [Important] tag on a non-critical type")
    if re.search(r"\+\d{2}\s?\d", both) and r["id"].split("-")[-1] != "015":
        errs.append("clean record has an international phone-like number")


def check_violation(r, errs):
    exp = set(r["expected"])
    s, b = r["subject"], r["body"]
    if "BSM110" in exp and not (IMPORTANT_RE.search(s) and r["type"] in NOT_CRITICAL):
        errs.append("BSM110 expected but no tag on a non-critical type")
    if "BSM403" in exp and not (EMOJI_RE.search(s + b) or EMOTICON_RE.search(s + b)):
        errs.append("BSM403 expected but no emoji/emoticon found")
    if "BSM301" in exp and "http://" not in b:
        errs.append("BSM301 expected but no http link")
    if "BSM412" in exp and not (re.search(r"\n[ \t]*\n[ \t]*\n", b)
                                or re.search(r"(<br\s*/?>\s*){3,}", b)
                                or re.search(r"<p>\s*(&nbsp;)?\s*</p>", b)):
        errs.append("BSM412 expected but no line-break run")
    if "BSM312" in exp and not re.search(r"<(form|script|iframe|object|embed)", b, re.I):
        errs.append("BSM312 expected but no active content")
    if "BSM402" in exp and not re.search(r'<img(?![^>]*alt="[^"]+")[^>]*>', b):
        errs.append("BSM402 expected but every image has alt")
    if IMPORTANT_RE.search(s) and r["type"] in NOT_CRITICAL and "BSM110" not in exp:
        errs.append("tag on a non-critical type but BSM110 not expected")


def main():
    known = rule_ids()
    assert len(known) >= 40, "could not read rule ids from rules.md"
    all_orders, failures, summary = set(), 0, []
    for lang, (locale, prefix) in LANGS.items():
        mod = importlib.import_module("lang_" + lang)
        recs = mod.MESSAGES
        errs_lang = []
        if len(recs) != 50:
            errs_lang.append("%s: %d records, want 50" % (lang, len(recs)))
        ids = [r.get("id") for r in recs]
        if len(set(ids)) != len(ids):
            errs_lang.append("%s: duplicate ids" % lang)
        if sorted(ids) != ["v12-%s-%03d" % (lang, i) for i in range(1, 51)]:
            errs_lang.append("%s: ids are not v12-%s-001..050" % (lang, lang))
        counts = {}
        for r in recs:
            errs = []
            if set(r) != set(FIELDS):
                errs.append("fields %s" % sorted(set(r) ^ set(FIELDS)))
            for k, t in FIELDS.items():
                if not isinstance(r.get(k), t):
                    errs.append("field %s not %s" % (k, t.__name__))
            if errs:
                errs_lang.append("%s: %s" % (r.get("id"), "; ".join(errs)))
                continue
            if r["language"] != lang or r["locale"] != locale:
                errs.append("language/locale")
            if r["type"] not in TYPES:
                errs.append("type %s" % r["type"])
            if r["format"] not in ("text", "html"):
                errs.append("format %s" % r["format"])
            if not all(x.strip() for x in (r["subject"], r["body"], r["note"])):
                errs.append("empty subject/body/note")
            oid = r["order_id"]
            if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(prefix + "-"):
                errs.append("order_id %s" % oid)
            if oid in all_orders:
                errs.append("order_id reused %s" % oid)
            all_orders.add(oid)
            exp = r["expected"]
            if exp != sorted(set(exp)):
                errs.append("expected not sorted/unique")
            for e in exp:
                if e not in known:
                    errs.append("unknown rule %s" % e)
            if "BSM101" in exp:
                errs.append("BSM101 is never expected")
            found = ORDER_RE.findall(r["subject"] + "\n" + r["body"])
            if "BSM102" in exp:
                if found:
                    errs.append("BSM102 expected but an order number is present")
            else:
                if oid not in found:
                    errs.append("order number missing from subject/body")
            if r["format"] == "html" and "<" not in r["body"]:
                errs.append("html format without markup")
            if r["format"] == "text" and re.search(r"<(p|br|div|table|img|a)\b", r["body"], re.I):
                errs.append("text format with markup")
            if not exp:
                lint_clean(r, errs)
            else:
                check_violation(r, errs)
            key = "clean" if not exp else "+".join(exp)
            counts[key] = counts.get(key, 0) + 1
            if errs:
                errs_lang.append("%s: %s" % (r["id"], "; ".join(errs)))
        if counts.get("clean", 0) != 17:
            errs_lang.append("%s: %d clean, want 17" % (lang, counts.get("clean", 0)))
        failures += len(errs_lang)
        for e in errs_lang:
            print("FAIL", e)
        per_rule = {}
        for r in recs:
            for e in r["expected"]:
                per_rule[e] = per_rule.get(e, 0) + 1
        summary.append("%s (%s): %d records, %d clean, per rule: %s" % (
            lang, locale, len(recs), counts.get("clean", 0),
            ", ".join("%s=%d" % kv for kv in sorted(per_rule.items()))))
    for line in summary:
        print(line)
    print("OK" if not failures else "%d problem(s)" % failures)
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())

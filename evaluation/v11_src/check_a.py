# -*- coding: utf-8 -*-
"""Validate the v11 modules lang_nl, lang_en, lang_de (standard library only).

Structural checks (hard failures) plus a conservative lint of the clean messages
(no emoji, e-mail, http, styles, non-Amazon links, extra blank lines, tags ...).
Run: python3 check_a.py
"""
import importlib
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES_MD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")

LANGS = {"nl": ("nl-NL", "420"), "en": ("en-GB", "421"), "de": ("de-DE", "422")}
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body",
          "order_id", "expected", "note"]
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
OID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
IMPORTANT = re.compile(r"\[(important|belangrijk|wichtig)\]", re.I)
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]")
EMOTICON = re.compile(r"(?<!\w)(:-?\)|;-?\)|:-?D|:-?\(|<3|:-?P)(?!\w)")

# fixed scenario plan: number of messages per expected label set, per language
PLAN_COMMON = Counter({
    (): 17,
    ("BSM201",): 2, ("BSM202",): 2, ("BSM203",): 2, ("BSM204",): 2, ("BSM205",): 1,
    ("BSM206",): 2, ("BSM108",): 1, ("BSM107", "BSM108"): 1, ("BSM305",): 1,
    ("BSM306",): 1, ("BSM104",): 1, ("BSM309",): 1, ("BSM308",): 2, ("BSM302",): 1,
    ("BSM301",): 1, ("BSM310",): 1, ("BSM311",): 1, ("BSM402",): 1, ("BSM403",): 2,
    ("BSM410",): 1, ("BSM412",): 2, ("BSM110",): 1, ("BSM401",): 1,
})
PLAN_VARY = {
    "nl": Counter({("BSM407", "BSM408", "BSM409", "BSM411"): 1, ("BSM413",): 1}),
    "en": Counter({("BSM312",): 1, ("BSM406",): 1}),
    "de": Counter({("BSM102",): 1, ("BSM302", "BSM304"): 1}),
}


def rule_ids():
    with open(RULES_MD, encoding="utf-8") as f:
        return set(re.findall(r"^\|\s*(BSM\d{3})\s*\|", f.read(), re.M))


def lint_clean(r):
    """Return problems a clean message must not have."""
    p = []
    text = r["subject"] + "\n" + r["body"]
    b = r["body"]
    if EMOJI.search(text) or EMOTICON.search(text):
        p.append("emoji/emoticon")
    if "@" in text or "mailto:" in text.lower():
        p.append("e-mail sign")
    if re.search(r"http://", text, re.I):
        p.append("http URL")
    if IMPORTANT.search(r["subject"]) and r["type"] != "order-problem":
        p.append("[Important] tag on non-critical type")
    if r["format"] == "text":
        if "\n\n\n" in b:
            p.append("two blank lines")
        if re.search(r"https?://", b):
            p.append("bare URL in text")
        if re.search(r"<[a-zA-Z/][^>]*>", b):
            p.append("HTML tag in text body")
    else:
        low = b.lower()
        for bad in ("style=", "<style", "font-family", "line-height", "color", "<font",
                    "align", "<center", "<script", "<iframe", "<form", "<object", "<embed",
                    "javascript:", " on", "<h1", "<h2", "<h3", "<big", "margin", "padding:"):
            if bad == " on":
                if re.search(r"<[^>]+\son\w+\s*=", low):
                    p.append("event handler")
                continue
            if bad in low:
                p.append("html: " + bad)
        if re.search(r"(<br\s*/?>\s*){3,}", low):
            p.append("<br> run")
        if re.search(r"<p[^>]*>\s*(&nbsp;)?\s*</p>", low):
            p.append("empty paragraph")
        for href in re.findall(r'href="([^"]*)"', b):
            if not re.match(r"https://(www\.)?amazon\.(nl|co\.uk|de)/", href):
                p.append("non-Amazon link " + href)
        for m in re.finditer(r"<a\b[^>]*>(.*?)</a>", b, re.S | re.I):
            t = re.sub(r"<[^>]+>", "", m.group(1)).strip().lower()
            if t in ("", "hier", "here", "click here", "klik hier", "link", "more") or t.startswith("http"):
                p.append("non-descriptive link text")
        for img in re.findall(r"<img\b[^>]*>", b, re.I):
            alt = re.search(r'alt="([^"]*)"', img)
            if not alt or not alt.group(1).strip():
                p.append("img without alt")
            if 'src="https://' not in img:
                p.append("img not https")
            w = re.search(r'width="(\d+)"', img)
            if w and int(w.group(1)) > 480:
                p.append("img too wide")
            if "logo" not in img.lower():
                p.append("img that is not a logo")
        for cp in re.findall(r'cellpadding="(\d+)"', low):
            if int(cp) > 10:
                p.append("large cellpadding")
    # phone-like runs: only in the explicitly marked warranty message
    digits = re.findall(r"(?:\+\d{2}[\s\d]{8,}|\b0\d{2,4}\s?[-/]?\s?\d[\d ]{5,}\d)", text)
    marked = re.search(r"garantielijn van de fabrikant|manufacturer's warranty line|garantie-hotline des herstellers", text, re.I)
    # a run of 16+ digits without separators is a tracking number, not a phone number
    digits = [d for d in digits if not re.fullmatch(r"\d{16,}", d.strip())]
    if digits and not marked:
        p.append("phone-like number %r" % digits)
    return p


def main():
    ids_known = rule_ids()
    assert len(ids_known) >= 40, "could not read rule ids from rules.md"
    errors, warnings = [], []
    all_ids, all_oids = set(), set()
    for lang, (locale, prefix) in LANGS.items():
        mod = importlib.import_module("lang_" + lang)
        msgs = mod.MESSAGES
        if len(msgs) != 50:
            errors.append("%s: %d records, want 50" % (lang, len(msgs)))
        clean = 0
        plan = Counter()
        per_rule = Counter()
        for i, r in enumerate(msgs, 1):
            where = "%s[%d]" % (lang, i)
            if not isinstance(r, dict) or list(r.keys()) != FIELDS:
                errors.append("%s: fields %r" % (where, list(r.keys()) if isinstance(r, dict) else r))
                continue
            for k in FIELDS:
                if k == "expected":
                    if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
                        errors.append("%s: expected not a list of str" % where)
                elif not isinstance(r[k], str) or not r[k].strip():
                    errors.append("%s: %s empty or not str" % (where, k))
            want_id = "v11-%s-%03d" % (lang, i)
            if r["id"] != want_id:
                errors.append("%s: id %s, want %s" % (where, r["id"], want_id))
            if r["id"] in all_ids:
                errors.append("%s: duplicate id" % where)
            all_ids.add(r["id"])
            if r["language"] != lang or r["locale"] != locale:
                errors.append("%s: language/locale %s/%s" % (where, r["language"], r["locale"]))
            if r["type"] not in TYPES:
                errors.append("%s: bad type %s" % (where, r["type"]))
            if r["format"] not in ("html", "text"):
                errors.append("%s: bad format %s" % (where, r["format"]))
            oid = r["order_id"]
            if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(prefix + "-"):
                errors.append("%s: bad order_id %s" % (where, oid))
            if oid in all_oids:
                errors.append("%s: duplicate order_id %s" % (where, oid))
            all_oids.add(oid)
            exp = r["expected"]
            if exp != sorted(set(exp)):
                errors.append("%s: expected not sorted/unique %r" % (where, exp))
            for e in exp:
                if e not in ids_known:
                    errors.append("%s: %s not in rules.md" % (where, e))
                if e in NEVER:
                    errors.append("%s: %s is never expected by policy" % (where, e))
            text = r["subject"] + "\n" + r["body"]
            found = OID_RE.findall(text)
            if "BSM102" in exp:
                if found:
                    errors.append("%s: BSM102 expected but an order number is present" % where)
            else:
                if oid not in text:
                    errors.append("%s: order_id not in subject/body" % where)
                for f in found:
                    if f != oid:
                        errors.append("%s: other order number %s in text" % (where, f))
            if r["format"] == "text" and re.search(r"<(p|br|div|table|img|a)\b", r["body"], re.I):
                errors.append("%s: text format with HTML" % where)
            if r["format"] == "html" and not re.search(r"<(p|table|div)\b", r["body"], re.I):
                errors.append("%s: html format without block markup" % where)
            if "BSM110" in exp and not IMPORTANT.search(r["subject"]):
                errors.append("%s: BSM110 without tag" % where)
            if not exp:
                clean += 1
                for prob in lint_clean(r):
                    errors.append("%s (clean): %s" % (where, prob))
            elif "BSM403" not in exp and (EMOJI.search(text) or EMOTICON.search(text)):
                errors.append("%s: emoji present but BSM403 not expected" % where)
            if exp and "BSM412" not in exp and ("\n\n\n" in r["body"] or re.search(r"(<br\s*/?>\s*){3,}", r["body"], re.I)):
                errors.append("%s: excess breaks present but BSM412 not expected" % where)
            plan[tuple(exp)] += 1
            for e in exp:
                per_rule[e] += 1
        if clean != 17:
            errors.append("%s: %d clean, want 17" % (lang, clean))
        want = PLAN_COMMON + PLAN_VARY[lang]
        if plan != want:
            errors.append("%s: scenario plan differs: extra %r missing %r"
                          % (lang, dict(plan - want), dict(want - plan)))
        print("%s (%s): %d records, %d clean; per rule: %s" % (
            lang, locale, len(msgs), clean,
            ", ".join("%s=%d" % (k, per_rule[k]) for k in sorted(per_rule))))
    for w in warnings:
        print("WARN", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        print("FAILED: %d error(s)" % len(errors))
        return 1
    print("OK: all checks passed for %s" % ", ".join(LANGS))
    return 0


if __name__ == "__main__":
    sys.exit(main())

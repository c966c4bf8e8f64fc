"""Validator for v19 writer C: lang_pl, lang_sv, lang_tr. Standard library only."""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")

import lang_pl, lang_sv, lang_tr  # noqa: E402

MODULES = [(lang_pl, "pl", "pl-PL", "506"), (lang_sv, "sv", "sv-SE", "507"), (lang_tr, "tr", "tr-TR", "508")]
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note"]
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
IMPORTANT = {"pl": "[Ważne]", "sv": "[Viktigt]", "tr": "[Önemli]"}
OID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
EMOJI_RE = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]")
EMOTICON_RE = re.compile(r"(?<![\w/])[:;]-?[)(DPp](?!\w)|<3")


def rule_ids():
    with open(RULES, encoding="utf-8") as f:
        return set(re.findall(r"^\| (BSM\d{3}) \|", f.read(), re.M))


def clean_lint(m):
    """Heuristic checks that a message labelled clean carries no obvious violation."""
    probs = []
    text = m["subject"] + "\n" + m["body"]
    b = m["body"]
    if EMOJI_RE.search(text):
        probs.append("emoji")
    if EMOTICON_RE.search(text):
        probs.append("emoticon")
    if "http://" in text:
        probs.append("http")
    for url in re.findall(r"https://([^/\"'\s]+)", b):
        if not re.search(r"amazon\.", url) and not re.search(r'src="https://' + re.escape(url), b):
            probs.append("external link " + url)
    if "@" in text:
        probs.append("@")
    for pat in ("style", "color", "font-family", "line-height", "text-align", "align=", "<center",
                "<font", "<form", "<script", "<iframe", "mailto:", "STOP", "<br><br><br>", "<p></p>", "<p>&nbsp;</p>"):
        if pat.lower() in b.lower():
            probs.append(pat)
    if "\n\n\n" in b:
        probs.append("blank lines")
    if m["format"] == "html":
        for img in re.findall(r"<img[^>]*>", b):
            alt = re.search(r'alt="([^"]*)"', img)
            if not alt or not alt.group(1).strip():
                probs.append("img alt")
            w = re.search(r'width="(\d+)"', img)
            if w and int(w.group(1)) > 480:
                probs.append("wide img")
            if 'src="http:' in img:
                probs.append("http img")
        for a in re.findall(r"<a [^>]*>(.*?)</a>", b, re.S):
            if "<img" in a or a.strip().lower() in ("tutaj", "här", "burada", "link", "läs mer") or a.startswith("http"):
                probs.append("link text " + a)
    imp = IMPORTANT[m["language"]]
    if imp.lower() in m["subject"].lower() and m["type"] != "order-problem":
        probs.append("important tag")
    # crude phone check: 9+ digits in phone-like grouping, outside known reference contexts
    for ph in re.findall(r"(?:\+\d{2}[\s\d-]{8,}|\b0\d{2,3}[\s-]\d{2,3}[\s-]?\d{2}[\s-]?\d{2}\b|\b\d{3} \d{3} \d{3}\b)", b):
        ctx = b[max(0, b.find(ph) - 120):b.find(ph)].lower()
        if not any(k in ctx for k in ("producent", "tillverkar", "üretici", "gwarancj", "garanti")):
            probs.append("phone? " + ph)
    return probs


def main():
    rules = rule_ids()
    errors = []
    all_ids, all_oids = set(), set()
    summary = {}
    for mod, lang, locale, prefix in MODULES:
        msgs = mod.MESSAGES
        if len(msgs) != 50:
            errors.append("%s: %d records, want 50" % (lang, len(msgs)))
        counts = {}
        for n, m in enumerate(msgs, 1):
            tag = m.get("id", "%s#%d" % (lang, n))
            if list(m.keys()) != FIELDS and set(m.keys()) != set(FIELDS):
                errors.append("%s: fields %s" % (tag, sorted(m.keys())))
                continue
            for k in FIELDS:
                want = list if k == "expected" else str
                if not isinstance(m[k], want):
                    errors.append("%s: %s not %s" % (tag, k, want.__name__))
            if m["id"] != "v19-%s-%03d" % (lang, n):
                errors.append("%s: id out of sequence" % tag)
            if m["id"] in all_ids:
                errors.append("%s: duplicate id" % tag)
            all_ids.add(m["id"])
            if m["language"] != lang or m["locale"] != locale:
                errors.append("%s: language/locale" % tag)
            if m["type"] not in TYPES:
                errors.append("%s: type %s" % (tag, m["type"]))
            if m["format"] not in ("html", "text"):
                errors.append("%s: format %s" % (tag, m["format"]))
            if not m["subject"].strip() or not m["body"].strip() or not m["note"].strip():
                errors.append("%s: empty subject/body/note" % tag)
            oid = m["order_id"]
            if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(prefix + "-"):
                errors.append("%s: order_id %s" % (tag, oid))
            if oid in all_oids:
                errors.append("%s: duplicate order_id" % tag)
            all_oids.add(oid)
            exp = m["expected"]
            if exp != sorted(set(exp)):
                errors.append("%s: expected not sorted/unique" % tag)
            for r in exp:
                if r not in rules:
                    errors.append("%s: unknown rule %s" % (tag, r))
                if r in NEVER:
                    errors.append("%s: rule %s never expected by policy" % (tag, r))
            present = OID.findall(m["subject"] + "\n" + m["body"])
            if "BSM102" in exp:
                if present:
                    errors.append("%s: BSM102 but order number present" % tag)
            else:
                if oid not in m["subject"] and oid not in m["body"]:
                    errors.append("%s: order number missing" % tag)
            if any(p != oid for p in present):
                errors.append("%s: other order number in text" % tag)
            if "BSM107" in exp and m["type"] != "order-problem":
                errors.append("%s: BSM107 on non order-problem" % tag)
            if "BSM110" in exp:
                if IMPORTANT[lang].lower() not in m["subject"].lower() or m["type"] not in (
                        "return-follow-up", "invoice", "review-request", "reply"):
                    errors.append("%s: BSM110 inconsistent" % tag)
            if m["format"] == "text" and re.search(r"<(p|br|a|img|table|div)\b", m["body"]):
                errors.append("%s: HTML tags in text body" % tag)
            if m["format"] == "html" and "\n\n" in m["body"]:
                errors.append("%s: blank line in HTML body" % tag)
            if unicodedata.normalize("NFC", m["body"]) != m["body"]:
                errors.append("%s: body not NFC" % tag)
            if not exp:
                for p in clean_lint(m):
                    errors.append("%s: clean but lint found %s" % (tag, p))
            key = "clean" if not exp else "+".join(exp)
            for r in (exp or ["clean"]):
                counts[r] = counts.get(r, 0) + 1
        clean = sum(1 for m in msgs if not m["expected"])
        if clean != 17:
            errors.append("%s: %d clean, want 17" % (lang, clean))
        summary[lang] = counts
    for lang, c in summary.items():
        print(lang, " ".join("%s=%d" % (k, c[k]) for k in sorted(c)))
    if errors:
        print("FAILED:")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: %d records validated" % len(all_ids))
    return 0


if __name__ == "__main__":
    sys.exit(main())

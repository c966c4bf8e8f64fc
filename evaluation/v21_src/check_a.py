"""Validate v21 messages for nl, en, de (lang_nl.py, lang_en.py, lang_de.py)."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note"]
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
PREFIX = {"nl": "520-", "en": "521-", "de": "522-"}
IMPORTANT = re.compile(r"\[(important|belangrijk|wichtig)\]", re.I)
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2764]")
EMOTICON = re.compile(r"(?<!\w)(:-?[)(DPp]|;-?[)(D]|<3|:'\()")
BAD_LINK_TEXT = {"hier", "here", "click here", "klik hier", "klicken sie hier", "link", "more", "meer", "mehr", "lees meer", "read more", "weiterlesen"}
PHONEISH = re.compile(r"(\+\d{1,3}[\s(])|(\b0\d{2,4}[\s/]+\d)")


def rule_ids():
    return set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))


def lint_clean(m, errs):
    """Heuristic checks that a message labelled clean has no obvious violation."""
    s, b = m["subject"], m["body"]
    t = s + "\n" + b
    mid = m["id"]
    if EMOJI.search(t) or EMOTICON.search(t):
        errs.append(f"{mid}: clean but emoji/emoticon")
    if "http://" in t:
        errs.append(f"{mid}: clean but http://")
    if "@" in t or "mailto:" in t.lower():
        errs.append(f"{mid}: clean but e-mail-like '@'")
    for url in re.findall(r"https://[^\s\"'<>]+", t):
        host = url.split("/")[2]
        if host.startswith("www.amazon.") and ('href="%s"' % url) in b:
            continue
        if ('src="%s"' % url) in b and not re.search(r'href="%s"' % re.escape(url), b):
            continue
        errs.append(f"{mid}: clean but link/url {url}")
    for href, text in re.findall(r'<a\s[^>]*href="([^"]*)"[^>]*>(.*?)</a>', b, re.I | re.S):
        label = re.sub(r"<[^>]+>", "", text).strip().lower()
        if not label or label in BAD_LINK_TEXT or label.startswith(("http", "www.")):
            errs.append(f"{mid}: clean but non-descriptive link text {label!r}")
    if re.search(r"style\s*=|<style|<font|align\s*=|<center", b, re.I):
        errs.append(f"{mid}: clean but styling")
    if "\n\n\n" in b or re.search(r"(<br\s*/?>\s*){3,}", b, re.I) or re.search(r"<p>\s*</p>", b):
        errs.append(f"{mid}: clean but excess line breaks")
    if IMPORTANT.search(s) and m["type"] != "order-problem":
        errs.append(f"{mid}: clean but important tag on {m['type']}")
    if PHONEISH.search(b) and not re.search(r"(garantie|warranty|hersteller|fabrikant|manufacturer)", b, re.I):
        errs.append(f"{mid}: clean but phone-like number")
    for img in re.findall(r"<img[^>]*>", b, re.I):
        if not re.search(r'alt="[^"]+"', img):
            errs.append(f"{mid}: clean but img without alt")
        if not re.search(r"logo", img, re.I):
            errs.append(f"{mid}: clean but non-logo image")
        w = re.search(r'width="(\d+)"', img)
        if w and int(w.group(1)) > 480:
            errs.append(f"{mid}: clean but wide image")
    if re.search(r"<(script|iframe|form|object|embed)", b, re.I):
        errs.append(f"{mid}: clean but active content")
    if re.search(r"(stop|unsubscribe|afmelden|abmelden)\b", t, re.I) and m["type"] != "reply":
        errs.append(f"{mid}: clean but opt-out-like word")


def check_lang(code, rules, seen_orders, errs):
    mod = __import__("lang_" + code)
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errs.append(f"{code}: {len(msgs)} records, want 50")
    ids = [m.get("id") for m in msgs]
    if ids != ["v21-%s-%03d" % (code, i) for i in range(1, 51)]:
        errs.append(f"{code}: ids not v21-{code}-001..050 in order")
    if len(set(ids)) != len(ids):
        errs.append(f"{code}: duplicate ids")
    clean = 0
    counts = {}
    for m in msgs:
        mid = m.get("id")
        if list(m.keys()) != FIELDS and set(m.keys()) != set(FIELDS):
            errs.append(f"{mid}: fields {sorted(m.keys())}")
            continue
        for f in FIELDS:
            want = list if f == "expected" else str
            if not isinstance(m[f], want):
                errs.append(f"{mid}: {f} not {want.__name__}")
        for f in FIELDS:
            if f != "expected" and isinstance(m[f], str) and not m[f].strip():
                errs.append(f"{mid}: empty {f}")
        if m["language"] != code:
            errs.append(f"{mid}: language {m['language']}")
        if not re.match(r"^[a-z]{2}-[A-Z]{2}$", m["locale"]) or not m["locale"].startswith(code + "-"):
            errs.append(f"{mid}: locale {m['locale']}")
        if m["type"] not in TYPES:
            errs.append(f"{mid}: type {m['type']}")
        if m["format"] not in ("text", "html"):
            errs.append(f"{mid}: format {m['format']}")
        if m["format"] == "html" and not re.search(r"<(p|div|table|img|h\d|style)\b", m["body"]):
            errs.append(f"{mid}: html format without html")
        if m["format"] == "text" and re.search(r"<(p|div|br|img|a)\b", m["body"]):
            errs.append(f"{mid}: text format with html tags")
        o = m["order_id"]
        if not ORDER_RE.match(o) or not o.startswith(PREFIX[code]):
            errs.append(f"{mid}: order_id {o}")
        if o in seen_orders:
            errs.append(f"{mid}: order_id {o} also in {seen_orders[o]}")
        seen_orders[o] = mid
        exp = m["expected"]
        if exp != sorted(exp) or len(set(exp)) != len(exp):
            errs.append(f"{mid}: expected not sorted/unique")
        for r in exp:
            if r not in rules:
                errs.append(f"{mid}: unknown rule {r}")
            if r in NEVER:
                errs.append(f"{mid}: {r} is never expected")
        text = m["subject"] + "\n" + m["body"]
        hyph = re.findall(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)", text)
        if "BSM102" in exp:
            if hyph:
                errs.append(f"{mid}: BSM102 but hyphenated order number present")
        else:
            if o not in text:
                errs.append(f"{mid}: order number missing")
        for h in hyph:
            if h != o:
                errs.append(f"{mid}: other order number {h} in text")
        if not exp:
            clean += 1
            lint_clean(m, errs)
        for r in exp or ["clean"]:
            counts[r] = counts.get(r, 0) + 1
    if clean != 17:
        errs.append(f"{code}: {clean} clean, want 17")
    return counts


def main():
    rules = rule_ids()
    errs, seen = [], {}
    for code in ("nl", "en", "de"):
        counts = check_lang(code, rules, seen, errs)
        print(code, " ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problem(s)")
        return 1
    print("OK: nl, en, de valid (150 records)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

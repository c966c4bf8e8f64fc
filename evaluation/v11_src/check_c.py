"""Validate the v11 modules lang_pl, lang_sv and lang_tr (writer C).

Run: python3 /work/notes/v11_src/check_c.py
Exits non-zero on any problem. Standard library only.
"""
import collections
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RULES_MD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = {"pl": "pl-PL", "sv": "sv-SE", "tr": "tr-TR"}
PREFIXES = {"pl": "426", "sv": "427", "tr": "428"}
FIELDS = {
    "id": str, "language": str, "locale": str, "type": str, "format": str,
    "subject": str, "body": str, "order_id": str, "expected": list, "note": str,
}
TYPES = {
    "order-problem", "delivery-delay", "additional-information", "return-follow-up",
    "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
    "custom-design-verification", "fulfillment-question", "reply",
}
NOT_EXPECTED = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
IMPORTANT_TAGS = ("[ważne]", "[viktigt]", "[önemli]", "[important]")
EMOJI_RE = re.compile(
    "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]"
    r"|(?<![\w/])(?::-?\)|;-?\)|:-?D\b|:-?\(|<3)"
)


def rule_ids():
    with open(RULES_MD, encoding="utf-8") as f:
        text = f.read()
    return set(re.findall(r"^\|\s*(BSM\d{3})\s*\|", text, re.M))


def load(lang):
    path = os.path.join(HERE, "lang_%s.py" % lang)
    spec = importlib.util.spec_from_file_location("lang_%s" % lang, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.MESSAGES


def clean_lint(r):
    """Heuristic checks that a message labelled clean really carries none of the
    elements the brief lists. Returns a list of problems."""
    p = []
    s, b = r["subject"], r["body"]
    both = s + "\n" + b
    low = both.lower()
    if EMOJI_RE.search(both):
        p.append("emoji/emoticon")
    if "@" in both or "mailto:" in low:
        p.append("e-mail address sign")
    if "http://" in low:
        p.append("http link or image")
    for m in re.finditer(r"https://[^\s\"'<>]+", b):
        url = m.group(0)
        host = url.split("/")[2]
        before = b[max(0, m.start() - 6):m.start()]
        if before.endswith('src="'):
            continue  # images are checked below
        if not re.search(r"(^|\.)amazon\.(pl|se|com\.tr|de|com)$", host):
            p.append("non-Amazon link " + url)
        if r["format"] == "text":
            p.append("bare URL in text " + url)
    for m in re.finditer(r"<a\b[^>]*>(.*?)</a>", b, re.S | re.I):
        txt = re.sub(r"<[^>]+>", "", m.group(1)).strip().lower()
        if len(txt) < 12 or txt in ("kliknij tutaj", "tutaj", "läs mer", "här", "buraya tıklayın"):
            p.append("short/non-descriptive link text %r" % txt)
    for m in re.finditer(r"<img\b[^>]*>", b, re.I):
        tag = m.group(0)
        if not re.search(r'\balt="[^"]+"', tag):
            p.append("image without alt")
        if "logo" not in tag.lower():
            p.append("image that is not the shop logo")
        w = re.search(r'width="(\d+)"', tag)
        if w and int(w.group(1)) > 480:
            p.append("image too wide")
        if w and int(w.group(1)) <= 2:
            p.append("tiny image")
    if re.search(r"style\s*=|<style|<font|\balign\s*=|<center", b, re.I):
        p.append("styling (style/font/align)")
    if re.search(r"<h[1-6]\b", b, re.I):
        p.append("heading (extra font size)")
    if re.search(r"<(script|iframe|form|object|embed|meta)\b|\bon\w+\s*=|javascript:", b, re.I):
        p.append("active content")
    if "\n\n\n" in b:
        p.append("more than one blank line in a row")
    if re.search(r"(<br\s*/?>\s*){3,}", b, re.I) or re.search(r"<p>\s*(&nbsp;)?\s*</p>", b, re.I):
        p.append("<br> run or empty paragraph")
    if any(t in s.lower() for t in IMPORTANT_TAGS) and r["type"] != "order-problem":
        p.append("important tag on a non-critical type")
    if re.search(r"\+\d{2}\s?\d", both):
        p.append("international phone-like number")
    if re.search(r"www\.|\.(pl|se|com|tr)\b(?![^<]*>)", re.sub(r"<[^>]+>", " ", b)):
        p.append("website/domain shown in text")
    return p


def main():
    ids_known = rule_ids()
    if len(ids_known) < 40:
        print("could not read rule ids from rules.md (%d found)" % len(ids_known))
        return 1
    errors = []
    all_ids, all_orders = set(), set()
    summary = {}
    for lang, locale in LANGS.items():
        try:
            msgs = load(lang)
        except Exception as e:  # noqa: BLE001
            errors.append("%s: cannot import: %r" % (lang, e))
            continue
        if len(msgs) != 50:
            errors.append("%s: %d records, expected 50" % (lang, len(msgs)))
        counts = collections.Counter()
        clean = 0
        for i, r in enumerate(msgs, 1):
            where = "%s[%d]" % (lang, i)
            if not isinstance(r, dict):
                errors.append(where + ": not a dict")
                continue
            if set(r) != set(FIELDS):
                errors.append(where + ": fields %s" % sorted(set(r) ^ set(FIELDS)))
                continue
            for k, t in FIELDS.items():
                if not isinstance(r[k], t):
                    errors.append(where + ": %s is not %s" % (k, t.__name__))
            where = r["id"]
            if r["id"] != "v11-%s-%03d" % (lang, i):
                errors.append(where + ": id out of sequence (position %d)" % i)
            if r["id"] in all_ids:
                errors.append(where + ": duplicate id")
            all_ids.add(r["id"])
            if r["language"] != lang or r["locale"] != locale:
                errors.append(where + ": language/locale %s/%s" % (r["language"], r["locale"]))
            if r["type"] not in TYPES:
                errors.append(where + ": type %r not permitted" % r["type"])
            if r["format"] not in ("text", "html"):
                errors.append(where + ": format %r" % r["format"])
            if r["format"] == "text" and re.search(r"</?[a-z][a-z0-9]*\b[^>]*>", r["body"], re.I):
                errors.append(where + ": HTML tag in a text body")
            if r["format"] == "html" and not re.search(r"<(p|table|div|br)\b", r["body"], re.I):
                errors.append(where + ": html body without HTML")
            if not r["note"].strip() or not r["subject"].strip() or not r["body"].strip():
                errors.append(where + ": empty subject/body/note")
            exp = r["expected"]
            if exp != sorted(set(exp)):
                errors.append(where + ": expected not sorted/unique")
            for e in exp:
                if not isinstance(e, str) or e not in ids_known:
                    errors.append(where + ": unknown rule id %r" % (e,))
                if e in NOT_EXPECTED:
                    errors.append(where + ": %s is never expected by the policy" % e)
            o = r["order_id"]
            m = re.fullmatch(r"(\d{3})-(\d{7})-(\d{7})", o)
            if not m:
                errors.append(where + ": order_id %r malformed" % o)
            else:
                if m.group(1) != PREFIXES[lang]:
                    errors.append(where + ": order prefix %s" % m.group(1))
                if m.group(2) == m.group(3):
                    errors.append(where + ": both 7-digit groups equal")
            if o in all_orders:
                errors.append(where + ": duplicate order number")
            all_orders.add(o)
            text = r["subject"] + "\n" + r["body"]
            found = ORDER_RE.findall(text)
            if "BSM102" in exp:
                if found:
                    errors.append(where + ": BSM102 expected but a hyphenated order number is present")
            else:
                if o not in found:
                    errors.append(where + ": order number missing from subject/body")
                if any(f != o for f in found):
                    errors.append(where + ": another order number present")
            if not exp:
                clean += 1
                for prob in clean_lint(r):
                    errors.append(where + ": clean but " + prob)
            if "BSM110" in exp and not any(t in r["subject"].lower() for t in IMPORTANT_TAGS):
                errors.append(where + ": BSM110 without an important tag in the subject")
            if "BSM110" in exp and r["type"] not in ("return-follow-up", "invoice", "review-request", "reply"):
                errors.append(where + ": BSM110 on a critical type")
            if exp == [] and r["type"] == "order-problem" and "skorygowan" not in r["body"] \
                    and "justerat" not in r["body"] and "düzeltildi" not in r["body"]:
                errors.append(where + ": clean order problem without an adjustment sentence")
            for e in exp:
                counts[e] += 1
        if clean != 17:
            errors.append("%s: %d clean records, expected 17" % (lang, clean))
        summary[lang] = (len(msgs), clean, counts)
    for lang, (n, clean, counts) in summary.items():
        print("%s: %d records, %d clean; %s" % (
            lang, n, clean, ", ".join("%s×%d" % (k, v) for k, v in sorted(counts.items()))))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

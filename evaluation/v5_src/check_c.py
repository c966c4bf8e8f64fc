"""Validate the v5 writer-C modules: lang_pl, lang_sv, lang_tr (standard library only)."""

import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = {"pl": ("pl-PL", "308-"), "sv": ("sv-SE", "309-"), "tr": ("tr-TR", "112-")}
FIELDS = {
    "id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
    "body": str, "order_id": str, "expected": list, "note": str,
}
TYPES = {
    "order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
    "review-request", "delivery-scheduling", "home-service-appointment",
    "custom-design-verification", "fulfillment-question", "reply",
}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]|(?<!\\w)[:;]-?[)(DP](?!\\w)|<3")
IMPORTANT = ("[ważne]", "[viktigt]", "[önemli]", "[important]")


def rule_ids():
    with open(RULES, encoding="utf-8") as fh:
        return set(re.findall(r"\|\s*(BSM\d{3})\s*\|", fh.read()))


def clean_problems(m):
    """Cheap sanity checks that a message labelled clean is free of obvious violations."""
    text = m["subject"] + "\n" + m["body"]
    low = text.lower()
    out = []
    if EMOJI_RE.search(text):
        out.append("emoji/emoticon")
    if "http://" in low:
        out.append("http link")
    if "@" in text or "mailto:" in low:
        out.append("e-mail")
    for bad in ("style", "color", "font", "align", "<center", "line-height", "<script", "<form",
                "<iframe", "stop", "newsletter", "instagram"):
        if bad in low:
            out.append(bad)
    if "\n\n\n" in m["body"] or "<br><br><br>" in low or "<p></p>" in low:
        out.append("excess line breaks")
    for href in re.findall(r'href="([^"]+)"', m["body"]):
        if not re.match(r"https://www\.amazon\.", href):
            out.append("non-Amazon link " + href)
    for img in re.findall(r"<img[^>]*>", m["body"]):
        if not re.search(r'alt="[^"]+"', img):
            out.append("img without alt")
    if any(tag in low for tag in IMPORTANT) and m["type"] != "order-problem":
        out.append("[Important] tag on non-critical type")
    return out


def main():
    known = rule_ids()
    errors = []
    all_orders = {}
    for lang, (locale, prefix) in LANGS.items():
        msgs = importlib.import_module("lang_" + lang).MESSAGES
        if len(msgs) != 50:
            errors.append("%s: %d records, want 50" % (lang, len(msgs)))
        ids = [m.get("id") for m in msgs]
        if len(set(ids)) != len(ids):
            errors.append("%s: duplicate ids" % lang)
        if ids != ["v5-%s-%03d" % (lang, i) for i in range(1, len(msgs) + 1)]:
            errors.append("%s: ids not v5-%s-001..050 in order" % (lang, lang))
        clean = 0
        counts = {}
        for m in msgs:
            mid = m.get("id")
            if set(m) != set(FIELDS):
                errors.append("%s: fields %s" % (mid, sorted(set(m) ^ set(FIELDS))))
                continue
            for key, typ in FIELDS.items():
                if not isinstance(m[key], typ):
                    errors.append("%s: %s not %s" % (mid, key, typ.__name__))
            if m["language"] != lang or m["locale"] != locale:
                errors.append("%s: language/locale" % mid)
            if m["type"] not in TYPES:
                errors.append("%s: type %s" % (mid, m["type"]))
            if m["format"] not in ("html", "text"):
                errors.append("%s: format %s" % (mid, m["format"]))
            if not m["note"].strip() or not m["body"].strip() or not m["subject"].strip():
                errors.append("%s: empty subject/body/note" % mid)
            exp = m["expected"]
            if exp != sorted(set(exp)) or not all(isinstance(e, str) for e in exp):
                errors.append("%s: expected not sorted/unique strings" % mid)
            for e in exp:
                if e not in known:
                    errors.append("%s: unknown rule %s" % (mid, e))
                if e in NEVER:
                    errors.append("%s: rule %s is never expected" % (mid, e))
                counts[e] = counts.get(e, 0) + 1
            oid = m["order_id"]
            if not ORDER_RE.match(oid) or not oid.startswith(prefix):
                errors.append("%s: order_id %s" % (mid, oid))
            if oid in all_orders:
                errors.append("%s: order_id shared with %s" % (mid, all_orders[oid]))
            all_orders[oid] = mid
            present = oid in m["subject"] or oid in m["body"]
            if "BSM102" in exp:
                if present or re.search(r"\d{3}-\d{7}-\d{7}", m["subject"] + m["body"]):
                    errors.append("%s: BSM102 expected but an order number is present" % mid)
            elif not present:
                errors.append("%s: order number missing" % mid)
            if m["format"] == "text" and "<" in m["body"] and ">" in m["body"]:
                errors.append("%s: text body looks like HTML" % mid)
            if m["format"] == "html" and not re.search(r"<(p|div|table|h\d)\b", m["body"]):
                errors.append("%s: html body has no block element" % mid)
            if "BSM412" not in exp and ("\n\n\n" in m["body"] or "<br><br><br>" in m["body"]):
                errors.append("%s: excess line breaks but BSM412 not expected" % mid)
            if not exp:
                clean += 1
                for p in clean_problems(m):
                    errors.append("%s: clean message has %s" % (mid, p))
        if clean != 17:
            errors.append("%s: %d clean, want 17" % (lang, clean))
        print("%s: %d records, %d clean, %s" % (
            lang, len(msgs), clean, ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problems" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

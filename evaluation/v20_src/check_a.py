"""Validate v20 writer A's modules: lang_nl, lang_en, lang_de. Standard library only."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")

import lang_de  # noqa: E402
import lang_en  # noqa: E402
import lang_nl  # noqa: E402

FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
PREFIX = {"nl": "510-", "en": "511-", "de": "512-"}
LOCALES = {"nl": {"nl-NL", "nl-BE"}, "en": {"en-GB", "en-US"}, "de": {"de-DE", "de-AT", "de-CH"}}
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]|(?<![\\w])[:;]-?[)(DPp](?![\\w])|<3")
STYLE_RE = re.compile(r"font-family|line-height|color\s*[:=]|text-align|align=|<center|<font", re.I)


def rule_ids():
    with open(RULES, encoding="utf-8") as f:
        return set(re.findall(r"\|\s*(BSM\d{3})\s*\|", f.read()))


def main():
    ids_ok = rule_ids()
    errors = []
    all_ids, all_orders = set(), set()
    for mod in (lang_nl, lang_en, lang_de):
        lang = mod.LANG
        msgs = mod.MESSAGES
        if len(msgs) != 50:
            errors.append("%s: %d records, want 50" % (lang, len(msgs)))
        clean = 0
        counts = {}
        for i, r in enumerate(msgs, 1):
            rid = r.get("id", "?")
            if set(r) != set(FIELDS):
                errors.append("%s: fields %s" % (rid, sorted(set(r) ^ set(FIELDS))))
                continue
            for k, t in FIELDS.items():
                if not isinstance(r[k], t):
                    errors.append("%s: %s not %s" % (rid, k, t.__name__))
            if r["id"] != "v20-%s-%03d" % (lang, i):
                errors.append("%s: id out of sequence (want v20-%s-%03d)" % (rid, lang, i))
            if rid in all_ids:
                errors.append("%s: duplicate id" % rid)
            all_ids.add(rid)
            if r["language"] != lang:
                errors.append("%s: language %s" % (rid, r["language"]))
            if r["locale"] not in LOCALES[lang]:
                errors.append("%s: locale %s" % (rid, r["locale"]))
            if r["type"] not in TYPES:
                errors.append("%s: type %s" % (rid, r["type"]))
            if r["format"] not in ("text", "html"):
                errors.append("%s: format %s" % (rid, r["format"]))
            if not r["note"].strip() or not r["subject"].strip() or not r["body"].strip():
                errors.append("%s: empty subject/body/note" % rid)
            exp = r["expected"]
            if exp != sorted(set(exp)) or not all(isinstance(x, str) for x in exp):
                errors.append("%s: expected not sorted/unique strings" % rid)
            for x in exp:
                if x not in ids_ok:
                    errors.append("%s: unknown rule %s" % (rid, x))
                counts[x] = counts.get(x, 0) + 1
            if "BSM101" in exp:
                errors.append("%s: BSM101 never expected" % rid)
            o = r["order_id"]
            if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", o) or not o.startswith(PREFIX[lang]):
                errors.append("%s: bad order_id %s" % (rid, o))
            if o in all_orders:
                errors.append("%s: duplicate order_id %s" % (rid, o))
            all_orders.add(o)
            text = r["subject"] + "\n" + r["body"]
            found = ORDER_RE.findall(text)
            if "BSM102" in exp:
                if found:
                    errors.append("%s: BSM102 but an order number is present" % rid)
            else:
                if o not in found:
                    errors.append("%s: order number missing" % rid)
                if any(f != o for f in found):
                    errors.append("%s: other order number in text" % rid)
            # heuristics for clean records
            if not exp:
                clean += 1
                b = r["body"]
                if EMOJI_RE.search(text):
                    errors.append("%s: clean but emoji/emoticon" % rid)
                if "@" in b or "mailto:" in b.lower():
                    errors.append("%s: clean but e-mail" % rid)
                if "http://" in b:
                    errors.append("%s: clean but http" % rid)
                if r["format"] == "html" and (STYLE_RE.search(b) or "<style" in b or "style=" in b):
                    errors.append("%s: clean HTML sets style" % rid)
                if "\n\n\n" in b or re.search(r"(<br\s*/?>\s*){3,}", b) or re.search(r"<p>\s*</p>", b):
                    errors.append("%s: clean but excess line breaks" % rid)
                for href in re.findall(r'href="([^"]+)"', b):
                    if not re.match(r"https://(www\.)?amazon\.", href):
                        errors.append("%s: clean but non-Amazon link %s" % (rid, href))
                for tag in re.findall(r"<img[^>]*>", b):
                    if not re.search(r'alt="[^"]+"', tag):
                        errors.append("%s: clean but image without alt" % rid)
                if re.search(r"\[(important|belangrijk|wichtig)\]", r["subject"], re.I) and r["type"] != "order-problem":
                    errors.append("%s: clean but important tag" % rid)
            if r["format"] == "text" and re.search(r"<(p|br|div|table|img)\b", r["body"]):
                errors.append("%s: text format with HTML tags" % rid)
        if clean != 17:
            errors.append("%s: %d clean, want 17" % (lang, clean))
        print("%s: %d records, %d clean, %s" % (lang, len(msgs), clean,
              ", ".join("%s %d" % kv for kv in sorted(counts.items()))))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problems" % len(errors))
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

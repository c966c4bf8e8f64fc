"""Validator for v17 writer C: Polish, Swedish, Turkish modules (standard library only)."""
import collections
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")

FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
LANGS = {"pl": ("pl-PL", "486"), "sv": ("sv-SE", "487"), "tr": ("tr-TR", "488")}
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
IMPORTANT = {"pl": "[ważne]", "sv": "[viktigt]", "tr": "[önemli]"}
NOT_CRITICAL = {"return-follow-up", "invoice", "review-request", "reply"}
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55]")
EMOTICON_RE = re.compile(r"(?<![\w/])(?:[:;=8][-']?[)(DPpO/\\|]|<3|xD|XD)(?![\w])")
STYLE_RE = re.compile(r"(font-family|line-height|color\s*:|text-align|align=|<center|<font)", re.I)


def rule_ids():
    text = open(RULES, encoding="utf-8").read()
    return set(re.findall(r"^\| (BSM\d{3}) \|", text, re.M))


def main():
    ids_ok = rule_ids()
    assert len(ids_ok) >= 40, ids_ok
    errors = []
    all_ids, all_orders = set(), set()

    def err(rid, msg):
        errors.append("%s: %s" % (rid, msg))

    for lang, (locale, prefix) in LANGS.items():
        mod = importlib.import_module("lang_" + lang)
        msgs = mod.MESSAGES
        if len(msgs) != 50:
            errors.append("%s: %d records, want 50" % (lang, len(msgs)))
        clean = 0
        counts = collections.Counter()
        for i, m in enumerate(msgs, 1):
            rid = m.get("id", "?%s%d" % (lang, i))
            if set(m) != set(FIELDS):
                err(rid, "fields %s" % sorted(set(m) ^ set(FIELDS)))
                continue
            for k, t in FIELDS.items():
                if not isinstance(m[k], t):
                    err(rid, "field %s not %s" % (k, t.__name__))
            if rid != "v17-%s-%03d" % (lang, i):
                err(rid, "id out of sequence")
            if rid in all_ids:
                err(rid, "duplicate id")
            all_ids.add(rid)
            if m["language"] != lang or m["locale"] != locale:
                err(rid, "language/locale")
            if m["type"] not in TYPES:
                err(rid, "bad type %s" % m["type"])
            if m["format"] not in ("text", "html"):
                err(rid, "bad format")
            exp = m["expected"]
            if exp != sorted(set(exp)):
                err(rid, "expected not sorted/unique")
            for e in exp:
                if e not in ids_ok:
                    err(rid, "unknown rule %s" % e)
                if e in NEVER:
                    err(rid, "rule %s is never expected by policy" % e)
            on = m["order_id"]
            if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", on) or not on.startswith(prefix + "-"):
                err(rid, "order_id format/prefix %s" % on)
            if on in all_orders:
                err(rid, "duplicate order number")
            all_orders.add(on)
            found = ORDER_RE.findall(m["subject"] + "\n" + m["body"])
            if "BSM102" in exp:
                if found:
                    err(rid, "BSM102 expected but an order number is present")
            else:
                if on not in found:
                    err(rid, "order number missing from subject/body")
                for f in found:
                    if f != on:
                        err(rid, "foreign order number %s" % f)
            if not m["note"].strip() or m["note"].count(".") > 2:
                err(rid, "note should be one short sentence")
            # BSM110 consistency
            has_imp = IMPORTANT[lang] in m["subject"].lower()
            want_110 = has_imp and m["type"] in NOT_CRITICAL
            if want_110 != ("BSM110" in exp):
                err(rid, "BSM110 label inconsistent with subject tag/type")
            if "BSM107" in exp and m["type"] != "order-problem":
                err(rid, "BSM107 on a non order-problem")
            body = m["body"]
            if m["format"] == "text" and re.search(r"<[a-zA-Z/][^>]*>", body):
                err(rid, "HTML tag in a text body")
            if m["format"] == "html" and not re.search(r"<(p|div|table|h\d|style)\b", body):
                err(rid, "html body without block markup")
            if not exp:
                clean += 1
                full = m["subject"] + "\n" + body
                if EMOJI_RE.search(full) or EMOTICON_RE.search(full):
                    err(rid, "clean message has emoji/emoticon")
                if "http://" in full:
                    err(rid, "clean message has http")
                for url in re.findall(r"https://[^\s\"'<>]+", body):
                    host = url.split("/")[2]
                    if "<a " in body and "amazon." not in host and ('href="%s"' % url) in body:
                        err(rid, "clean message links to non-Amazon host %s" % host)
                if "@" in full or "mailto:" in full:
                    err(rid, "clean message has @")
                if "\n\n\n" in body or re.search(r"(<br\s*/?>\s*){3,}", body) or re.search(r"<p>\s*</p>", body):
                    err(rid, "clean message has excess line breaks")
                if STYLE_RE.search(body) or "style" in body.lower() or "font-size" in body:
                    err(rid, "clean message sets styles")
                for img in re.findall(r"<img\b[^>]*>", body):
                    alt = re.search(r'alt="([^"]*)"', img)
                    if not alt or not alt.group(1).strip():
                        err(rid, "clean image without alt")
                    w = re.search(r'width="(\d+)"', img)
                    if w and int(w.group(1)) > 480:
                        err(rid, "clean image too wide")
                    if "http://" in img:
                        err(rid, "clean image over http")
                if re.search(r"<(script|iframe|form|object|embed)\b", body, re.I):
                    err(rid, "clean message has active content")
                if re.search(r"\+\d{2}\s?\d", full):
                    err(rid, "clean message has an international phone-like number")
            for e in exp:
                counts[e] += 1
            if not exp:
                counts["clean"] += 1
        if clean != 17:
            errors.append("%s: %d clean, want 17" % (lang, clean))
        print("%s: %d records; %s" % (lang, len(msgs), ", ".join(
            "%s=%d" % (k, counts[k]) for k in ["clean"] + sorted(k for k in counts if k != "clean"))))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problems" % len(errors))
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

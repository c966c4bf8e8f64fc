"""Validate the v19 nl/en/de evaluation modules (standard library only)."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")

LANGS = {"nl": ("500", "nl-"), "en": ("501", "en-"), "de": ("502", "de-")}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\uFE0F]")
EMOTICON_RE = re.compile(r"(?<!\w)(?::-?[)(DPp]|;-?[)D]|<3)(?!\w)")
PHONE_RE = re.compile(r"(\+\d{2}\s?\d|(?<![\d.-])0\d{2,4}[\s/-]+\d{2,})")
TAG_RE = re.compile(r"^\s*\[(important|belangrijk|wichtig)\]", re.I)
CLEAN_FORBIDDEN = [
    (re.compile(r"http://", re.I), "http link/image"),
    (re.compile(r"@"), "at sign"),
    (re.compile(r"style\s*=|<style|<font|<center|align\s*=|bgcolor", re.I), "styling"),
    (re.compile(r"font-family|line-height|color\s*:|text-align", re.I), "style property"),
    (re.compile(r"<script|<iframe|<form|<object|<embed|javascript:|onload|onclick", re.I), "active content"),
    (re.compile(r"\b(at|punt|punkt|dot|apenstaartje)\b.*\b(dot|punt|punkt)\b\s*(nl|de|com|co|uk|at)\b", re.I), "obfuscated email"),
    (re.compile(r"\b(stop|unsubscribe|abmelden|afmelden)\b", re.I), "opt-out"),
    (re.compile(r"\b(korting|rabatt|discount|newsletter|nieuwsbrief|instagram|five stars|vijf sterren|fünf sterne)\b", re.I), "promo/rating words"),
    (re.compile(r"(klik hier|click here|>\s*hier\s*<|>\s*here\s*<|>\s*link\s*<)", re.I), "non-descriptive link"),
]


def rule_ids():
    with open(RULES, encoding="utf-8") as f:
        return set(re.findall(r"\|\s*(BSM\d{3})\s*\|", f.read()))


def check_lang(code, mod, ids_ok, seen_orders, errors):
    prefix, loc_prefix = LANGS[code]
    msgs = mod.MESSAGES
    def err(i, m):
        errors.append("%s: %s" % (i, m))
    if len(msgs) != 50:
        err(code, "expected 50 records, got %d" % len(msgs))
    seen_ids = set()
    clean = 0
    counts = {}
    for n, r in enumerate(msgs, 1):
        rid = r.get("id", "?%d" % n)
        if set(r) != set(FIELDS):
            err(rid, "fields differ: %s" % sorted(set(r) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(r[k], t):
                err(rid, "field %s not %s" % (k, t.__name__))
        if rid != "v19-%s-%03d" % (code, n):
            err(rid, "id out of sequence")
        if rid in seen_ids:
            err(rid, "duplicate id")
        seen_ids.add(rid)
        if r["language"] != code:
            err(rid, "language")
        if not re.fullmatch(r"[a-z]{2}-[A-Z]{2}", r["locale"]) or not r["locale"].startswith(loc_prefix):
            err(rid, "locale %s" % r["locale"])
        if r["type"] not in TYPES:
            err(rid, "type %s" % r["type"])
        if r["format"] not in ("text", "html"):
            err(rid, "format")
        if not r["note"].strip() or "\n" in r["note"]:
            err(rid, "note")
        exp = r["expected"]
        if exp != sorted(set(exp)) or any(not isinstance(x, str) for x in exp):
            err(rid, "expected not sorted/unique strings")
        for x in exp:
            if x not in ids_ok:
                err(rid, "unknown rule %s" % x)
            counts[x] = counts.get(x, 0) + 1
        if "BSM101" in exp or any(x in exp for x in ("BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414")):
            err(rid, "rule never expected by policy")
        oid = r["order_id"]
        if not re.fullmatch(prefix + r"-\d{7}-\d{7}", oid):
            err(rid, "order_id format/prefix %s" % oid)
        if oid in seen_orders:
            err(rid, "order number reused (%s)" % seen_orders[oid])
        seen_orders[oid] = rid
        text = r["subject"] + "\n" + r["body"]
        found = ORDER_RE.findall(text)
        if "BSM102" in exp:
            if found:
                err(rid, "BSM102 expected but order number present")
        else:
            if oid not in found:
                err(rid, "order number missing from subject/body")
            if any(f != oid for f in found):
                err(rid, "foreign order number in text")
        if r["format"] == "text" and re.search(r"<[a-zA-Z/][^>]*>", r["body"]):
            err(rid, "HTML tag in text body")
        if r["format"] == "html" and not re.search(r"<(p|table|div|br|h1)\b", r["body"]):
            err(rid, "html body without markup")
        # consistency of a few mechanically visible rules
        has_emoji = bool(EMOJI_RE.search(text) or EMOTICON_RE.search(r["body"]))
        if has_emoji != ("BSM403" in exp):
            err(rid, "emoji/emoticon presence disagrees with BSM403")
        blank_run = "\n\n\n" in r["body"] if r["format"] == "text" else bool(
            re.search(r"(<br\s*/?>\s*){3,}", r["body"], re.I) or re.search(r"<p>\s*</p>", r["body"]))
        if blank_run != ("BSM412" in exp):
            err(rid, "line-break run disagrees with BSM412")
        if r["format"] == "text" and "\n\n\n" not in r["body"] and "\n \n" in r["body"]:
            err(rid, "whitespace-only line")
        tagged = bool(TAG_RE.search(r["subject"]))
        if tagged and r["type"] != "order-problem" and "BSM110" not in exp:
            err(rid, "[Important]-tag on non-critical type without BSM110")
        if "BSM110" in exp and not (tagged and r["type"] in ("return-follow-up", "invoice", "review-request", "reply")):
            err(rid, "BSM110 expected but tag/type do not fit")
        if "BSM107" in exp and r["type"] != "order-problem":
            err(rid, "BSM107 on non-order-problem")
        imgs = re.findall(r"<img\b[^>]*>", r["body"], re.I)
        for im in imgs:
            alt = re.search(r'\balt="([^"]*)"', im)
            if (alt is None or not alt.group(1).strip()) and "BSM402" not in exp:
                err(rid, "image without alt but no BSM402")
        # elements that only the records expecting them may contain
        if re.search(r"\w@\w", text) and "BSM308" not in exp:
            err(rid, "e-mail address without BSM308")
        if re.search(r"http://", text, re.I) and not {"BSM301", "BSM413"} & set(exp):
            err(rid, "http URL without BSM301/BSM413")
        for href in re.findall(r'href="([^"]*)"', r["body"]):
            if not re.match(r"https?://www\.amazon\.(nl|de|co\.uk|com)/", href) and "BSM302" not in exp:
                err(rid, "non-Amazon link without BSM302: %s" % href)
        for prop, rule in ((r"font-family|<font\b", "BSM407"), (r"line-height", "BSM408"),
                           (r"(?<![\w-])color\s*:|<font[^>]*color", "BSM409"),
                           (r"text-align|\balign\s*=|<center", "BSM411")):
            if bool(re.search(prop, text, re.I)) != (rule in exp):
                err(rid, "style %s disagrees with %s" % (prop, rule))
        if "BSM309" not in exp:
            for line in text.splitlines():
                if PHONE_RE.search(line) and not re.search(
                        r"(garanti|warranty|hersteller|fabrikant)", line, re.I) and not re.search(
                        r"(IBAN|KvK|BTW|VAT|USt|HRB|Company|Steuernummer|UID|FN |No\.)", line):
                    err(rid, "phone-like number without BSM309: %s" % line.strip())
        if not exp:
            clean += 1
            for rx, what in CLEAN_FORBIDDEN:
                if rx.search(text):
                    err(rid, "clean record contains %s" % what)
            for href in re.findall(r'href="([^"]*)"', r["body"]):
                if not re.match(r"https://www\.amazon\.(nl|de|co\.uk|com)/", href):
                    err(rid, "clean record links outside Amazon: %s" % href)
            for im in imgs:
                if not re.search(r'\balt="[^"]+"', im):
                    err(rid, "clean image without alt")
                w = re.search(r'width="(\d+)"', im)
                if not w or int(w.group(1)) > 480 or int(w.group(1)) <= 2:
                    err(rid, "clean image width")
            for line in text.splitlines():
                # phone-like digit groups must sit on a line marked as the warranty/manufacturer line
                if PHONE_RE.search(line) and not re.search(
                        r"(garanti|warranty|hersteller|fabrikant)", line, re.I) and not re.search(
                        r"(IBAN|KvK|BTW|VAT|USt|HRB|Company|Steuernummer|UID|FN |No\.)", line):
                    err(rid, "clean record has phone-like number: %s" % line.strip())
    if clean != 17:
        err(code, "expected 17 clean, got %d" % clean)
    return clean, counts


def main():
    import importlib
    ids_ok = rule_ids()
    errors = []
    seen_orders = {}
    for code in LANGS:
        mod = importlib.import_module("lang_%s" % code)
        clean, counts = check_lang(code, mod, ids_ok, seen_orders, errors)
        print("%s: %d records, clean %d, %s" % (
            code, len(mod.MESSAGES), clean,
            ", ".join("%s=%d" % (k, counts[k]) for k in sorted(counts))))
    if errors:
        print("FAILED (%d problems)" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

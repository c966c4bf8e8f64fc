"""Validator for lang_nl.py, lang_en.py, lang_de.py (v23, writer A)."""
import os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lang_nl, lang_en, lang_de

RULES = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()
RULE_IDS = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", RULES))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]")
EMOTICON_RE = re.compile(r"(?<!\w)[:;=8][-^']?[)(DPp]|<3")
IMPORTANT = re.compile(r"\[(important|belangrijk|wichtig)\]", re.I)
STYLE_RE = re.compile(r"font-family|line-height|color\s*:|text-align|align=|<center|<font", re.I)
NONCRIT = {"return-follow-up", "invoice", "review-request", "reply"}
PREFIX = {"nl": "540", "en": "541", "de": "542"}
LOCALE_LANG = {"nl": "nl", "en": "en", "de": "de"}

errors = []
def err(rec, msg):
    errors.append("%s: %s" % (rec.get("id"), msg))

all_orders = set()
for mod, lang in ((lang_nl, "nl"), (lang_en, "en"), (lang_de, "de")):
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errors.append("%s: %d records, want 50" % (lang, len(msgs)))
    ids = [m.get("id") for m in msgs]
    if len(set(ids)) != len(ids):
        errors.append("%s: duplicate ids" % lang)
    if ids != ["v23-%s-%03d" % (lang, i) for i in range(1, 51)]:
        errors.append("%s: ids not v23-%s-001..050 in order" % (lang, lang))
    clean = sum(1 for m in msgs if m.get("expected") == [])
    if clean != 17:
        errors.append("%s: %d clean, want 17" % (lang, clean))
    for m in msgs:
        if set(m) != set(FIELDS):
            err(m, "fields %s" % sorted(set(m) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(m[k], t) or (t is str and not m[k].strip() and k != "subject"):
                err(m, "field %s bad" % k)
        if m["language"] != lang:
            err(m, "language")
        if not re.fullmatch(r"[a-z]{2}-[A-Z]{2}", m["locale"]):
            err(m, "locale format")
        if m["type"] not in TYPES:
            err(m, "type %s" % m["type"])
        if m["format"] not in ("text", "html"):
            err(m, "format")
        exp = m["expected"]
        if exp != sorted(set(exp)):
            err(m, "expected not sorted/unique")
        for r in exp:
            if r not in RULE_IDS:
                err(m, "unknown rule %s" % r)
        for r in ("BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"):
            if r in exp:
                err(m, "%s is never expected" % r)
        o = m["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", o) or not o.startswith(PREFIX[lang] + "-"):
            err(m, "order_id format/prefix")
        if o in all_orders:
            err(m, "order_id reused")
        all_orders.add(o)
        text = m["subject"] + "\n" + m["body"]
        present = o in text
        if "BSM102" in exp:
            if ORDER_RE.search(text):
                err(m, "BSM102 expected but a hyphenated order number is present")
        else:
            if not present:
                err(m, "order number missing")
            for other in ORDER_RE.findall(text):
                if other != o:
                    err(m, "foreign order number %s" % other)
        # consistency checks between text and labels
        has_emoji = bool(EMOJI_RE.search(text) or EMOTICON_RE.search(re.sub(r"<[^>]+>", "", text)))
        if has_emoji != ("BSM403" in exp):
            err(m, "emoji/emoticon vs BSM403 mismatch")
        if bool(IMPORTANT.search(m["subject"])) and m["type"] in NONCRIT and "BSM110" not in exp:
            err(m, "[Important] on non-critical type without BSM110")
        if "BSM110" in exp and not IMPORTANT.search(m["subject"]):
            err(m, "BSM110 without tag")
        if ("@" in text) and "BSM308" not in exp:
            err(m, "@ without BSM308")
        if "http://" in text and not ({"BSM301", "BSM413"} & set(exp)):
            err(m, "http without BSM301/413")
        if m["format"] == "text":
            if "<" in m["body"] and re.search(r"<[a-z]+[ >]", m["body"]):
                err(m, "HTML tags in text body")
            if ("\n\n\n" in m["body"]) != ("BSM412" in exp):
                err(m, "blank-line run vs BSM412 mismatch")
        else:
            brrun = re.search(r"(<br\s*/?>\s*){3,}", m["body"], re.I)
            emptyp = re.search(r"<p>(\s|&nbsp;)*</p>", m["body"], re.I)
            if bool(brrun or emptyp) != ("BSM412" in exp):
                err(m, "br/empty-p vs BSM412 mismatch")
            if STYLE_RE.search(m["body"]) and not ({"BSM407", "BSM408", "BSM409", "BSM411"} & set(exp)):
                err(m, "style override without label")
            for img in re.findall(r"<img\b[^>]*>", m["body"], re.I):
                alt = re.search(r'\balt="([^"]*)"', img)
                if (not alt or not alt.group(1).strip()) and "BSM402" not in exp:
                    err(m, "image without alt, no BSM402")
            for href in re.findall(r'href="([^"]*)"', m["body"]):
                if not re.match(r"https?://www\.amazon\.", href) and "BSM302" not in exp:
                    err(m, "non-Amazon link without BSM302")
        if exp == []:
            if re.search(r"<style|<form|<script|<iframe", m["body"], re.I):
                err(m, "clean message with style/form/script")
            if re.search(r"\+\d{2}\s?\(?\d", text) and "BSM309" not in exp:
                err(m, "international phone in clean message")
            if re.search(r"\bSTOP\b", text) or re.search(r"unsubscribe|abmelden|afmelden|opt[- ]out", text, re.I):
                err(m, "opt-out word in clean message")
    c = collections.Counter(r for m in msgs for r in m["expected"])
    print("%s: %d records, %d clean, %s" % (lang, len(msgs), clean,
          ", ".join("%s=%d" % kv for kv in sorted(c.items()))))

if errors:
    print("FAILED")
    for e in errors:
        print(" ", e)
    sys.exit(1)
print("OK: all checks passed")

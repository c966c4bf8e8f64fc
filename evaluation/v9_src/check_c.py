"""Validate the v9 modules lang_pl, lang_sv, lang_tr (standard library only).

Run: python3 /work/notes/v9_src/check_c.py
"""
import collections
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

RULES_MD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = {"pl": ("pl-PL", "408"), "sv": ("sv-SE", "171"), "tr": ("tr-TR", "409")}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
EMOTICON_RE = re.compile(r"(?<!\w)(?::-?\)|;-?\)|:-?D\b|:-?\(|<3)")
IMPORTANT = {"pl": "[ważne]", "sv": "[viktigt]", "tr": "[önemli]"}

rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES_MD, encoding="utf-8").read()))
assert len(rule_ids) >= 40, "could not read rule ids from rules.md"

errors = []


def err(rec_id, msg):
    errors.append("%s: %s" % (rec_id, msg))


all_ids = set()
all_orders = set()
summary = {}
for lang, (locale, prefix) in LANGS.items():
    mod = importlib.import_module("lang_" + lang)
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        err(lang, "has %d records, want 50" % len(msgs))
    counts = collections.Counter()
    for n, m in enumerate(msgs, 1):
        rid = m.get("id", "%s#%d" % (lang, n))
        if set(m) != set(FIELDS):
            err(rid, "fields %s" % sorted(set(m) ^ set(FIELDS)))
            continue
        for f, t in FIELDS.items():
            if not isinstance(m[f], t):
                err(rid, "field %s is not %s" % (f, t.__name__))
        if rid != "v9-%s-%03d" % (lang, n):
            err(rid, "id out of sequence")
        if rid in all_ids:
            err(rid, "duplicate id")
        all_ids.add(rid)
        if m["language"] != lang or m["locale"] != locale:
            err(rid, "language/locale")
        if m["type"] not in TYPES:
            err(rid, "type %r not permitted" % m["type"])
        if m["format"] not in ("text", "html"):
            err(rid, "format %r" % m["format"])
        exp = m["expected"]
        if exp != sorted(set(exp)):
            err(rid, "expected not sorted/unique")
        for r in exp:
            if r not in rule_ids:
                err(rid, "unknown rule %s" % r)
            if r in NEVER:
                err(rid, "rule %s is never expected by policy" % r)
        oid = m["order_id"]
        if not re.fullmatch(r"%s-\d{7}-\d{7}" % prefix, oid):
            err(rid, "order_id %r format/prefix" % oid)
        if oid in all_orders:
            err(rid, "duplicate order number")
        all_orders.add(oid)
        text = m["subject"] + "\n" + m["body"]
        found = ORDER_RE.findall(text)
        if "BSM102" in exp:
            if found:
                err(rid, "BSM102 case but a hyphenated order number is present")
        else:
            if oid not in text:
                err(rid, "order number missing")
        for other in found:
            if other != oid:
                err(rid, "another order number %s in text" % other)
        if not m["note"].strip() or len(m["note"]) > 160:
            err(rid, "note empty or too long")
        # consistency lints (heuristics for what clean must not contain)
        body = m["body"]
        if "BSM403" not in exp and (EMOJI_RE.search(text) or EMOTICON_RE.search(text)):
            err(rid, "emoji/emoticon without BSM403")
        if "BSM412" not in exp:
            if "\n\n\n" in body or re.search(r"(<br\s*/?>\s*){3,}", body, re.I) \
                    or re.search(r"<p>\s*(&nbsp;)?\s*</p>", body):
                err(rid, "excess line breaks without BSM412")
        if "BSM308" not in exp and "@" in text:
            err(rid, "@ without BSM308")
        if "BSM301" not in exp and re.search(r"href=\"http:", body):
            err(rid, "http link without BSM301")
        if "BSM413" not in exp and re.search(r"src=\"http:", body):
            err(rid, "http image without BSM413")
        if "BSM402" not in exp:
            for img in re.findall(r"<img\b[^>]*>", body, re.I):
                if not re.search(r'alt="[^"]+"', img):
                    err(rid, "img without alt, no BSM402")
        for attr, rule in (("font-family", "BSM407"), ("line-height", "BSM408"),
                           ("color", "BSM409"), ("text-align", "BSM411")):
            if attr in body and rule not in exp:
                err(rid, "%s without %s" % (attr, rule))
        if IMPORTANT[lang] in m["subject"].lower():
            crit = m["type"] not in ("return-follow-up", "invoice", "review-request", "reply")
            if crit == ("BSM110" in exp):
                err(rid, "[Important] tag vs BSM110 label mismatch")
        if m["format"] == "text" and "BSM401" not in exp and re.search(r"https?://", body):
            err(rid, "bare URL in text without BSM401")
        for href in re.findall(r'href="([^"]+)"', body):
            host = re.sub(r"^https?://", "", href).split("/")[0]
            if not host.endswith(("amazon.pl", "amazon.se", "amazon.com.tr")) \
                    and "BSM302" not in exp:
                err(rid, "non-Amazon link without BSM302")
        if m["format"] == "html" and re.search(r"<(script|iframe|form|object|embed)\b", body, re.I) \
                and "BSM312" not in exp:
            err(rid, "active content without BSM312")
        if not exp:
            counts["clean"] += 1
            if m["format"] == "html" and ("style" in body.lower() or "<font" in body.lower()):
                err(rid, "clean HTML sets styles")
        for r in exp:
            counts[r] += 1
    if counts["clean"] != 17:
        err(lang, "%d clean records, want 17" % counts["clean"])
    summary[lang] = counts

for lang, counts in summary.items():
    print(lang, "clean=%d" % counts["clean"],
          " ".join("%s=%d" % (r, c) for r, c in sorted(counts.items()) if r != "clean"))
if errors:
    print("\n".join(errors))
    print("FAILED: %d problems" % len(errors))
    sys.exit(1)
print("OK: %d records, %d unique order numbers" % (len(all_ids), len(all_orders)))

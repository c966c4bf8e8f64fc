"""Validate the v28 pl/sv/tr modules. Standard library only."""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
OID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]")
EMOTICON = re.compile(r"(?<!\w)(?::|;)-?[)(DP](?!\w)|<3")
STYLE = re.compile(r"font-family|line-height|color\s*:|text-align|align=|<center|<font", re.I)

rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))
errors = []
all_ids, all_oids = set(), set()
for lang, prefix, locale in (("pl", "597", "pl-PL"), ("sv", "598", "sv-SE"), ("tr", "599", "tr-TR")):
    mod = __import__("lang_" + lang)
    msgs = mod.MESSAGES
    def err(m, s):
        errors.append("%s: %s" % (m.get("id", "?"), s))
    if len(msgs) != 50:
        errors.append("%s: %d records" % (lang, len(msgs)))
    clean = 0
    counts = {}
    for i, m in enumerate(msgs, 1):
        if set(m) != set(FIELDS):
            err(m, "fields %s" % sorted(set(m) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(m[k], t):
                err(m, "field %s not %s" % (k, t.__name__))
        if m["id"] != "v28-%s-%03d" % (lang, i):
            err(m, "id out of sequence")
        if m["id"] in all_ids:
            err(m, "duplicate id")
        all_ids.add(m["id"])
        if m["language"] != lang or m["locale"] != locale:
            err(m, "language/locale")
        if m["type"] not in TYPES:
            err(m, "type %s" % m["type"])
        if m["format"] not in ("text", "html"):
            err(m, "format")
        exp = m["expected"]
        if exp != sorted(set(exp)):
            err(m, "expected not sorted/unique")
        for r in exp:
            if r not in rule_ids:
                err(m, "unknown rule %s" % r)
            counts[r] = counts.get(r, 0) + 1
        if "BSM101" in exp or any(r in exp for r in ("BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414")):
            err(m, "rule the policy never expects")
        if not exp:
            clean += 1
        oid = m["order_id"]
        if not re.fullmatch(prefix + r"-\d{7}-\d{7}", oid):
            err(m, "order_id format/prefix")
        if oid in all_oids:
            err(m, "duplicate order_id")
        all_oids.add(oid)
        text = m["subject"] + "\n" + m["body"]
        found = OID.findall(text)
        if "BSM102" in exp:
            if found:
                err(m, "BSM102 but an order number is present")
        else:
            if oid not in text:
                err(m, "order number missing")
            if any(f != oid for f in found):
                err(m, "other order-like number present")
        # heuristics tying content to labels
        if bool(EMOJI.search(text) or EMOTICON.search(text)) != ("BSM403" in exp):
            err(m, "emoji/emoticon vs BSM403")
        if ("@" in text and re.search(r"\w@\w", text)) and "BSM308" not in exp:
            err(m, "e-mail-like text without BSM308")
        blank_run = "\n\n\n" in m["body"] if m["format"] == "text" else bool(
            re.search(r"(<br\s*/?>\s*){3,}|<p>\s*</p>", m["body"]))
        if blank_run != ("BSM412" in exp):
            err(m, "line-break runs vs BSM412")
        if m["format"] == "text" and "<" in m["body"] and re.search(r"<[a-z]+[ >]", m["body"]):
            err(m, "HTML tag in a text body")
        if m["format"] == "html" and not re.search(r"<[a-z]+", m["body"]):
            err(m, "html body without tags")
        if STYLE.search(m["body"]) and not ({"BSM407", "BSM408", "BSM409", "BSM411"} & set(exp)):
            err(m, "style override without label")
        if "http://" in m["body"] and not ({"BSM301", "BSM413"} & set(exp)):
            err(m, "http without BSM301/413")
        for a in re.findall(r"<img[^>]*>", m["body"]):
            if not re.search(r'alt="[^"]+"', a) and "BSM402" not in exp:
                err(m, "img without alt but no BSM402")
        if "<form" in m["body"] and "BSM312" not in exp:
            err(m, "form without BSM312")
        if "\u00a0" in m["body"] or m["body"] != m["body"].strip():
            err(m, "stray whitespace")
        if not exp:
            tag = re.search(r"\[(Ważne|Viktigt|Önemli)\]", m["subject"], re.I)
            if tag and m["type"] != "order-problem":
                err(m, "important tag on a clean non-critical message")
    if clean != 17:
        errors.append("%s: %d clean, want 17" % (lang, clean))
    print("%s: %d records, %d clean; %s" % (lang, len(msgs), clean,
          ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")

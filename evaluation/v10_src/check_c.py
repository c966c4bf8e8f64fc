"""Validate the v10 pl/sv/tr modules (lang_pl, lang_sv, lang_tr). Standard library only."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lang_pl, lang_sv, lang_tr  # noqa: E402

RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
RULE_IDS = set(re.findall(r"\bBSM\d{3}\b", open(RULES, encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
OID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55]")
EMOTICON_RE = re.compile(r"(?<![\w/])(?:[:;]-?[)(DPpO/]|<3|\bD:|\(:)")
SPECS = [(lang_pl, "pl", "pl-PL", "416"), (lang_sv, "sv", "sv-SE", "172"), (lang_tr, "tr", "tr-TR", "417")]

errors = []
all_ids, all_oids = set(), set()


def err(rec, msg):
    errors.append("%s: %s" % (rec.get("id", "?"), msg))


for mod, lang, loc, prefix in SPECS:
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errors.append("%s: %d records, want 50" % (lang, len(msgs)))
    clean = sum(1 for r in msgs if r.get("expected") == [])
    if clean != 17:
        errors.append("%s: %d clean, want 17" % (lang, clean))
    for i, r in enumerate(msgs, 1):
        if set(r) != set(FIELDS):
            err(r, "fields %s" % sorted(set(r) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(r[k], t):
                err(r, "field %s not %s" % (k, t.__name__))
        if r["id"] != "v10-%s-%03d" % (lang, i):
            err(r, "id out of sequence")
        if r["id"] in all_ids:
            err(r, "duplicate id")
        all_ids.add(r["id"])
        if r["language"] != lang or r["locale"] != loc:
            err(r, "language/locale")
        if r["type"] not in TYPES:
            err(r, "type %r" % r["type"])
        if r["format"] not in ("text", "html"):
            err(r, "format %r" % r["format"])
        exp = r["expected"]
        if exp != sorted(set(exp)) or not all(isinstance(x, str) for x in exp):
            err(r, "expected not sorted/unique strings")
        for x in exp:
            if x not in RULE_IDS:
                err(r, "unknown rule %s" % x)
        if set(exp) & {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}:
            err(r, "rule never expected per labelling policy")
        oid = r["order_id"]
        if not re.fullmatch(r"%s-\d{7}-\d{7}" % prefix, oid):
            err(r, "order_id %r" % oid)
        if oid in all_oids:
            err(r, "duplicate order_id")
        all_oids.add(oid)
        text = r["subject"] + "\n" + r["body"]
        present = oid in OID_RE.findall(text)
        if "BSM102" in exp:
            if OID_RE.search(text):
                err(r, "BSM102 expected but a hyphenated order number is present")
        elif not present:
            err(r, "order number missing from subject/body")
        for o in OID_RE.findall(text):
            if o != oid:
                err(r, "other order number %s in text" % o)
        if not r["note"].strip() or not r["body"].strip() or not r["subject"].strip():
            err(r, "empty subject/body/note")
        # light self-lint so labels match the text
        body = r["body"]
        nourl = re.sub(r"https?://\S+", "", text)
        if EMOJI_RE.search(text) or EMOTICON_RE.search(nourl):
            if "BSM403" not in exp:
                err(r, "emoji/emoticon but BSM403 not expected")
        elif "BSM403" in exp:
            err(r, "BSM403 expected but no emoji/emoticon found")
        if r["format"] == "text":
            if "<" in body and re.search(r"<[a-zA-Z/]", body):
                err(r, "HTML tag in text body")
            if ("\n\n\n" in body) != ("BSM412" in exp):
                err(r, "blank-line run vs BSM412 mismatch")
        if "@" in text and "BSM308" not in exp:
            err(r, "@ present but BSM308 not expected")
        if re.search(r"http://", text) and not ({"BSM301", "BSM413"} & set(exp)):
            err(r, "http:// without BSM301/BSM413")
        for h in re.findall(r'href="https://([^/"]+)', body):
            if "amazon." not in h and "BSM302" not in exp:
                err(r, "non-Amazon link %s without BSM302" % h)
        if r["format"] == "html" and not exp:
            if re.search(r"style=|<style|color|font-family|line-height|align|<center|<font|<h\d", body, re.I):
                err(r, "clean HTML sets a style")
            for img in re.findall(r"<img[^>]*>", body):
                if not re.search(r'alt="[^"]+"', img):
                    err(r, "clean HTML image without alt")
            if re.search(r"(<br\s*/?>\s*){3,}|<p>\s*(&nbsp;)?\s*</p>", body):
                err(r, "clean HTML with break run / empty paragraph")
        if not exp and re.search(r"\[(Ważne|Viktigt|Önemli)\]", r["subject"]) and r["type"] != "order-problem":
            err(r, "important tag on clean non-order-problem")

if errors:
    print("\n".join(errors))
    sys.exit(1)

for mod, lang, loc, prefix in SPECS:
    counts = {}
    for r in mod.MESSAGES:
        for x in r["expected"]:
            counts[x] = counts.get(x, 0) + 1
    clean = sum(1 for r in mod.MESSAGES if not r["expected"])
    print("%s: %d records, %d clean; %s" % (lang, len(mod.MESSAGES), clean,
          ", ".join("%s x%d" % (k, counts[k]) for k in sorted(counts))))
print("OK: all checks passed")

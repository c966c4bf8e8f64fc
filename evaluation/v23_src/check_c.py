"""Validate the v23 Polish, Swedish and Turkish modules (standard library only)."""
import collections, importlib, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()
RULE_IDS = set(re.findall(r"^\| (BSM\d{3}) \|", RULES, re.M))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
LANGS = {"pl": ("pl-PL", "546-"), "sv": ("sv-SE", "547-"), "tr": ("tr-TR", "548-")}
OID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")

errors = []
all_oids = set()
for lang, (locale, prefix) in LANGS.items():
    msgs = importlib.import_module("lang_" + lang).MESSAGES
    def err(m, s):
        errors.append("%s: %s" % (m.get("id", "?") if isinstance(m, dict) else "?", s))
    if len(msgs) != 50:
        errors.append("%s: %d records, want 50" % (lang, len(msgs)))
    ids = [m.get("id") for m in msgs]
    if len(set(ids)) != len(ids):
        errors.append("%s: duplicate ids" % lang)
    want_ids = ["v23-%s-%03d" % (lang, i) for i in range(1, 51)]
    if ids != want_ids:
        errors.append("%s: ids not v23-%s-001..050 in order" % (lang, lang))
    clean = 0
    counts = collections.Counter()
    for m in msgs:
        if set(m) != set(FIELDS):
            err(m, "fields %s" % sorted(set(m) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(m[k], t):
                err(m, "field %s not %s" % (k, t.__name__))
        if m["language"] != lang or m["locale"] != locale:
            err(m, "language/locale")
        if m["type"] not in TYPES:
            err(m, "type %s" % m["type"])
        if m["format"] not in ("text", "html"):
            err(m, "format")
        exp = m["expected"]
        if exp != sorted(set(exp)) or not all(isinstance(x, str) for x in exp):
            err(m, "expected not sorted/unique")
        for r in exp:
            if r not in RULE_IDS:
                err(m, "unknown rule %s" % r)
            if r in NEVER:
                err(m, "rule %s never expected by policy" % r)
            counts[r] += 1
        if not exp:
            clean += 1
        if not m["note"].strip() or not m["subject"].strip() or not m["body"].strip():
            err(m, "empty subject/body/note")
        o = m["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", o) or not o.startswith(prefix):
            err(m, "order_id %s" % o)
        if o in all_oids:
            err(m, "order_id reused")
        all_oids.add(o)
        text = m["subject"] + "\n" + m["body"]
        found = OID.findall(text)
        if "BSM102" in exp:
            if found:
                err(m, "BSM102 case contains a hyphenated order number")
        else:
            if o not in found:
                err(m, "order number missing from subject/body")
            if any(f != o for f in found):
                err(m, "another order number present")
        # consistency checks for clean messages
        if not exp:
            b = m["body"]
            if EMOJI.search(b) or re.search(r"[:;]-?[)D(]", b):
                err(m, "clean message with emoji/emoticon")
            if "@" in b or "http://" in b:
                err(m, "clean message with @ or http")
            if re.search(r"style=|<style|<font|align=|<center", b, re.I):
                err(m, "clean message with styles")
            if "\n\n\n" in b or re.search(r"(<br\s*/?>\s*){3,}|<p>\s*</p>", b):
                err(m, "clean message with excess breaks")
            for h in re.findall(r'href="([^"]+)"', b):
                if not re.match(r"https://www\.amazon\.", h):
                    err(m, "clean message with non-Amazon link")
            for img in re.findall(r"<img[^>]*>", b):
                if not re.search(r'alt="[^"]+"', img):
                    err(m, "clean image without alt")
            if re.search(r"\[(Ważne|Viktigt|Önemli)\]", m["subject"]) and m["type"] != "order-problem":
                err(m, "important tag on non-critical clean message")
        if "BSM110" in exp and m["type"] not in ("return-follow-up", "invoice", "review-request", "reply"):
            err(m, "BSM110 on wrong type")
        if m["format"] == "text" and "<" in m["body"] and ">" in m["body"]:
            err(m, "text body looks like HTML")
    if clean != 17:
        errors.append("%s: %d clean, want 17" % (lang, clean))
    print("%s: %d records, %d clean, %s" % (lang, len(msgs), clean,
          ", ".join("%s×%d" % (k, v) for k, v in sorted(counts.items()))))

if errors:
    print("FAILED")
    for e in errors:
        print(" ", e)
    sys.exit(1)
print("OK: all checks passed")

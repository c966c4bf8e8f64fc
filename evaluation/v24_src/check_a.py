"""Validator for v24 writer A: languages nl, en, de."""
import importlib.util, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = {"nl": ("550", "nl-"), "en": ("551", "en-"), "de": ("552", "de-")}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
ORD = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]|[:;]-?[)(DP]|<3")

rule_ids = set(re.findall(r"\| (BSM\d{3}) \|", open(RULES, encoding="utf-8").read()))
errors = []
all_orders = set()


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


for lang, (prefix, locpfx) in LANGS.items():
    spec = importlib.util.spec_from_file_location("lang_" + lang, os.path.join(HERE, "lang_%s.py" % lang))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        err(lang, "%d records, want 50" % len(msgs))
    ids = [r.get("id") for r in msgs]
    if len(set(ids)) != len(ids):
        err(lang, "duplicate ids")
    want_ids = ["v24-%s-%03d" % (lang, i) for i in range(1, 51)]
    if ids != want_ids:
        err(lang, "ids not v24-%s-001..050 in order" % lang)
    clean = sum(1 for r in msgs if r.get("expected") == [])
    if clean != 17:
        err(lang, "%d clean, want 17" % clean)
    for r in msgs:
        rid = r.get("id", "?")
        if set(r) != set(FIELDS):
            err(rid, "fields %s" % sorted(set(r) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(r[k], t):
                err(rid, "%s not %s" % (k, t.__name__))
        if r["language"] != lang:
            err(rid, "language")
        if not re.fullmatch(r"[a-z]{2}-[A-Z]{2}", r["locale"]) or not r["locale"].startswith(locpfx):
            err(rid, "locale %s" % r["locale"])
        if r["type"] not in TYPES:
            err(rid, "type %s" % r["type"])
        if r["format"] not in ("text", "html"):
            err(rid, "format")
        if not r["note"].strip() or not r["subject"].strip() or not r["body"].strip():
            err(rid, "empty subject/body/note")
        exp = r["expected"]
        if exp != sorted(set(exp)):
            err(rid, "expected not sorted/unique")
        for e in exp:
            if e not in rule_ids:
                err(rid, "unknown rule %s" % e)
            if e in NEVER:
                err(rid, "rule %s never expected by policy" % e)
        o = r["order_id"]
        if not re.fullmatch(prefix + r"-\d{7}-\d{7}", o):
            err(rid, "order_id format/prefix %s" % o)
        if o in all_orders:
            err(rid, "order_id reused %s" % o)
        all_orders.add(o)
        text = r["subject"] + "\n" + r["body"]
        found = ORD.findall(text)
        if "BSM102" in exp:
            if found:
                err(rid, "BSM102 case carries a hyphenated order number")
        else:
            if o not in text:
                err(rid, "order number missing")
            if any(f != o for f in found):
                err(rid, "other order number in text")
        # heuristics on clean records
        if not exp:
            low = text.lower()
            if EMOJI.search(text):
                err(rid, "clean but emoji/emoticon")
            if "@" in text or "mailto:" in low:
                err(rid, "clean but @/mailto")
            if "http://" in low:
                err(rid, "clean but http")
            for h in re.findall(r'href="https://([^/"]+)', text):
                if not re.search(r"(^|\.)amazon\.", h):
                    err(rid, "clean but non-Amazon link %s" % h)
            if re.search(r"font-family|line-height|color\s*:|text-align|align=|<center|<font|<style|<script|<form|<iframe", low):
                err(rid, "clean but style/active content")
            if "\n\n\n" in r["body"] or re.search(r"(<br\s*/?>\s*){3,}|<p>\s*</p>", low):
                err(rid, "clean but excess line breaks")
            for img in re.findall(r"<img[^>]*>", text):
                if not re.search(r'alt="[^"]+"', img):
                    err(rid, "clean but img without alt")
                if "logo" not in img.lower():
                    err(rid, "clean img that is not a logo")
            if re.search(r"\[(important|belangrijk|wichtig)\]", low) and r["type"] != "order-problem":
                err(rid, "clean but important tag")
        if "BSM110" in exp and not re.search(r"\[(important|belangrijk|wichtig)\]", r["subject"].lower()):
            err(rid, "BSM110 without tag")
        if r["format"] == "text" and re.search(r"<(p|br|div|img|a)\b", r["body"]):
            err(rid, "text format carries HTML")
        if "BSM412" not in exp and ("\n\n\n" in r["body"] or re.search(r"(<br\s*/?>\s*){3,}|<p>\s*</p>", r["body"].lower())):
            err(rid, "excess line breaks but BSM412 not expected")
    counts = {}
    for r in msgs:
        for e in r["expected"]:
            counts[e] = counts.get(e, 0) + 1
    print("%s: %d records, %d clean, %s" % (lang, len(msgs), clean,
          ", ".join("%s x%d" % (k, counts[k]) for k in sorted(counts))))

if errors:
    print("FAILED")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK: all checks passed")

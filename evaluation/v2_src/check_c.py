"""Validate lang_pl, lang_sv, lang_tr (writer C). Standard library only."""
import os
import importlib, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()
RULE_IDS = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", RULES))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id",
          "expected", "note"]
LANGS = {"pl": "pl-PL", "sv": "sv-SE", "tr": "tr-TR"}
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
EMOTICON = re.compile(r"(?<!\w)(:-?\)|;-?\)|:-?D|<3|:-?\()")

errors = []
def err(rid, msg):
    errors.append(f"{rid}: {msg}")

all_oids = {}
for lang, locale in LANGS.items():
    mod = importlib.import_module(f"lang_{lang}")
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        err(lang, f"{len(msgs)} records, want 50")
    ids = [m.get("id") for m in msgs]
    if len(set(ids)) != len(ids):
        err(lang, "duplicate ids")
    want_ids = [f"v2-{lang}-{i:03d}" for i in range(1, 51)]
    if ids != want_ids:
        err(lang, "ids are not v2-XX-001..050 in order")
    clean = 0
    for m in msgs:
        rid = m.get("id", "?")
        if list(m.keys()) != FIELDS and set(m.keys()) != set(FIELDS):
            err(rid, f"fields {sorted(m.keys())}")
        for f in FIELDS:
            if f == "expected":
                if not isinstance(m.get(f), list) or not all(isinstance(x, str) for x in m[f]):
                    err(rid, "expected not a list of str")
            elif not isinstance(m.get(f), str) or not m.get(f):
                err(rid, f"{f} not a non-empty str")
        if m["language"] != lang or m["locale"] != locale:
            err(rid, "language/locale")
        if m["type"] not in TYPES:
            err(rid, f"type {m['type']}")
        if m["format"] not in ("html", "text"):
            err(rid, "format")
        exp = m["expected"]
        if exp != sorted(set(exp)):
            err(rid, "expected not sorted/unique")
        for r in exp:
            if r not in RULE_IDS:
                err(rid, f"unknown rule {r}")
        for r in ("BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"):
            if r in exp:
                err(rid, f"{r} must never be expected")
        oid = m["order_id"]
        if not OID.match(oid):
            err(rid, f"order_id format {oid}")
        if oid in all_oids:
            err(rid, f"order_id reused from {all_oids[oid]}")
        all_oids[oid] = rid
        text = m["subject"] + "\n" + m["body"]
        if "BSM102" in exp:
            if re.search(r"\d{3}-\d{7}-\d{7}", text):
                err(rid, "BSM102 expected but a hyphenated order number is present")
        elif oid not in text:
            err(rid, "order number missing from subject and body")
        if len(re.findall(r"\d{3}-\d{7}-\d{7}", text)) and not all(
                x == oid for x in re.findall(r"\d{3}-\d{7}-\d{7}", text)):
            err(rid, "another order number in text")
        if not m["note"].strip() or "\n" in m["note"]:
            err(rid, "note")
        body = m["body"]
        if m["format"] == "text" and re.search(r"<\w+[^>]*>", body):
            err(rid, "text body contains HTML tags")
        if m["format"] == "html" and not re.search(r"<(p|div|table|br)\b", body):
            err(rid, "html body without block markup")
        # Lint: things that must not be in a clean message
        if not exp:
            clean += 1
            low = text.lower()
            checks = [
                (EMOJI.search(text), "emoji"),
                (EMOTICON.search(text), "emoticon"),
                ("@" in text, "@ sign"),
                ("http://" in low, "http link"),
                ("\n\n\n" in body, "two blank lines"),
                (re.search(r"(<br\s*/?>\s*){3,}", low), "br run"),
                (re.search(r"<p>\s*(&nbsp;)?\s*</p>", low), "empty paragraph"),
                (re.search(r"style\s*=|<style|<font|align\s*=|<center", low), "styling"),
                (re.search(r"www\.|\.pl\b|\.se\b|\.com\b|\.com\.tr\b", re.sub(r'(href|src)="[^"]*"', "", body)), "bare domain in text"),
                (re.search(r"<(script|iframe|form|object|embed|link|meta)\b", low), "active content"),
            ]
            for bad, what in checks:
                if bad:
                    err(rid, f"clean message has {what}")
            for href in re.findall(r'href="([^"]*)"', body):
                if not re.match(r"https://(www\.)?amazon\.(pl|se|com\.tr)/", href):
                    err(rid, f"clean message links outside Amazon: {href}")
            for img in re.findall(r"<img\b[^>]*>", body):
                if not re.search(r'alt="[^"]+"', img) or "https://" not in img:
                    err(rid, f"clean image without alt or https: {img}")
            if re.search(r"\[(ważne|viktigt|önemli)\]", low) and m["type"] != "order-problem":
                err(rid, "important tag on non-order-problem")
        if "BSM110" not in exp and re.search(r"\[(ważne|viktigt|önemli)\]", m["subject"].lower()) \
                and m["type"] != "order-problem":
            err(rid, "important tag without BSM110")
    if clean != 17:
        err(lang, f"{clean} clean, want 17")
    counts = {}
    for m in msgs:
        for r in m["expected"]:
            counts[r] = counts.get(r, 0) + 1
    print(lang, "records", len(msgs), "clean", clean,
          " ".join(f"{k}:{v}" for k, v in sorted(counts.items())))

if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} problem(s)")
    sys.exit(1)
print("OK: all checks passed")

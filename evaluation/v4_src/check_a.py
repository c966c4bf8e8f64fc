"""Validate the v4 blind evaluation modules lang_nl, lang_en, lang_de."""
import collections
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = {"nl": ("nl-NL", "nl-BE"), "en": ("en-GB", "en-US"), "de": ("de-DE", "de-AT")}
PREFIX = {"nl": "202", "en": "203", "de": "204"}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
OID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]|[:;]-?[)(DP]|<3")
IMPORTANT = {"nl": "[belangrijk]", "en": "[important]", "de": "[wichtig]"}

rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))
errors = []
all_ids, all_oids = set(), set()
summary = {}


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


def lint_clean(m):
    """Heuristic checks that a clean record carries none of the obvious violations."""
    rid, text = m["id"], m["subject"] + "\n" + m["body"]
    low = text.lower()
    if EMOJI.search(text):
        err(rid, "clean but has emoji/emoticon")
    if "http://" in low:
        err(rid, "clean but has http")
    if "@" in text or "mailto:" in low:
        err(rid, "clean but has @/mailto")
    for href in re.findall(r'href="([^"]+)"', m["body"]):
        if not re.match(r"https://www\.amazon\.(nl|co\.uk|com|de)/", href):
            err(rid, "clean but has non-Amazon link " + href)
    for bad in ("style=", "<style", "color", "font-family", "line-height", "align",
                "<center", "<font", "<script", "<form", "<iframe", "unsubscribe",
                "afmelden", "abmelden", "newsletter", "nieuwsbrief", "korting", "rabatt",
                "discount", "% off"):
        if bad in low:
            err(rid, "clean but contains %r" % bad)
    if re.search(r"\bSTOP\b", text):
        err(rid, "clean but has STOP opt-out")
    if m["format"] == "text" and "\n\n\n" in m["body"]:
        err(rid, "clean but has two blank lines in a row")
    if m["format"] == "html":
        if re.search(r"(<br\s*/?>\s*){3,}", m["body"], re.I):
            err(rid, "clean but has a <br> run")
        if re.search(r"<p>\s*</p>", m["body"], re.I):
            err(rid, "clean but has an empty paragraph")
        for img in re.findall(r"<img[^>]*>", m["body"]):
            if not re.search(r'alt="[^"]+"', img):
                err(rid, "clean but has an image without alt")
            w = re.search(r'width="(\d+)"', img)
            if w and (int(w.group(1)) > 480 or int(w.group(1)) <= 2):
                err(rid, "clean but image width %s" % w.group(1))
    if IMPORTANT[m["language"]] in m["subject"].lower() and m["type"] != "order-problem":
        err(rid, "clean but has important tag on a non-critical type")
    if m["type"] == "order-problem" and not re.search(
            r"NoInventory|CouldNotShip", m["body"]):
        err(rid, "clean order problem without adjustment reason")


for lang, locales in LANGS.items():
    mod = importlib.import_module("lang_" + lang)
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        err(lang, "expected 50 records, got %d" % len(msgs))
    counts = collections.Counter()
    for i, m in enumerate(msgs, 1):
        rid = m.get("id", "%s#%d" % (lang, i))
        if set(m) != set(FIELDS):
            err(rid, "fields %s" % sorted(set(m) ^ set(FIELDS)))
            continue
        for f, t in FIELDS.items():
            if not isinstance(m[f], t):
                err(rid, "field %s not %s" % (f, t.__name__))
        if rid != "v4-%s-%03d" % (lang, i):
            err(rid, "id out of sequence")
        if rid in all_ids:
            err(rid, "duplicate id")
        all_ids.add(rid)
        if m["language"] != lang or m["locale"] not in locales:
            err(rid, "language/locale %s/%s" % (m["language"], m["locale"]))
        if m["type"] not in TYPES:
            err(rid, "type %s" % m["type"])
        if m["format"] not in ("text", "html"):
            err(rid, "format %s" % m["format"])
        if not m["subject"].strip() or not m["body"].strip() or not m["note"].strip():
            err(rid, "empty subject/body/note")
        oid = m["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(PREFIX[lang] + "-"):
            err(rid, "bad order_id %s" % oid)
        if oid in all_oids:
            err(rid, "duplicate order_id")
        all_oids.add(oid)
        exp = m["expected"]
        if exp != sorted(set(exp)):
            err(rid, "expected not sorted/unique")
        for e in exp:
            if e not in rule_ids:
                err(rid, "unknown rule %s" % e)
            if e in NEVER:
                err(rid, "rule %s is never expected by policy" % e)
        found = OID.findall(m["subject"] + "\n" + m["body"])
        if "BSM102" in exp:
            if found:
                err(rid, "BSM102 expected but an order number is present")
        else:
            if oid not in found:
                err(rid, "order number missing from subject/body")
            if any(f != oid for f in found):
                err(rid, "other order number present")
        if not exp:
            counts["clean"] += 1
            lint_clean(m)
        for e in exp:
            counts[e] += 1
    if counts["clean"] != 17:
        err(lang, "expected 17 clean, got %d" % counts["clean"])
    summary[lang] = counts

for lang, c in summary.items():
    print(lang, "clean=%d" % c.pop("clean", 0),
          " ".join("%s=%d" % kv for kv in sorted(c.items())))
if errors:
    print("\n".join(errors))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: all records valid")

"""Validate lang_pl, lang_sv, lang_tr (v18 writer c). Standard library only."""
import collections
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

RULES = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note"]
LANGS = {"pl": ("496", "pl-PL", "[Ważne]"), "sv": ("497", "sv-SE", "[Viktigt]"), "tr": ("498", "tr-TR", "[Önemli]")}
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2764]")
EMOTICON = re.compile(r"(?<![\w/])(?::-?\)|;-?\)|:-?D\b|<3|:-?\(|:-?P\b)")

errors = []
all_ids, all_oids = set(), set()


def err(rec, msg):
    errors.append("%s: %s" % (rec.get("id", "?"), msg))


def clean_checks(r):
    s = r["subject"] + "\n" + r["body"]
    low = s.lower()
    if "http://" in low:
        err(r, "clean but http:// link")
    for m in re.finditer(r"https://([^/\"'\s<>]+)", s):
        host = m.group(1).lower()
        if "amazon." not in host and not re.search(r'src="https://' + re.escape(m.group(1)), s):
            err(r, "clean but non-Amazon link host %s" % host)
    if "@" in s:
        err(r, "clean but @")
    if EMOJI.search(s) or EMOTICON.search(s):
        err(r, "clean but emoji/emoticon")
    if "\n\n\n" in r["body"]:
        err(r, "clean but 2+ blank lines")
    if r["format"] == "html":
        for bad in ("style", "color", "font-family", "line-height", "align", "<center", "<font",
                    "<script", "<form", "<iframe", "onload", "onclick", "<p></p>", "<p>&nbsp;</p>"):
            if bad in low:
                err(r, "clean html contains %r" % bad)
        if re.search(r"(<br\s*/?>\s*){3,}", low):
            err(r, "clean html has 3+ <br>")
        for img in re.findall(r"<img[^>]*>", r["body"], flags=re.I):
            if not re.search(r'alt="[^"]+"', img):
                err(r, "clean img without alt")
            w = re.search(r'width="(\d+)"', img)
            if w and int(w.group(1)) > 480:
                err(r, "clean img too wide")
        for a in re.findall(r"<a\b[^>]*>(.*?)</a>", r["body"], flags=re.I | re.S):
            t = re.sub("<[^>]+>", "", a).strip().lower()
            if len(t) < 8 or t.startswith("http") or t in ("tutaj", "här", "buraya", "link"):
                err(r, "clean link text not descriptive: %r" % t)
    # phone-like digit groups in clean messages must be flagged manually: print them
    for m in re.finditer(r"(?<![\d-])(\+?\d[\d ]{8,}\d)(?![\d-])", r["body"]):
        digits = re.sub(r"\D", "", m.group(1))
        if len(digits) >= 9:
            print("  note %s: digit group %r (check: warranty-marked or not a phone)" % (r["id"], m.group(1)))
    if r["type"] not in ("order-problem",) and "[" in r["subject"]:
        for tag in ("[ważne]", "[viktigt]", "[önemli]", "[important]"):
            if tag in r["subject"].lower():
                err(r, "clean but important tag on non-critical type")


for lang, (prefix, locale, tag) in LANGS.items():
    mod = importlib.import_module("lang_" + lang)
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errors.append("%s: %d records, want 50" % (lang, len(msgs)))
    counts = collections.Counter()
    clean = 0
    for i, r in enumerate(msgs, 1):
        if list(r.keys()) != FIELDS and set(r.keys()) != set(FIELDS):
            err(r, "fields %r" % list(r.keys()))
            continue
        for f in FIELDS:
            want = list if f == "expected" else str
            if not isinstance(r[f], want):
                err(r, "field %s has type %s" % (f, type(r[f]).__name__))
        if r["id"] != "v18-%s-%03d" % (lang, i):
            err(r, "id out of sequence, want v18-%s-%03d" % (lang, i))
        if r["id"] in all_ids:
            err(r, "duplicate id")
        all_ids.add(r["id"])
        if r["language"] != lang:
            err(r, "language %r" % r["language"])
        if not re.match(r"^[a-z]{2}-[A-Z]{2}$", r["locale"]):
            err(r, "locale %r" % r["locale"])
        if r["type"] not in TYPES:
            err(r, "type %r" % r["type"])
        if r["format"] not in ("html", "text"):
            err(r, "format %r" % r["format"])
        if not OID.match(r["order_id"]) or not r["order_id"].startswith(prefix + "-"):
            err(r, "order_id %r" % r["order_id"])
        if r["order_id"] in all_oids:
            err(r, "duplicate order_id")
        all_oids.add(r["order_id"])
        exp = r["expected"]
        if exp != sorted(set(exp)):
            err(r, "expected not sorted/unique")
        for e in exp:
            if e not in RULES:
                err(r, "unknown rule %s" % e)
            if e in ("BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"):
                err(r, "rule %s never expected by policy" % e)
        present = r["order_id"] in r["subject"] or r["order_id"] in r["body"]
        if "BSM102" in exp:
            if re.search(r"\d{3}-\d{7}-\d{7}", r["subject"] + r["body"]):
                err(r, "BSM102 expected but a hyphenated order number is present")
        elif not present:
            err(r, "order number missing")
        if not r["note"].strip() or not r["subject"].strip() or not r["body"].strip():
            err(r, "empty subject/body/note")
        if "BSM110" in exp and r["type"] not in ("return-follow-up", "invoice", "review-request", "reply"):
            err(r, "BSM110 on a critical type")
        if "BSM110" in exp and tag.lower() not in r["subject"].lower():
            err(r, "BSM110 expected but no tag in subject")
        if "BSM104" not in exp and r["locale"] != locale:
            err(r, "unexpected locale %s" % r["locale"])
        if "BSM412" not in exp and ("\n\n\n" in r["body"] or re.search(r"(<br\s*/?>\s*){3,}", r["body"], re.I)):
            err(r, "line-break run without BSM412")
        if "BSM403" not in exp and (EMOJI.search(r["subject"] + r["body"]) or EMOTICON.search(r["subject"] + r["body"])):
            err(r, "emoji/emoticon without BSM403")
        if "BSM308" not in exp and "@" in r["body"]:
            err(r, "@ without BSM308")
        if "BSM301" not in exp and "http://" in r["body"]:
            err(r, "http:// without BSM301/BSM413")
        if r["format"] == "text" and "<" in r["body"] and ">" in r["body"] and re.search(r"<[a-z]+[ >]", r["body"]):
            err(r, "text body looks like HTML")
        if r["format"] == "html" and not re.search(r"<(p|table|div|br)\b", r["body"]):
            err(r, "html body without block tags")
        if not exp:
            clean += 1
            clean_checks(r)
        counts.update(exp or ["clean"])
    if clean != 17:
        errors.append("%s: %d clean, want 17" % (lang, clean))
    print("%s: %d records, %s" % (lang, len(msgs), dict(sorted(counts.items()))))

if errors:
    print("FAILED")
    for e in errors:
        print(" ", e)
    sys.exit(1)
print("OK: all checks passed")

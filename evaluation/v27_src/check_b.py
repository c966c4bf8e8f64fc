# -*- coding: utf-8 -*-
"""Validate the v27 fr/it/es modules (writer b)."""
import collections
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()
RULE_IDS = set(re.findall(r"^\| (BSM\d{3}) \|", RULES, re.M))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id",
          "expected", "note"]
PREFIX = {"fr": "584", "it": "585", "es": "586"}
OID_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]|(?<!\w)(:-?\)|;-?\)|:-?D|<3)")
IMPORTANT_RE = re.compile(r"\[(important|importante)\]", re.I)

errors = []
all_oids = collections.Counter()
assert len(RULE_IDS) >= 40, RULE_IDS


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


for lang in ("fr", "it", "es"):
    mod = importlib.import_module("lang_" + lang)
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        err(lang, "has %d records, not 50" % len(msgs))
    ids = [m.get("id") for m in msgs]
    if len(set(ids)) != len(ids):
        err(lang, "duplicate ids")
    if ids != ["v27-%s-%03d" % (lang, i) for i in range(1, 51)]:
        err(lang, "ids not v27-%s-001..050 in order" % lang)
    clean = 0
    per_rule = collections.Counter()
    for m in msgs:
        rid = m.get("id")
        if list(m.keys()) != FIELDS and set(m.keys()) != set(FIELDS):
            err(rid, "fields %s" % sorted(m.keys()))
        for f in FIELDS:
            if f == "expected":
                if not isinstance(m.get(f), list) or not all(isinstance(x, str) for x in m[f]):
                    err(rid, "expected not a list of str")
            elif not isinstance(m.get(f), str) or not m.get(f):
                err(rid, "%s not a non-empty str" % f)
        if m["language"] != lang:
            err(rid, "language")
        if not re.fullmatch(r"[a-z]{2}-[A-Z]{2}", m["locale"]) or not m["locale"].startswith(lang + "-"):
            err(rid, "locale %s" % m["locale"])
        if m["type"] not in TYPES:
            err(rid, "type %s" % m["type"])
        if m["format"] not in ("html", "text"):
            err(rid, "format %s" % m["format"])
        exp = m["expected"]
        if exp != sorted(set(exp)):
            err(rid, "expected not sorted/unique")
        for r in exp:
            if r not in RULE_IDS:
                err(rid, "unknown rule %s" % r)
            if r in NEVER:
                err(rid, "rule %s never expected by policy" % r)
        oid = m["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(PREFIX[lang] + "-"):
            err(rid, "order_id %s" % oid)
        all_oids[oid] += 1
        text = m["subject"] + "\n" + m["body"]
        present = oid in OID_RE.findall(text)
        if "BSM102" in exp:
            if OID_RE.search(text):
                err(rid, "BSM102 but a hyphenated order number is present")
        elif not present:
            err(rid, "order number missing")
        for other in OID_RE.findall(text):
            if other != oid:
                err(rid, "other order number %s in text" % other)
        if m["format"] == "text" and "<" in m["body"] and re.search(r"<(p|br|div|a|img)\b", m["body"]):
            err(rid, "text body contains HTML")
        if m["format"] == "html" and not re.search(r"<(p|div|table|h\d)\b", m["body"]):
            err(rid, "html body without block elements")
        if not exp:
            clean += 1
            b = m["body"]
            s = m["subject"]
            checks = [
                (EMOJI_RE.search(text), "emoji/emoticon"),
                ("\n\n\n" in b, "blank-line run"),
                (re.search(r"(<br\s*/?>\s*){3,}", b, re.I), "<br> run"),
                (re.search(r"<p>\s*(&nbsp;)?\s*</p>", b), "empty paragraph"),
                (re.search(r"style\s*=|<style|<font|align\s*=|<center", b, re.I), "styling"),
                ("http://" in b, "http url"),
                ("@" in text, "at sign"),
                (re.search(r"<(script|iframe|form|object|embed)\b|\bon\w+\s*=", b, re.I), "active content"),
                (IMPORTANT_RE.search(s) and m["type"] != "order-problem", "[Important] misuse"),
            ]
            for bad, what in checks:
                if bad:
                    err(rid, "clean message has " + what)
            for href in re.findall(r"href=\"([^\"]+)\"", b):
                if not re.match(r"https://www\.amazon\.(fr|it|es)/", href):
                    err(rid, "clean message links to %s" % href)
            for img in re.findall(r"<img\b[^>]*>", b):
                if not re.search(r'alt="[^"]+"', img):
                    err(rid, "clean image without alt")
                w = re.search(r'width="(\d+)"', img)
                if w and int(w.group(1)) > 480:
                    err(rid, "clean image too wide")
        else:
            for r in exp:
                per_rule[r] += 1
    if clean != 17:
        err(lang, "%d clean, not 17" % clean)
    print("%s: %d records, %d clean; %s" % (
        lang, len(msgs), clean, ", ".join("%s=%d" % kv for kv in sorted(per_rule.items()))))

for oid, n in all_oids.items():
    if n > 1:
        err(oid, "order number used %d times" % n)

if errors:
    print("\n".join(errors))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: all checks passed")

"""Validate the v10 nl/en/de modules (lang_nl.py, lang_en.py, lang_de.py).

Structural checks are hard failures; the lint section flags suspicious content in
clean messages (and missing evidence in violating ones) for a human to look at,
and fails too, so that every flag is resolved by rewriting.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lang_de  # noqa: E402
import lang_en  # noqa: E402
import lang_nl  # noqa: E402

RULES_MD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body",
          "order_id", "expected", "note"]
TYPES = {"order-problem", "delivery-delay", "additional-information",
         "return-follow-up", "invoice", "review-request", "delivery-scheduling",
         "home-service-appointment", "custom-design-verification",
         "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
ANY_ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
IMPORTANT = {"nl": "[belangrijk]", "en": "[important]", "de": "[wichtig]"}
CRITICAL_OK = {"order-problem", "delivery-delay", "additional-information",
               "delivery-scheduling", "home-service-appointment",
               "custom-design-verification", "fulfillment-question"}

EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2764]")
EMOTICON_RE = re.compile(r"(?<![\w/])(?::-?[)(DPp]|;-?[)D]|<3|:D|8\))")
PHONE_RE = re.compile(r"(?:\+\d{2}[\s(]|\b0\d{1,4}[\s-]\d{3,}|\b07\d{3}\s\d{6})")
MAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|apenstaartje|klammeraffe|\[at\]|\(at\)")
STYLE_RE = re.compile(r"font-family|line-height|(?<![-\w])color\s*:|<font|text-align|"
                      r"\balign=|<center|<script|<iframe|<form|<object|<embed|"
                      r"javascript:|\son\w+=|font-size|<style", re.I)


def rule_ids():
    text = open(RULES_MD, encoding="utf-8").read()
    return set(re.findall(r"^\| (BSM\d{3}) \|", text, re.M))


def check_module(mod, code, locale, prefix, known):
    errors, flags = [], []
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errors.append(f"{code}: {len(msgs)} records, want 50")
    ids = [r.get("id") for r in msgs]
    if len(set(ids)) != len(ids):
        errors.append(f"{code}: duplicate ids")
    want_ids = ["v10-%s-%03d" % (code, i) for i in range(1, 51)]
    if ids != want_ids:
        errors.append(f"{code}: ids not v10-{code}-001..050 in order")
    orders = [r.get("order_id") for r in msgs]
    if len(set(orders)) != len(orders):
        errors.append(f"{code}: duplicate order numbers")
    clean = 0
    for r in msgs:
        rid = r.get("id")
        if list(r.keys()) != FIELDS and set(r.keys()) != set(FIELDS):
            errors.append(f"{rid}: fields {sorted(r.keys())}")
            continue
        for f in FIELDS:
            want = list if f == "expected" else str
            if not isinstance(r[f], want):
                errors.append(f"{rid}: field {f} has type {type(r[f]).__name__}")
        if r["language"] != code or r["locale"] != locale:
            errors.append(f"{rid}: language/locale {r['language']}/{r['locale']}")
        if r["type"] not in TYPES:
            errors.append(f"{rid}: type {r['type']!r} not permitted")
        if r["format"] not in ("text", "html"):
            errors.append(f"{rid}: format {r['format']!r}")
        if not ORDER_RE.match(r["order_id"]) or not r["order_id"].startswith(prefix):
            errors.append(f"{rid}: order_id {r['order_id']!r}")
        exp = r["expected"]
        if exp != sorted(set(exp)):
            errors.append(f"{rid}: expected not sorted/unique {exp}")
        for e in exp:
            if e not in known:
                errors.append(f"{rid}: unknown rule {e}")
            if e in NEVER:
                errors.append(f"{rid}: {e} is never expected by policy")
        if not r["note"].strip() or not r["subject"].strip() or not r["body"].strip():
            errors.append(f"{rid}: empty subject/body/note")
        text = r["subject"] + "\n" + r["body"]
        has_order = r["order_id"] in text
        if "BSM102" in exp:
            if ANY_ORDER_RE.search(text):
                errors.append(f"{rid}: BSM102 expected but an order number is present")
        elif not has_order:
            errors.append(f"{rid}: order number {r['order_id']} missing")
        # other order numbers in the text must be this record's own
        for found in ANY_ORDER_RE.findall(text):
            if found != r["order_id"]:
                errors.append(f"{rid}: foreign order number {found}")
        if not exp:
            clean += 1

        # ---- lint: evidence for the content rules ----
        body = r["body"]
        low = text.lower()
        checks = {
            "BSM403": bool(EMOJI_RE.search(text) or EMOTICON_RE.search(text)),
            "BSM308": bool(MAIL_RE.search(low) or "mailto:" in low),
            "BSM301": "http://" in low,
            "BSM412": ("\n\n\n" in body) or bool(re.search(r"(<br\s*/?>\s*){3,}", body, re.I))
                      or bool(re.search(r"<p>\s*</p>", body, re.I)),
            "BSM110": IMPORTANT[code] in r["subject"].lower()
                      and r["type"] not in CRITICAL_OK,
        }
        for rule, hit in checks.items():
            if hit and rule not in exp:
                flags.append(f"{rid}: looks like {rule} but not expected")
            if rule in exp and not hit:
                flags.append(f"{rid}: {rule} expected but no evidence found")
        if "BSM309" not in exp and PHONE_RE.search(body):
            line = [ln for ln in body.splitlines() if PHONE_RE.search(ln)]
            if not any(re.search(r"garantie|warranty|guarantee|hersteller|fabrikant|manufacturer", ln, re.I)
                       for ln in line):
                flags.append(f"{rid}: phone-like text not marked as warranty: {line}")
        if not exp:
            if STYLE_RE.search(body):
                flags.append(f"{rid}: clean HTML sets a style or active element")
            if r["format"] == "html":
                for tag in re.findall(r"<img\b[^>]*>", body, re.I):
                    if not re.search(r'alt="[^"]+"', tag) or "https://" not in tag:
                        flags.append(f"{rid}: clean image without alt or https: {tag}")
                for href, label in re.findall(r'<a\s[^>]*href="([^"]+)"[^>]*>(.*?)</a>', body, re.I | re.S):
                    if not re.match(r"https://www\.amazon\.", href):
                        flags.append(f"{rid}: clean message links off Amazon: {href}")
                    if label.startswith("http") or len(label.split()) < 3:
                        flags.append(f"{rid}: clean link text not descriptive: {label}")
            elif "<" in body and ">" in body:
                flags.append(f"{rid}: text message contains markup")
            if re.search(r"https?://|www\.", body):
                if r["format"] == "text":
                    flags.append(f"{rid}: clean text message with a URL")
    if clean != 17:
        errors.append(f"{code}: {clean} clean records, want 17")
    return errors, flags, msgs


def main():
    known = rule_ids()
    if len(known) < 40:
        print("could not read rule ids from rules.md")
        return 1
    all_err, all_flag = [], []
    for mod, code, loc, pre in ((lang_nl, "nl", "nl-NL", "410-"),
                                (lang_en, "en", "en-GB", "411-"),
                                (lang_de, "de", "de-DE", "412-")):
        errs, flags, msgs = check_module(mod, code, loc, pre, known)
        all_err += errs
        all_flag += flags
        counts = {}
        for r in msgs:
            for e in r["expected"] or ["clean"]:
                counts[e] = counts.get(e, 0) + 1
        print(code, len(msgs), "records:",
              ", ".join(f"{k} {counts[k]}" for k in sorted(counts)))
    orders = [r["order_id"] for m in (lang_nl, lang_en, lang_de) for r in m.MESSAGES]
    if len(set(orders)) != len(orders):
        all_err.append("order numbers repeat across languages")
    for e in all_err:
        print("ERROR", e)
    for f in all_flag:
        print("FLAG ", f)
    ok = not all_err and not all_flag
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build evaluation/tr8.jsonl: a blind evaluation set of Amazon buyer-seller messages,
mostly Turkish (tr-TR), for the compliance checker.

Plain python3, standard library only, fixed seed, no network. Running it twice writes the
same bytes. Every record is validated before anything is written:

- all fields present, with the right types;
- `order_id` is NNN-NNNNNNN-NNNNNNN and appears in subject or body (unless BSM102 expected);
- `expected` ids exist in rules.md and are sorted and unique; BSM101/103/105/106/111/112/414
  are never expected (labelling policy);
- `type` is one of the permitted types, `format` is text or html, locale is xx-XX;
- clean and thanks-only records pass a conservative self-lint (no emoji, emoticons, e-mail
  addresses, unmarked phone numbers, non-Amazon or non-https links, styles, blank-line runs).

Usage: python3 build.py [output path]   (default evaluation/tr8.jsonl)
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tr_clean_a  # noqa: E402
import tr_clean_b  # noqa: E402
import tr_clean_c  # noqa: E402
import tr_thanks  # noqa: E402
import tr_violations  # noqa: E402
import other_langs  # noqa: E402

DEFAULT_OUT = os.path.join(os.path.dirname(HERE), "tr8.jsonl")  # evaluation/tr8.jsonl
RULES_MD = os.path.join(os.path.dirname(os.path.dirname(HERE)), "..", "shared", "spec", "rules.md")
SEED = 20261207

RULE_IDS = (
    "BSM101 BSM102 BSM103 BSM104 BSM105 BSM106 BSM107 BSM108 BSM109 BSM110 BSM111 BSM112 "
    "BSM201 BSM202 BSM203 BSM204 BSM205 BSM206 BSM301 BSM302 BSM303 BSM304 BSM305 BSM306 "
    "BSM307 BSM308 BSM309 BSM310 BSM311 BSM312 BSM401 BSM402 BSM403 BSM404 BSM405 BSM406 "
    "BSM407 BSM408 BSM409 BSM410 BSM411 BSM412 BSM413 BSM414"
).split()
NEVER_EXPECTED = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
TYPES = {
    "order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
    "review-request", "delivery-scheduling", "home-service-appointment",
    "custom-design-verification", "fulfillment-question", "reply",
}
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id",
          "expected", "note"]
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
LOCALE_FOR = {"tr": "tr-TR"}


def rule_ids():
    ids = set(RULE_IDS)
    if os.path.exists(RULES_MD):
        with open(RULES_MD, encoding="utf-8") as f:
            found = set(re.findall(r"^\| (BSM\d{3}) \|", f.read(), re.M))
        if found:
            ids = found
    return ids


def make_order_ids(n, rng):
    seen = set()
    out = []
    while len(out) < n:
        oid = "%s-%07d-%07d" % (rng.choice(["402", "403", "405", "406", "407", "408"]),
                                rng.randrange(10 ** 7), rng.randrange(10 ** 7))
        if oid not in seen:
            seen.add(oid)
            out.append(oid)
    return out


# ---- self-lint for records expected clean or thanks-only ------------------------------------
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]")
EMOTICON_RE = re.compile(r"(?:(?<![\w])[:;=][-'^]?[)(DPp|\]\[*/\\]|<3|(?<![\w.])8-?\))")
PHONE_RE = re.compile(
    r"(?:\+\s?\d{2}[\s(]*\d"                                # any international number
    r"|(?<![\d/-])0\s?\(?[2-58]\d{2}\)?[\s.]?\d{3}[\s.]?\d{2}[\s.]?\d{2}(?![\d])"  # TR 0xxx
    r"|(?<![\d])444\s?\d\s?\d{3}(?![\d])"                     # TR 444 short numbers
    r"|(?<![\d])0?8\d{2}[\s]\d{3}[\s]?\d{2,3}(?:[\s]?\d{2})?(?![\d])"  # 0800/0850/088/800
    r")")
WARRANTY_WORDS = ("garanti", "üretici", "warranty", "manufacturer", "garantie", "fabrikant",
                  "hersteller", "garanzia", "produttore", "gwarancj", "tillverkare")
SHIPPED_WORDS = ("kargoya verildi", "kargoya teslim", "depomuzdan çıktı", "yola çıktı",
                 "siparişinizi aldık", "paketlendi", "hazırlanıyor", "hazırlamaya başladık",
                 "gönderildi", "kargolandı")
STYLE_WORDS = ("color", "font-family", "font-size", "line-height", "text-align", "align=",
               "<center", "<font", "<script", "<form", "<iframe", "<object", "<embed",
               "<style", "<link", "<meta", "javascript:", "onload", "onclick", "<h1", "<h2",
               "<h3", "<big")


def lint_clean(rec):
    problems = []
    text = rec["subject"] + "\n" + rec["body"]
    low = re.sub(r'href="https://www\.amazon\.com\.tr/[^"]*"', 'href=""', text.lower())
    if EMOJI_RE.search(text):
        problems.append("emoji")
    body_no_tags = re.sub(r"<[^>]*>", " ", rec["body"])
    if EMOTICON_RE.search(rec["subject"] + "\n" + body_no_tags):
        problems.append("emoticon: %r" % EMOTICON_RE.search(rec["subject"] + body_no_tags).group(0))
    for w in ("http://", "@", "www.", "mailto", " at ", "[at]", "(et)", "[nokta]"):
        if w in low and not (w == " at " and rec["language"] != "tr"):
            problems.append("looks like link/e-mail: %r" % w)
    for line in text.split("\n"):
        plain = re.sub(r"<[^>]*>", " ", line)
        m = PHONE_RE.search(plain)
        if m and not any(w in plain.lower() for w in WARRANTY_WORDS):
            problems.append("unmarked phone-like number: %r" % m.group(0))
    if rec["language"] == "tr":
        for w in SHIPPED_WORDS:
            if w in low:
                problems.append("shipment wording: %r" % w)
    if rec["format"] == "text":
        if "\n\n\n" in rec["body"]:
            problems.append("blank-line run")
        if "<" in rec["body"] and re.search(r"<[a-zA-Z/][^>]*>", rec["body"]):
            problems.append("tag in text body")
        if "https://" in rec["body"]:
            problems.append("bare URL in text body")
    else:
        b = rec["body"].lower()
        for w in STYLE_WORDS:
            if w in b:
                problems.append("style/active element: %r" % w)
        if re.search(r"(<br\s*/?>\s*){3,}", b):
            problems.append("<br> run")
        if re.search(r"<p[^>]*>\s*(&nbsp;)?\s*</p>", b):
            problems.append("empty paragraph")
        for style in re.findall(r'style="([^"]*)"', b):
            for decl in style.split(";"):
                decl = decl.strip()
                if decl and not re.fullmatch(r"padding:\s*\d+px(\s+\d+px)?", decl):
                    problems.append("style declaration %r" % decl)
                for px in re.findall(r"(\d+)px", decl):
                    if int(px) > 40:
                        problems.append("padding %spx" % px)
        for img in re.findall(r"<img\b[^>]*>", b):
            alt = re.search(r'alt="([^"]*)"', img)
            if not alt or not alt.group(1).strip():
                problems.append("img without alt")
            src = re.search(r'src="([^"]*)"', img)
            if not src or not src.group(1).startswith("https://"):
                problems.append("img not https")
            if "logo" not in src.group(1):
                problems.append("img is not a logo")
            w = re.search(r'width="(\d+)"', img)
            if w and int(w.group(1)) > 480:
                problems.append("img too wide")
            if re.search(r"[?&]", src.group(1)):
                problems.append("img with query string")
        for a in re.findall(r"<a\b[^>]*>(.*?)</a>", b, re.S):
            if not re.search(r"amazon", a):
                problems.append("link text does not name Amazon: %r" % a)
        for href in re.findall(r'href="([^"]*)"', b):
            if not href.startswith("https://www.amazon.com.tr/"):
                problems.append("non-Amazon link %r" % href)
        if re.search(r"<a\b[^>]*>\s*<img", b):
            problems.append("linked image")
    if rec["expected"] == ["BSM202"]:
        if "?" in re.sub(r"<[^>]*>", " ", rec["body"]):
            problems.append("question in thanks-only")
    return problems


def assemble():
    groups = [
        ("tr", tr_clean_a.MSGS + tr_clean_b.MSGS + tr_clean_c.MSGS + tr_thanks.MSGS
         + tr_violations.MSGS),
    ] + other_langs.MSGS_BY_LANG
    rng = random.Random(SEED)
    total = sum(len(m) for _, m in groups)
    order_ids = make_order_ids(total, rng)
    records = []
    k = 0
    for lang, msgs in groups:
        for i, m in enumerate(msgs, 1):
            oid = order_ids[k]
            k += 1
            rec = {
                "id": "tr8-%s-%03d" % (lang, i),
                "language": m["language"],
                "locale": m["locale"] or LOCALE_FOR.get(m["language"]),
                "type": m["type"],
                "format": m["format"],
                "subject": m["subject"].replace("{O}", oid),
                "body": m["body"].replace("{O}", oid),
                "order_id": oid,
                "expected": m["expected"],
                "note": m["note"],
            }
            records.append(rec)
    return records


def validate(records):
    ids = rule_ids()
    errors = []
    seen_ids = set()
    seen_orders = set()
    for r in records:
        rid = r.get("id", "?")
        if list(r.keys()) != FIELDS:
            errors.append("%s: fields %r" % (rid, list(r.keys())))
            continue
        for f in ("id", "language", "locale", "type", "format", "subject", "body", "order_id",
                  "note"):
            if not isinstance(r[f], str) or not r[f].strip():
                errors.append("%s: empty or non-string %s" % (rid, f))
        if rid in seen_ids:
            errors.append("%s: duplicate id" % rid)
        seen_ids.add(rid)
        if r["order_id"] in seen_orders:
            errors.append("%s: duplicate order id" % rid)
        seen_orders.add(r["order_id"])
        if not re.fullmatch(r"[a-z]{2}-[A-Z]{2}", r["locale"]):
            errors.append("%s: locale %r" % (rid, r["locale"]))
        if r["locale"].split("-")[0] != r["language"]:
            errors.append("%s: locale %r does not match language %r" % (rid, r["locale"], r["language"]))
        if r["type"] not in TYPES:
            errors.append("%s: type %r not permitted" % (rid, r["type"]))
        if r["format"] not in ("text", "html"):
            errors.append("%s: format %r" % (rid, r["format"]))
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", r["order_id"]):
            errors.append("%s: order_id %r" % (rid, r["order_id"]))
        exp = r["expected"]
        if not isinstance(exp, list) or exp != sorted(set(exp)):
            errors.append("%s: expected not sorted/unique %r" % (rid, exp))
        for e in exp:
            if e not in ids:
                errors.append("%s: unknown rule %s" % (rid, e))
            if e in NEVER_EXPECTED:
                errors.append("%s: %s is never expected" % (rid, e))
        if "BSM102" not in exp:
            if r["order_id"] not in r["subject"] and r["order_id"] not in r["body"]:
                errors.append("%s: order number missing from subject and body" % rid)
        if "{O}" in r["subject"] or "{O}" in r["body"]:
            errors.append("%s: unreplaced placeholder" % rid)
        other = set(ORDER_RE.findall(r["subject"] + "\n" + r["body"])) - {r["order_id"]}
        if other:
            errors.append("%s: other order numbers %r" % (rid, other))
        if not r["note"].endswith("."):
            errors.append("%s: note should be one sentence ending with a full stop" % rid)
        if "BSM110" not in exp and r["type"] != "order-problem" and re.search(
                r"\[(önemli|important|wichtig|belangrijk|importante|important|ważne|viktigt)\]",
                r["subject"], re.I):
            errors.append("%s: [Important] tag on a non-critical type" % rid)
        if not exp or exp == ["BSM202"]:
            for p in lint_clean(r):
                errors.append("%s: lint: %s" % (rid, p))
    return errors


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    records = assemble()
    errors = validate(records)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    by_lang = {}
    by_rule = {}
    clean = 0
    for r in records:
        by_lang[r["language"]] = by_lang.get(r["language"], 0) + 1
        if not r["expected"]:
            clean += 1
        for e in r["expected"]:
            by_rule[e] = by_rule.get(e, 0) + 1
    print("wrote %d records to %s" % (len(records), out))
    print("per language:", ", ".join("%s %d" % kv for kv in by_lang.items()))
    print("per rule:", ", ".join("%s %d" % kv for kv in sorted(by_rule.items())))
    print("clean:", clean)


if __name__ == "__main__":
    main()

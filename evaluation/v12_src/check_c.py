#!/usr/bin/env python3
"""Validate the v12 writer-C modules: lang_pl, lang_sv, lang_tr (standard library only)."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES_MD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")

LANGS = {"pl": ("pl-PL", "436"), "sv": ("sv-SE", "437"), "tr": ("tr-TR", "438")}
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body",
          "order_id", "expected", "note"]
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
OID_ANY = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\uFE0F]")
EMOTICON = re.compile(r"(?<![\w/])(?::|;|=)-?[\)\(DPp]|<3")
TAGS = {"[ważne]", "[viktigt]", "[önemli]"}


def rule_ids():
    with open(RULES_MD, encoding="utf-8") as f:
        return set(re.findall(r"^\| (BSM\d{3}) \|", f.read(), re.M))


def clean_lint(m):
    """Heuristic sanity checks that a message labelled clean has no obvious violation."""
    txt = m["subject"] + "\n" + m["body"]
    low = txt.lower()
    errs = []
    if EMOJI.search(txt) or EMOTICON.search(txt):
        errs.append("emoji/emoticon")
    if "@" in txt or "małpa" in low or "snabel-a" in low or "(et)" in low:
        errs.append("e-mail-like")
    if "http://" in low:
        errs.append("http")
    for url in re.findall(r"https://([^/\"'\s<>]+)", txt):
        if m["format"] == "text":
            errs.append("bare URL in text")
        if "<img" not in txt or not url.startswith(("img.", "media.", "gorsel.")):
            if "amazon." not in url:
                errs.append("non-Amazon host " + url)
    no_urls = re.sub(r"https://\S+|amazon\.(pl|se|com\.tr)", "", txt, flags=re.I)
    if re.search(r"\bwww\.|\.(pl|se|com|nu)\b(?![-\w])", no_urls):
        errs.append("domain-like text")
    if m["format"] == "text" and "\n\n\n" in m["body"]:
        errs.append("blank lines")
    if m["format"] == "html":
        b = m["body"].lower()
        for bad in ("style", "color", "font", "align", "<center", "line-height",
                    "<p></p>", "<br><br><br>", "<script", "<form", "<iframe"):
            if bad in b:
                errs.append("html:" + bad)
        for img in re.findall(r"<img[^>]*>", b):
            if not re.search(r'alt="[^"]+"', img):
                errs.append("img without alt")
            w = re.search(r'width="(\d+)"', img)
            if w and int(w.group(1)) > 480:
                errs.append("wide image")
            if "logo" not in img:
                errs.append("non-logo image")
    if m["subject"].lower().split(" ")[0] in TAGS and m["type"] != "order-problem":
        errs.append("[Important] on non-critical type")
    ident = re.compile(r"NIP|REGON|KRS|Org\.nr|Momsreg|VKN|Vergi|MERS|garanti|gwarancyjn", re.I)
    scrub = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)|\d{4}-\d{2}-\d{2}|\d{4}/\d{2}/\d{2,4}")
    for line in scrub.sub(" ", txt).splitlines():
        if ident.search(line):
            continue  # company/tax identifiers or a marked warranty line
        if re.search(r"(?<![\d-])(\d{2,4}[ -]){2,4}\d{2,4}(?![\d-])|\+\d{2} ", line):
            if not re.search(r"\d{4} \d{4} \d{4}", line):  # parcel numbers in groups of four
                errs.append("phone-like number: " + line[:60])
    return errs


def main():
    ids_known = rule_ids()
    problems = []
    all_ids, all_oids = set(), set()
    report = {}
    for lang, (loc, prefix) in LANGS.items():
        mod = __import__("lang_" + lang)
        msgs = mod.MESSAGES
        if len(msgs) != 50:
            problems.append(f"{lang}: {len(msgs)} records, not 50")
        counts = collections.Counter()
        clean = 0
        for i, m in enumerate(msgs, 1):
            where = f"{lang}#{i}"
            if list(m.keys()) != FIELDS and set(m.keys()) != set(FIELDS):
                problems.append(f"{where}: fields {sorted(m.keys())}")
                continue
            for k in FIELDS:
                want = list if k == "expected" else str
                if not isinstance(m[k], want):
                    problems.append(f"{where}: {k} is {type(m[k]).__name__}")
            if m["id"] != f"v12-{lang}-{i:03d}":
                problems.append(f"{where}: id {m['id']}")
            if m["id"] in all_ids:
                problems.append(f"{where}: duplicate id")
            all_ids.add(m["id"])
            if m["language"] != lang or m["locale"] != loc:
                problems.append(f"{where}: language/locale {m['language']}/{m['locale']}")
            if m["type"] not in TYPES:
                problems.append(f"{where}: type {m['type']}")
            if m["format"] not in ("text", "html"):
                problems.append(f"{where}: format {m['format']}")
            if not OID.match(m["order_id"]) or not m["order_id"].startswith(prefix + "-"):
                problems.append(f"{where}: order_id {m['order_id']}")
            if m["order_id"] in all_oids:
                problems.append(f"{where}: duplicate order_id")
            all_oids.add(m["order_id"])
            exp = m["expected"]
            if exp != sorted(set(exp)):
                problems.append(f"{where}: expected not sorted/unique")
            for r in exp:
                if r not in ids_known:
                    problems.append(f"{where}: unknown rule {r}")
                if r in NEVER:
                    problems.append(f"{where}: rule {r} never expected by policy")
            text = m["subject"] + "\n" + m["body"]
            present = m["order_id"] in text
            if "BSM102" in exp:
                if OID_ANY.search(text):
                    problems.append(f"{where}: BSM102 but a hyphenated order number is present")
            elif not present:
                problems.append(f"{where}: order number missing")
            for other in OID_ANY.findall(text):
                if other != m["order_id"]:
                    problems.append(f"{where}: foreign order number {other}")
            if not m["note"].strip() or not m["subject"].strip() or not m["body"].strip():
                problems.append(f"{where}: empty subject/body/note")
            if m["format"] == "text" and "<" in m["body"] and re.search(r"<\w+[^>]*>", m["body"]):
                problems.append(f"{where}: HTML tags in a text body")
            if not exp:
                clean += 1
                for e in clean_lint(m):
                    problems.append(f"{where}: clean but {e}")
            for r in exp:
                counts[r] += 1
        if clean != 17:
            problems.append(f"{lang}: {clean} clean, not 17")
        report[lang] = (clean, counts)
    for lang, (clean, counts) in report.items():
        print(f"{lang}: 50 records, clean {clean}, "
              + ", ".join(f"{r}×{n}" for r, n in sorted(counts.items())))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

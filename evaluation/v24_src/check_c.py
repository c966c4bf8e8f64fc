"""Validate v24 pl/sv/tr modules. Standard library only."""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()
RULE_IDS = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", RULES))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id",
          "expected", "note"]
PREFIX = {"pl": "556", "sv": "557", "tr": "558"}
LOCALE = {"pl": "pl-PL", "sv": "sv-SE", "tr": "tr-TR"}
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")


def check(lang):
    errs = []
    mod = __import__("lang_" + lang)
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errs.append("%s: %d records, want 50" % (lang, len(msgs)))
    ids, oids = set(), set()
    clean = 0
    for i, r in enumerate(msgs, 1):
        w = r.get("id", "?")
        if list(r.keys()) != FIELDS:
            errs.append("%s: fields %s" % (w, list(r.keys())))
            continue
        for k in FIELDS:
            want = list if k == "expected" else str
            if not isinstance(r[k], want):
                errs.append("%s: %s not %s" % (w, k, want.__name__))
        if r["id"] != "v24-%s-%03d" % (lang, i):
            errs.append("%s: bad id" % w)
        if r["id"] in ids:
            errs.append("%s: duplicate id" % w)
        ids.add(r["id"])
        if r["language"] != lang or r["locale"] != LOCALE[lang]:
            errs.append("%s: language/locale" % w)
        if r["type"] not in TYPES:
            errs.append("%s: type %s" % (w, r["type"]))
        if r["format"] not in ("text", "html"):
            errs.append("%s: format" % w)
        if r["format"] == "text" and "<" in r["body"] and "</" in r["body"]:
            errs.append("%s: html in text body" % w)
        if not r["subject"].strip() or not r["body"].strip() or not r["note"].strip():
            errs.append("%s: empty subject/body/note" % w)
        o = r["order_id"]
        if not OID.match(o) or not o.startswith(PREFIX[lang] + "-"):
            errs.append("%s: order_id %s" % (w, o))
        if o in oids:
            errs.append("%s: duplicate order_id" % w)
        oids.add(o)
        exp = r["expected"]
        if exp != sorted(set(exp)):
            errs.append("%s: expected not sorted/unique" % w)
        for e in exp:
            if e not in RULE_IDS:
                errs.append("%s: unknown rule %s" % (w, e))
        if "BSM101" in exp:
            errs.append("%s: BSM101 never expected" % w)
        text = r["subject"] + "\n" + r["body"]
        present = re.search(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)", text)
        if "BSM102" in exp:
            if present:
                errs.append("%s: BSM102 but hyphenated order number present" % w)
        elif o not in text:
            errs.append("%s: order number missing" % w)
        if "{o" in text:
            errs.append("%s: unfilled placeholder" % w)
        if not exp:
            clean += 1
            b = r["body"]
            bad = []
            if EMOJI.search(text) or re.search(r"[:;]-?[)(DP]|<3", b):
                bad.append("emoji")
            if "@" in b or re.search(r"\b(małpa|snabel-a|\[at\])\b", b):
                bad.append("email")
            if re.search(r"http://", b):
                bad.append("http")
            for h in re.findall(r'href="([^"]+)"', b):
                if not re.match(r"https://www\.amazon\.", h):
                    bad.append("non-amazon link")
            if re.search(r"style|color|font|align|line-height|<center|<form|<script", b, re.I):
                bad.append("style")
            if re.search(r"<img(?![^>]*alt=\"[^\"]+\")", b):
                bad.append("img without alt")
            if "\n\n\n" in b or re.search(r"(<br>\s*){3,}|<p>\s*</p>", b):
                bad.append("line breaks")
            if re.search(r"\[(Ważne|Viktigt|Önemli)\]", r["subject"]) and r["type"] != "order-problem":
                bad.append("important tag")
            if bad:
                errs.append("%s: clean but %s" % (w, bad))
        if re.search(r"\[(Ważne|Viktigt|Önemli)\]", r["subject"], re.I):
            crit = r["type"] in ("return-follow-up", "invoice", "review-request", "reply")
            if crit != ("BSM110" in exp):
                errs.append("%s: BSM110 label inconsistent with tag" % w)
    if clean != 17:
        errs.append("%s: %d clean, want 17" % (lang, clean))
    return errs, msgs


def main():
    allerr = []
    for lang in ("pl", "sv", "tr"):
        errs, msgs = check(lang)
        allerr += errs
        counts = {}
        for r in msgs:
            for e in r["expected"] or ["clean"]:
                counts[e] = counts.get(e, 0) + 1
        print(lang, len(msgs), "records;", ", ".join("%s=%d" % kv for kv in sorted(counts.items())))
    for e in allerr:
        print("ERROR", e)
    print("FAIL" if allerr else "PASS")
    return 1 if allerr else 0


if __name__ == "__main__":
    sys.exit(main())

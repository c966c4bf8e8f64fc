"""Validate the v14 modules lang_pl, lang_sv, lang_tr (standard library only)."""
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = {"pl": ("pl-PL", "456"), "sv": ("sv-SE", "457"), "tr": ("tr-TR", "458")}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
OID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55]")
EMOTICON = re.compile(r"(?<![\w/])(?:[:;=8][-']?[)(DPp/\\|*]|<3|xD)(?!\w)")
PHONE = re.compile(r"(?:\+\d{2}[\s\d]{7,}|\b0\d{2,3}[- ]\d{2,3}[ ]\d{2}[ ]\d{2}\b|\b\d{3} \d{3} \d{3}\b|\b0\d{3} \d{3} \d{2} \d{2}\b|\b\d{2} \d{3} \d{2} \d{2}\b)")
IMPORTANT = re.compile(r"\[(Ważne|Viktigt|Önemli|Important)\]", re.I)


def rule_ids():
    with open(RULES, encoding="utf-8") as f:
        return set(re.findall(r"^\| (BSM\d{3}) \|", f.read(), re.M))


def clean_lint(m):
    """Heuristic sanity checks that a message labelled clean has no obvious violation."""
    b, s = m["body"], m["subject"]
    t = s + "\n" + b
    probs = []
    if "@" in t or re.search(r"małpa|snabel-a|\[et\]|mailto:", t, re.I):
        probs.append("email")
    if "http://" in t:
        probs.append("http")
    for host in re.findall(r'href="https://([^/"]+)', b):
        if not re.search(r"(^|\.)amazon\.", host):
            probs.append("external link " + host)
    if re.search(r"(?<![\"'=])https?://", re.sub(r'(href|src)="[^"]*"', "", b)):
        probs.append("bare url")
    if EMOJI.search(t) or EMOTICON.search(re.sub(r"<[^>]+>", "", t)):
        probs.append("emoji/emoticon")
    if re.search(r"style|font|color|line-height|align|<center", b, re.I):
        probs.append("styling")
    if "\n\n\n" in b or re.search(r"(<br\s*/?>\s*){3,}", b, re.I) or re.search(r"<p>\s*</p>", b):
        probs.append("line breaks")
    if re.search(r'<img(?![^>]*alt="[^"]+")', b):
        probs.append("img without alt")
    if re.search(r"<(script|iframe|form|object|embed)", b, re.I):
        probs.append("active content")
    for text in re.findall(r"<a\b[^>]*>(.*?)</a>", b, re.I | re.S):
        if re.search(r"\b(tutaj|hier|här|buraya|click|kliknij|link|läs mer|więcej)\b|^\s*https?:", text, re.I):
            probs.append("non-descriptive link text " + text)
    if re.search(r"STOP|STOPP|\bDUR\b|newsletter|nyhetsbrev|bülten", t):
        probs.append("opt-out/marketing word")
    if IMPORTANT.search(s) and m["type"] != "order-problem":
        probs.append("important tag")
    for ph in PHONE.findall(t):
        ctx = t[max(0, t.find(ph) - 80):t.find(ph)].lower()
        if not re.search(r"gwarancyj|garanti|üretici", ctx):
            probs.append("phone? " + ph)
    return probs


def check(lang):
    loc, prefix = LANGS[lang]
    mod = importlib.import_module("lang_" + lang)
    msgs = mod.MESSAGES
    ids = rule_ids()
    errs = []
    if len(msgs) != 50:
        errs.append("%s: %d records, want 50" % (lang, len(msgs)))
    seen_id, seen_oid = set(), set()
    for i, m in enumerate(msgs, 1):
        tag = m.get("id", "?%d" % i)
        if set(m) != set(FIELDS):
            errs.append("%s: fields %s" % (tag, sorted(set(m) ^ set(FIELDS))))
            continue
        for k, typ in FIELDS.items():
            if not isinstance(m[k], typ):
                errs.append("%s: %s is not %s" % (tag, k, typ.__name__))
        if m["id"] != "v14-%s-%03d" % (lang, i):
            errs.append("%s: id out of sequence" % tag)
        if m["id"] in seen_id:
            errs.append("%s: duplicate id" % tag)
        seen_id.add(m["id"])
        if m["language"] != lang or m["locale"] != loc:
            errs.append("%s: language/locale" % tag)
        if m["type"] not in TYPES:
            errs.append("%s: type %s" % (tag, m["type"]))
        if m["format"] not in ("text", "html"):
            errs.append("%s: format" % tag)
        if not re.fullmatch(prefix + r"-\d{7}-\d{7}", m["order_id"]):
            errs.append("%s: order_id %s" % (tag, m["order_id"]))
        if m["order_id"] in seen_oid:
            errs.append("%s: duplicate order_id" % tag)
        seen_oid.add(m["order_id"])
        exp = m["expected"]
        if exp != sorted(set(exp)) or not all(isinstance(x, str) for x in exp):
            errs.append("%s: expected not sorted/unique" % tag)
        for r in exp:
            if r not in ids:
                errs.append("%s: %s not in rules.md" % (tag, r))
            if r in NEVER:
                errs.append("%s: %s is never expected" % (tag, r))
        present = m["order_id"] in m["subject"] or m["order_id"] in m["body"]
        if "BSM102" in exp:
            if OID.search(m["subject"] + m["body"]):
                errs.append("%s: BSM102 but an order number is present" % tag)
        elif not present:
            errs.append("%s: order number missing" % tag)
        others = set(OID.findall(m["subject"] + m["body"])) - {m["order_id"]}
        if others:
            errs.append("%s: other order numbers %s" % (tag, others))
        if m["format"] == "text" and re.search(r"<(p|br|div|a|img)\b", m["body"]):
            errs.append("%s: HTML in a text body" % tag)
        if m["format"] == "html" and not re.search(r"<(p|div|table|h\d)\b", m["body"]):
            errs.append("%s: html body without markup" % tag)
        if not m["note"].strip() or "\n" in m["note"]:
            errs.append("%s: note" % tag)
        if not exp:
            for p in clean_lint(m):
                errs.append("%s: clean but %s" % (tag, p))
    n_clean = sum(1 for m in msgs if not m["expected"])
    if n_clean != 17:
        errs.append("%s: %d clean, want 17" % (lang, n_clean))
    return msgs, errs


def main():
    all_errs, all_oids = [], set()
    for lang in LANGS:
        msgs, errs = check(lang)
        all_errs += errs
        for m in msgs:
            if m["order_id"] in all_oids:
                all_errs.append("%s: order_id reused across languages" % m["id"])
            all_oids.add(m["order_id"])
        counts = {}
        for m in msgs:
            for r in m["expected"] or ["clean"]:
                counts[r] = counts.get(r, 0) + 1
        print(lang, len(msgs), "records:", ", ".join("%s=%d" % kv for kv in sorted(counts.items())))
    for e in all_errs:
        print("ERROR", e)
    print("OK" if not all_errs else "FAILED (%d)" % len(all_errs))
    return 1 if all_errs else 0


if __name__ == "__main__":
    sys.exit(main())

# -*- coding: utf-8 -*-
"""Validate lang_fr.py, lang_it.py, lang_es.py (v18 blind set, writer B)."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")

TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
ORDER_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]")
EMOTICON_RE = re.compile(r"(?<!\w)(?:[:;=8]-?[)(DPp/|]|<3|xD|XD)(?!\w)")
PHONE_RE = re.compile(r"(?:\+\d{2}[\s.]?)?(?:\(?0\)?[\s.]?)?\d{2,4}(?:[\s.]\d{2,4}){2,4}")
BR_RUN_RE = re.compile(r"(?:<br\s*/?>\s*){3,}", re.I)
EMPTY_P_RE = re.compile(r"<p[^>]*>\s*(?:&nbsp;)?\s*</p>", re.I)
IMPORTANT_RE = re.compile(r"\[\s*importan", re.I)
NONDESC = ("cliquez ici", "clicca qui", "pinche aquí", "haga clic aquí", "click here", "ici</a>",
           "qui</a>", "aquí</a>")


def rule_ids():
    with open(RULES, encoding="utf-8") as f:
        return set(re.findall(r"\|\s*(BSM\d{3})\s*\|", f.read()))


def check(mod, lang, prefix, ids):
    errs = []
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errs.append("%s: %d records, want 50" % (lang, len(msgs)))
    seen_ids, seen_orders = set(), set()
    clean = 0
    for i, m in enumerate(msgs, 1):
        tag = m.get("id", "?")
        if set(m) != set(FIELDS):
            errs.append("%s: fields %s" % (tag, sorted(set(m) ^ set(FIELDS))))
            continue
        for k, t in FIELDS.items():
            if not isinstance(m[k], t):
                errs.append("%s: %s not %s" % (tag, k, t.__name__))
        if m["id"] != "v18-%s-%03d" % (lang, i):
            errs.append("%s: id out of sequence" % tag)
        if m["id"] in seen_ids:
            errs.append("%s: duplicate id" % tag)
        seen_ids.add(m["id"])
        if m["language"] != lang or not re.fullmatch(lang + r"-[A-Z]{2}", m["locale"]):
            errs.append("%s: language/locale" % tag)
        if m["type"] not in TYPES:
            errs.append("%s: type %s" % (tag, m["type"]))
        if m["format"] not in ("text", "html"):
            errs.append("%s: format" % tag)
        exp = m["expected"]
        if exp != sorted(set(exp)) or any(not isinstance(x, str) for x in exp):
            errs.append("%s: expected not sorted/unique" % tag)
        for x in exp:
            if x not in ids:
                errs.append("%s: unknown rule %s" % (tag, x))
            if x in ("BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"):
                errs.append("%s: %s never expected by policy" % (tag, x))
        oid = m["order_id"]
        if not re.fullmatch(r"%s-\d{7}-\d{7}" % prefix, oid):
            errs.append("%s: order_id %s" % (tag, oid))
        if oid in seen_orders:
            errs.append("%s: duplicate order_id" % tag)
        seen_orders.add(oid)
        text = m["subject"] + "\n" + m["body"]
        found = ORDER_RE.findall(text)
        if "BSM102" in exp:
            if found:
                errs.append("%s: BSM102 but order number present" % tag)
        else:
            if oid not in found:
                errs.append("%s: order number missing" % tag)
            if any(f != oid for f in found):
                errs.append("%s: foreign order number" % tag)
        if not m["note"].strip() or len(m["note"]) > 200:
            errs.append("%s: note" % tag)
        body = m["body"]
        low = body.lower()
        # ---- content heuristics: things a label must account for
        if "BSM412" not in exp:
            if "\n\n\n" in body or BR_RUN_RE.search(body) or EMPTY_P_RE.search(body):
                errs.append("%s: excess line breaks not labelled" % tag)
        if "BSM403" not in exp:
            if EMOJI_RE.search(text) or EMOTICON_RE.search(text):
                errs.append("%s: emoji/emoticon not labelled" % tag)
        if "BSM308" not in exp:
            if re.search(r"[\w.]+@[\w-]+\.\w+", body) or "mailto:" in low or re.search(
                    r"\b(arobase|chiocciola|arroba)\b", low):
                errs.append("%s: e-mail address not labelled" % tag)
        if "BSM301" not in exp and "http://" in low:
            errs.append("%s: http link not labelled" % tag)
        if "BSM110" not in exp and IMPORTANT_RE.search(m["subject"]) and m["type"] != "order-problem":
            errs.append("%s: [Important] not labelled" % tag)
        if "BSM110" in exp and not IMPORTANT_RE.search(m["subject"]):
            errs.append("%s: BSM110 without tag" % tag)
        if "BSM401" not in exp and any(n in low for n in NONDESC):
            errs.append("%s: non-descriptive link not labelled" % tag)
        for a in re.findall(r'href="([^"]+)"', body):
            host = re.sub(r"^https?://", "", a).split("/")[0]
            if not host.endswith(("amazon.fr", "amazon.it", "amazon.es")) and "BSM302" not in exp:
                errs.append("%s: external link not labelled" % tag)
        if "BSM309" not in exp:
            for p in PHONE_RE.findall(text):
                digits = re.sub(r"\D", "", p)
                if len(digits) >= 9:
                    ctx = text[max(0, text.find(p) - 120):text.find(p)].lower()
                    if not any(w in ctx for w in ("garant", "fabricant", "fabbricante", "produttore",
                                                  "fabricante", "siret", "rcs", "iva", "tva",
                                                  "cif", "nif", "c.f.", "capitale", "rea")):
                        errs.append("%s: possible phone number %r" % (tag, p))
        if m["format"] == "html":
            if not re.search(r"<(p|div|table|ul)\b", body, re.I):
                errs.append("%s: html without block elements" % tag)
            for tagname in re.findall(r"<img\b[^>]*>", body, re.I):
                if not re.search(r'alt="[^"]+"', tagname) and "BSM402" not in exp:
                    errs.append("%s: img without alt not labelled" % tag)
                if "http://" in tagname and "BSM413" not in exp:
                    errs.append("%s: insecure image not labelled" % tag)
                w = re.search(r'width="(\d+)"', tagname)
                if w and int(w.group(1)) > 480 and "BSM406" not in exp:
                    errs.append("%s: wide image not labelled" % tag)
            style_rules = {"BSM407": r"font-family|<font\b[^>]*face",
                           "BSM408": r"line-height",
                           "BSM409": r"(?<![-\w])color\s*:|<font\b[^>]*color",
                           "BSM411": r"text-align|\balign=|<center",
                           "BSM312": r"<(script|iframe|form|object|embed)\b|javascript:|\son\w+=|<link\b|http-equiv"}
            for rid, pat in style_rules.items():
                hit = bool(re.search(pat, body, re.I))
                if hit != (rid in exp):
                    errs.append("%s: %s %s" % (tag, rid, "hit but not labelled" if hit else "labelled, no hit"))
            sizes = set(re.findall(r"font-size\s*:\s*([\d.]+\w+)", body))
            if len(sizes) >= 3 and "BSM410" not in exp:
                errs.append("%s: font sizes not labelled" % tag)
            if "BSM410" in exp and len(sizes) < 3:
                errs.append("%s: BSM410 without enough sizes" % tag)
            if "BSM304" in exp and not re.search(r"<a\b[^>]*>\s*<img", body, re.I):
                errs.append("%s: BSM304 without linked logo" % tag)
        else:
            if "<" in body and re.search(r"<\w+[^>]*>", body):
                errs.append("%s: html tags in text message" % tag)
            for rid in ("BSM301", "BSM302", "BSM304", "BSM307", "BSM310", "BSM311", "BSM312",
                        "BSM402", "BSM404", "BSM405", "BSM406", "BSM407", "BSM408", "BSM409",
                        "BSM410", "BSM411", "BSM413"):
                if rid in exp:
                    errs.append("%s: %s impossible in text" % (tag, rid))
        # ---- labelled rules must show in the message
        present = {
            "BSM412": "\n\n\n" in body or BR_RUN_RE.search(body) or EMPTY_P_RE.search(body),
            "BSM403": EMOJI_RE.search(text) or EMOTICON_RE.search(text),
            "BSM308": re.search(r"[\w.]+@[\w-]+\.\w+", body) or re.search(r"\b(arobase|chiocciola|arroba)\b", low),
            "BSM301": "http://" in low,
            "BSM401": any(n in low for n in NONDESC),
            "BSM302": re.search(r'href="https://(?!www\.amazon\.)', body),
            "BSM310": "<img" in low, "BSM311": "<img" in low, "BSM402": "<img" in low,
            "BSM307": re.search(r'<img\b[^>]*width="[12]"', body),
            "BSM309": PHONE_RE.search(text),
        }
        for rid, hit in present.items():
            if rid in exp and not hit:
                errs.append("%s: %s labelled but not found" % (tag, rid))
        if not exp:
            clean += 1
            if re.search(r"https?://", body) and m["format"] == "text":
                errs.append("%s: bare URL in clean text" % tag)
    if clean != 17:
        errs.append("%s: %d clean, want 17" % (lang, clean))
    return errs


def main():
    ids = rule_ids()
    import lang_fr, lang_it, lang_es
    all_errs = []
    allorders = set()
    for mod, lang, prefix in ((lang_fr, "fr", "493"), (lang_it, "it", "494"), (lang_es, "es", "495")):
        errs = check(mod, lang, prefix, ids)
        all_errs += errs
        counts = {}
        for m in mod.MESSAGES:
            allorders.add(m["order_id"])
            for x in m["expected"] or ["clean"]:
                counts[x] = counts.get(x, 0) + 1
        print(lang, len(mod.MESSAGES), "records;", ", ".join("%s=%d" % kv for kv in sorted(counts.items())))
    if len(allorders) != 150:
        all_errs.append("order numbers not unique across languages")
    for e in all_errs:
        print("ERROR", e)
    print("FAIL" if all_errs else "OK: all checks passed")
    return 1 if all_errs else 0


if __name__ == "__main__":
    sys.exit(main())

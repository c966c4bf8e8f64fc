"""Validator for the v19 fr / it / es modules (lang_fr.py, lang_it.py, lang_es.py).

Structural checks (fields, types, ids, order numbers, rule ids, counts) plus heuristic
content checks: each heuristic maps to a rule id, and a hit on a rule the record does not
expect (or a miss on a few rules it does expect) is reported as an error.
Standard library only. Exit code 0 = pass.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lang_es  # noqa: E402
import lang_fr  # noqa: E402
import lang_it  # noqa: E402

RULES_MD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note"]
TYPES = {
    "order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
    "review-request", "delivery-scheduling", "home-service-appointment",
    "custom-design-verification", "fulfillment-question", "reply",
}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
PREFIX = {"fr": "503", "it": "504", "es": "505"}
LOCALES = {"fr": {"fr-FR", "fr-BE"}, "it": {"it-IT"}, "es": {"es-ES"}}
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
IMPORTANT_RE = re.compile(r"\[\s*(important|importante)\s*\]", re.I)

EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\U0001F000-\U0001F2FF\u2B50\u2B55\uFE0F]")
EMOTICON_RE = re.compile(r"(?<![\w/])(?:[:;=8]-?[)(DPp/\]|]|<3|\^_\^)(?!\w)")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|mailto:", re.I)
OBF_EMAIL_RE = re.compile(r"\b(arobase|chiocciola|arroba)\b", re.I)
PHONE_RES = [
    re.compile(r"\+\d{2}[\s(]*\d[\d\s().-]{7,}\d"),                  # international
    re.compile(r"(?<![\w-])0\d(?:[\s.]?\d{2}){4}(?![\w-])"),          # FR 0X XX XX XX XX
    re.compile(r"(?<![\w-])0 ?8\d{2}(?: ?\d{2}){3}(?![\w-])"),         # FR 0 8XX
    re.compile(r"(?<![\w-])0\d{1,3} \d{3} ?\d{3,4}(?![\w-])"),        # IT landline
    re.compile(r"(?<![\w-])3\d{2} \d{3} ?\d{3,4}(?![\w-])"),          # IT mobile
    re.compile(r"(?<![\w-])[6789]\d{2} \d{2} \d{2} \d{2}(?![\w-])"),  # ES
    re.compile(r"(?<![\w-])[6789]\d{2} \d{3} \d{3}(?![\w-])"),        # ES / IT toll-free
]
PHONE_OK_WORDS = re.compile(r"garant|fabricant|produttore|fabricante", re.I)
# lines made of company identifiers (SIRET, RCS, VAT...) carry no phone number in this set;
# the digits after the identifiers are stripped before the phone patterns run.
COMPANY_ID_RE = re.compile(r"(SIRET|RCS [A-Za-zé]+ (?:B )?|TVA(?: intracommunautaire)?|P\.IVA|C\.F\.|CIF|BCE)\s*[A-Z]{0,2}\s*[\d ]+\d")
CLICK_RE = re.compile(r"^\s*(cliquez ici|ici|clicca qui|qui|haga clic aquí|pincha aquí|aquí|link|lien|enlace|here|click here)\s*\.?$", re.I)
ANCHOR_RE = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.I | re.S)
IMG_RE = re.compile(r"<img\b[^>]*>", re.I)


def rule_ids():
    text = open(RULES_MD, encoding="utf-8").read()
    return set(re.findall(r"\|\s*(BSM\d{3})\s*\|", text))


def heuristics(r):
    """Return the set of rule ids the message text appears to trigger."""
    hits = set()
    s, b, fmt = r["subject"], r["body"], r["format"]
    full = s + "\n" + b
    if EMOJI_RE.search(full) or EMOTICON_RE.search(re.sub(r"<[^>]+>|https?://\S+", " ", full)):
        hits.add("BSM403")
    if EMAIL_RE.search(full) or OBF_EMAIL_RE.search(full):
        hits.add("BSM308")
    for line in full.splitlines():
        if PHONE_OK_WORDS.search(line):
            continue
        line = COMPANY_ID_RE.sub(" ", line)
        for pr in PHONE_RES:
            if pr.search(line):
                hits.add("BSM309")
    if IMPORTANT_RE.search(s) and r["type"] in {"return-follow-up", "invoice", "review-request", "reply"}:
        hits.add("BSM110")
    if fmt == "text":
        if "\n\n\n" in b.replace("\r", "") or re.search(r"\n[ \t]+\n[ \t]*\n", b):
            hits.add("BSM412")
        urls = re.findall(r"\S*://\S+", b)
        for u in urls:
            hits.add("BSM401")
            if u.startswith("http://"):
                hits.add("BSM301")
            elif not re.match(r"https://(www\.)?amazon\.", u):
                hits.add("BSM302")
        if re.search(r"<[a-zA-Z/][^>]*>", b):
            hits.add("TEXT-HAS-TAGS")
    else:
        low = b.lower()
        if re.search(r"font-family|<font\b[^>]*face=", low):
            hits.add("BSM407")
        if "line-height" in low:
            hits.add("BSM408")
        if re.search(r"(?<![-\w])color\s*:|<font\b[^>]*color=|\b(link|vlink|alink|text)=", low):
            hits.add("BSM409")
        if re.search(r"text-align|\balign=|<center", low):
            hits.add("BSM411")
        sizes = set(re.findall(r"font-size\s*:\s*([\d.]+\w*)", low))
        if len(sizes) + 1 > 3:
            hits.add("BSM410")
        if re.search(r"<h[1-6]\b|<big\b|<font\b", low):
            hits.add("HTML-EXTRA-SIZE")
        if re.search(r"(<br\s*/?>\s*){3,}", low) or re.search(r"<p[^>]*>\s*(&nbsp;|\s)*\s*</p>", low):
            hits.add("BSM412")
        if re.search(r"<(script|iframe|form|object|embed|input)\b|<link\b|http-equiv|\son\w+\s*=|javascript:", low):
            hits.add("BSM312")
        m = re.search(r"padding[^;\"]*?(\d+)px", low)
        for px in re.findall(r"(?:padding|margin)[^;\"]*?:\s*([^;\"]+)", low):
            if any(int(v) > 60 for v in re.findall(r"(\d+)px", px)):
                hits.add("BSM405")
        for a_attrs, a_text in ANCHOR_RE.findall(b):
            href = re.search(r'href="([^"]*)"', a_attrs)
            href = href.group(1) if href else ""
            if href.startswith("http://"):
                hits.add("BSM301")
            elif href.startswith("https://") and not re.match(r"https://(www\.)?amazon\.", href):
                hits.add("BSM302")
                if "<img" in a_text.lower():
                    hits.add("BSM304")
            plain = re.sub(r"<[^>]+>", "", a_text).strip()
            if "<img" not in a_text.lower() and (CLICK_RE.match(plain) or re.match(r"^\S*://", plain)):
                hits.add("BSM401")
        for img in IMG_RE.findall(b):
            il = img.lower()
            alt = re.search(r'\balt="([^"]*)"', img)
            if not alt or not alt.group(1).strip():
                hits.add("BSM402")
            src = re.search(r'src="([^"]*)"', img)
            src = src.group(1) if src else ""
            if src.startswith("http://"):
                hits.add("BSM413")
            w = re.search(r'width="(\d+)"', il)
            h = re.search(r'height="(\d+)"', il)
            if w and int(w.group(1)) > 480:
                hits.add("BSM406")
            if (w and int(w.group(1)) <= 2) or (h and int(h.group(1)) <= 2) or "display:none" in il.replace(" ", ""):
                hits.add("BSM307")
            if src.lower().endswith(".gif") and "BSM307" not in hits:
                hits.add("GIF-CHECK")
            if src and not re.search(r"logo|cabecera", src, re.I):
                hits.add("IMG-NOT-LOGO")
    return hits


def main():
    errors = []
    known = rule_ids()
    all_orders = {}
    all_ids = set()
    mods = [("fr", lang_fr), ("it", lang_it), ("es", lang_es)]
    summary = {}
    for code, mod in mods:
        msgs = mod.MESSAGES
        if not isinstance(msgs, list) or len(msgs) != 50:
            errors.append("%s: expected 50 messages, got %d" % (code, len(msgs)))
        counts = {}
        for i, r in enumerate(msgs, 1):
            rid = r.get("id", "?")
            if list(r.keys()) != FIELDS and set(r.keys()) != set(FIELDS):
                errors.append("%s: fields %s" % (rid, sorted(r.keys())))
                continue
            for f in FIELDS:
                want = list if f == "expected" else str
                if not isinstance(r[f], want):
                    errors.append("%s: field %s has type %s" % (rid, f, type(r[f]).__name__))
            if rid != "v19-%s-%03d" % (code, i):
                errors.append("%s: id out of sequence (position %d)" % (rid, i))
            if rid in all_ids:
                errors.append("%s: duplicate id" % rid)
            all_ids.add(rid)
            if r["language"] != code:
                errors.append("%s: language %r" % (rid, r["language"]))
            if r["locale"] not in LOCALES[code]:
                errors.append("%s: locale %r" % (rid, r["locale"]))
            if r["type"] not in TYPES:
                errors.append("%s: type %r not permitted" % (rid, r["type"]))
            if r["format"] not in ("html", "text"):
                errors.append("%s: format %r" % (rid, r["format"]))
            for f in ("subject", "body", "note"):
                if not r[f].strip():
                    errors.append("%s: empty %s" % (rid, f))
            exp = r["expected"]
            if exp != sorted(set(exp)):
                errors.append("%s: expected not sorted/unique %s" % (rid, exp))
            for e in exp:
                if e not in known:
                    errors.append("%s: unknown rule %s" % (rid, e))
                if e in NEVER:
                    errors.append("%s: rule %s is never expected by policy" % (rid, e))
            oid = r["order_id"]
            if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(PREFIX[code] + "-"):
                errors.append("%s: bad order_id %r" % (rid, oid))
            if oid in all_orders:
                errors.append("%s: order_id %s also used by %s" % (rid, oid, all_orders[oid]))
            all_orders[oid] = rid
            text = r["subject"] + "\n" + r["body"]
            found = ORDER_RE.findall(text)
            if "BSM102" in exp:
                if found:
                    errors.append("%s: BSM102 expected but an order number is present" % rid)
            else:
                if oid not in found:
                    errors.append("%s: order number %s missing from subject/body" % (rid, oid))
                for other in found:
                    if other != oid:
                        errors.append("%s: foreign order number %s" % (rid, other))
            if r["format"] == "text" and "\n\n\n" not in r["body"] and "\n\n" not in r["body"]:
                errors.append("%s: text body has no paragraph break" % rid)
            # heuristic content checks
            hits = heuristics(r)
            for extra in ("TEXT-HAS-TAGS", "HTML-EXTRA-SIZE", "GIF-CHECK"):
                if extra in hits:
                    errors.append("%s: %s" % (rid, extra))
                    hits.discard(extra)
            if "IMG-NOT-LOGO" in hits:
                hits.discard("IMG-NOT-LOGO")
                if not ({"BSM310", "BSM311", "BSM307"} & set(exp)):
                    errors.append("%s: non-logo image without BSM310/311/307" % rid)
            for h in sorted(hits - set(exp)):
                errors.append("%s: heuristic %s fires but is not expected" % (rid, h))
            checkable = {"BSM301", "BSM302", "BSM304", "BSM307", "BSM308", "BSM309", "BSM110",
                         "BSM312", "BSM401", "BSM402", "BSM403", "BSM405", "BSM406", "BSM407",
                         "BSM408", "BSM409", "BSM410", "BSM411", "BSM412", "BSM413"}
            for e in sorted((set(exp) & checkable) - hits):
                errors.append("%s: expects %s but heuristic does not see it" % (rid, e))
            if not exp and IMPORTANT_RE.search(r["subject"]) and r["type"] != "order-problem":
                errors.append("%s: [Important] tag on clean non-order-problem" % rid)
            if "BSM107" in exp and r["type"] != "order-problem":
                errors.append("%s: BSM107 on a non order-problem type" % rid)
            key = "clean" if not exp else "+".join(exp)
            counts[key] = counts.get(key, 0) + 1
        clean = counts.get("clean", 0)
        if clean != 17:
            errors.append("%s: %d clean messages, want 17" % (code, clean))
        summary[code] = counts
    for code, counts in summary.items():
        per_rule = {}
        for r in dict(mods)[code].MESSAGES:
            for e in r["expected"]:
                per_rule[e] = per_rule.get(e, 0) + 1
        print("%s: %d messages, clean %d, violating %d" % (
            code, len(dict(mods)[code].MESSAGES), counts.get("clean", 0),
            len(dict(mods)[code].MESSAGES) - counts.get("clean", 0)))
        print("   per rule: " + ", ".join("%s=%d" % kv for kv in sorted(per_rule.items())))
    if errors:
        print("\nFAILED (%d problems):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

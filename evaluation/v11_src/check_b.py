"""Validate the v11 writer-B modules: lang_fr, lang_it, lang_es (standard library only)."""
import datetime
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")

LANGS = {"fr": ("fr-FR", "423"), "it": ("it-IT", "424"), "es": ("es-ES", "425")}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
EMOTICON_RE = re.compile(r"(?<!\w)(?::|;)-?[)(DPp](?!\w)|<3")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\b(arobase|chiocciola|arroba)\b", re.I)
IMPORTANT_RE = re.compile(r"\[\s*(important|importante)\s*\]", re.I)
STYLE_RE = re.compile(r"font-family|line-height|color\s*:|text-align|\balign=|<center|<font|"
                      r"padding|margin|<style|<form|<script|<iframe", re.I)
MONTHS = {"fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre"],
          "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                 "agosto", "settembre", "ottobre", "novembre", "dicembre"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                 "septiembre", "octubre", "noviembre", "diciembre"]}
DAYS = {"fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]}


def rule_ids():
    with open(RULES, encoding="utf-8") as f:
        return set(re.findall(r"^\|\s*(BSM\d{3})\s*\|", f.read(), re.M))


def check_weekdays(lang, text, errs, rid):
    """Weekday + day (+ month name, year 2026 unless given) must agree."""
    days = "|".join(DAYS[lang])
    months = "|".join(MONTHS[lang])
    pat = re.compile(r"\b(%s)\s+(\d{1,2})(?:\s+(?:de\s+)?(%s)(?:\s+(\d{4}))?|/(\d{1,2})(?:/(\d{4}))?)?"
                     % (days, months), re.I)
    for m in pat.finditer(text):
        wd, day = m.group(1).lower(), int(m.group(2))
        if m.group(3):
            month, year = MONTHS[lang].index(m.group(3).lower()) + 1, int(m.group(4) or 2026)
        elif m.group(5):
            month, year = int(m.group(5)), int(m.group(6) or 2026)
        else:
            month, year = 12, 2026
        d = datetime.date(year, month, day)
        if DAYS[lang][d.weekday()] != wd:
            errs.append("%s: %s is a %s, not %s" % (rid, d, DAYS[lang][d.weekday()], wd))


def main():
    known = rule_ids()
    errs = []
    all_ids, all_orders = set(), set()
    summary = {}
    for lang, (locale, prefix) in LANGS.items():
        mod = importlib.import_module("lang_" + lang)
        msgs = mod.MESSAGES
        if len(msgs) != 50:
            errs.append("%s: %d records, want 50" % (lang, len(msgs)))
        counts = {}
        for i, m in enumerate(msgs, 1):
            rid = m.get("id", "?%s-%d" % (lang, i))
            if set(m) != set(FIELDS):
                errs.append("%s: fields %s" % (rid, sorted(set(m) ^ set(FIELDS))))
                continue
            for k, t in FIELDS.items():
                if not isinstance(m[k], t):
                    errs.append("%s: %s not %s" % (rid, k, t.__name__))
            if rid != "v11-%s-%03d" % (lang, i):
                errs.append("%s: id out of sequence (want v11-%s-%03d)" % (rid, lang, i))
            if rid in all_ids:
                errs.append("%s: duplicate id" % rid)
            all_ids.add(rid)
            if m["language"] != lang or m["locale"] != locale:
                errs.append("%s: language/locale %s/%s" % (rid, m["language"], m["locale"]))
            if m["type"] not in TYPES:
                errs.append("%s: type %s not permitted" % (rid, m["type"]))
            if m["format"] not in ("html", "text"):
                errs.append("%s: format %s" % (rid, m["format"]))
            if not m["note"].strip() or not m["subject"].strip() or not m["body"].strip():
                errs.append("%s: empty note/subject/body" % rid)
            exp = m["expected"]
            if exp != sorted(set(exp)) or not all(isinstance(x, str) for x in exp):
                errs.append("%s: expected not sorted/unique strings" % rid)
            for x in exp:
                if x not in known:
                    errs.append("%s: %s not in rules.md" % (rid, x))
                if x in NEVER:
                    errs.append("%s: %s is never expected by policy" % (rid, x))
            oid = m["order_id"]
            if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(prefix + "-"):
                errs.append("%s: bad order_id %s" % (rid, oid))
            if oid in all_orders:
                errs.append("%s: order number %s reused" % (rid, oid))
            all_orders.add(oid)
            text = m["subject"] + "\n" + m["body"]
            found = ORDER_RE.findall(text)
            if "BSM102" in exp:
                if found:
                    errs.append("%s: BSM102 expected but order number present" % rid)
            else:
                if oid not in found:
                    errs.append("%s: order number %s not in subject/body" % (rid, oid))
                if any(f != oid for f in found):
                    errs.append("%s: other order numbers %s" % (rid, found))
            check_weekdays(lang, text, errs, rid)
            # cheap consistency checks between labels and text
            body = m["body"]
            if m["format"] == "text" and "<" in body and re.search(r"</?[a-z]+[ >]", body):
                errs.append("%s: HTML tags in a text message" % rid)
            has_emoji = bool(EMOJI_RE.search(text) or EMOTICON_RE.search(body))
            if has_emoji != ("BSM403" in exp):
                errs.append("%s: emoji presence %s vs label" % (rid, has_emoji))
            has_mail = bool(EMAIL_RE.search(text))
            if has_mail != ("BSM308" in exp):
                errs.append("%s: e-mail presence %s vs label" % (rid, has_mail))
            imp = bool(IMPORTANT_RE.search(m["subject"]))
            if ("BSM110" in exp) != (imp and m["type"] in {"return-follow-up", "invoice",
                                                         "review-request", "reply"}):
                errs.append("%s: [Important] tag vs BSM110 label mismatch" % rid)
            if imp and m["type"] not in {"order-problem", "return-follow-up", "invoice",
                                         "review-request", "reply"}:
                errs.append("%s: [Important] on type %s" % (rid, m["type"]))
            blank_run = ("\n\n\n" in body) if m["format"] == "text" else bool(
                re.search(r"(<br\s*/?>\s*){3,}|<p>\s*(&nbsp;)?\s*</p>", body, re.I))
            if blank_run != ("BSM412" in exp):
                errs.append("%s: blank-line run %s vs label" % (rid, blank_run))
            if "http://" in body and "BSM301" not in exp and "BSM413" not in exp:
                errs.append("%s: http:// without BSM301/413" % rid)
            if not exp:
                if m["format"] == "html" and STYLE_RE.search(body):
                    errs.append("%s: clean HTML sets styles/active content" % rid)
                for href in re.findall(r'href="([^"]+)"', body):
                    if not re.match(r"https://www\.amazon\.(fr|it|es)/", href):
                        errs.append("%s: clean message links to %s" % (rid, href))
                for tag in re.findall(r"<img[^>]*>", body):
                    if not re.search(r'alt="[^"]+"', tag) or "media-amazon" not in tag:
                        errs.append("%s: clean message image %s" % (rid, tag))
                if m["format"] == "text" and re.search(r"https?://", body):
                    errs.append("%s: bare URL in clean text" % rid)
            key = "clean" if not exp else "+".join(exp)
            counts[key] = counts.get(key, 0) + 1
        if counts.get("clean", 0) != 17:
            errs.append("%s: %d clean, want 17" % (lang, counts.get("clean", 0)))
        summary[lang] = counts
    for lang, counts in summary.items():
        per_rule = {}
        for key, n in counts.items():
            if key != "clean":
                for r in key.split("+"):
                    per_rule[r] = per_rule.get(r, 0) + n
        print("%s: clean=%d violating=%d  %s" % (
            lang, counts.get("clean", 0), 50 - counts.get("clean", 0),
            " ".join("%s:%d" % kv for kv in sorted(per_rule.items()))))
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        print("FAILED (%d errors)" % len(errs))
        return 1
    print("OK: 150 records, all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

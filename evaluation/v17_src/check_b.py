# -*- coding: utf-8 -*-
"""Validate the v17 fr/it/es modules: structure, labels and simple lint for unintended findings."""
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")

FIELDS = ["id", "language", "locale", "type", "format", "subject", "body",
          "order_id", "expected", "note"]
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
LANGS = {"fr": ("483", "fr-"), "it": ("484", "it-"), "es": ("485", "es-")}
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
IMPORTANT = re.compile(r"\[(important|importante)\]", re.I)
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u231A-\u23FF\u2B50]")
EMOTICON = re.compile(r"(?<![\w/])(?::-?\)|;-?\)|:-?D\b|:-?\(|<3)")
PHONE = re.compile(r"(?:\+\d{2}[\s(]|\b0\d[\s.]\d{2}[\s.]\d{2}|\b\d{3} \d{2} \d{2} \d{2}\b|\b0\d{2} \d{3} \d{4}\b|\b\d{3} \d{3} \d{3}\b)")
NOT_CRITICAL = {"return-follow-up", "invoice", "review-request", "reply"}


def rule_ids():
    with open(RULES, encoding="utf-8") as f:
        return set(re.findall(r"\|\s*(BSM\d{3})\s*\|", f.read()))


def lint(r):
    """Heuristic findings for rules that can be read off the text, to catch unintended ones."""
    s, b = r["subject"], r["body"]
    both = s + "\n" + b
    low = b.lower()
    f = set()
    if EMOJI.search(both) or EMOTICON.search(both):
        f.add("BSM403")
    if "@" in both or re.search(r"\b(arobase|chiocciola|arroba)\b", low) or "mailto:" in low:
        f.add("BSM308")
    if "http://" in low:
        if re.search(r"<img[^>]+src=\"http://", low):
            f.add("BSM413")
        if re.search(r"href=\"http://", low) or (r["format"] == "text" and "http://" in low):
            f.add("BSM301")
    for m in re.finditer(r"href=\"https://([^/\"]+)", low):
        if "amazon." not in m.group(1):
            f.add("BSM302")
    for m in re.finditer(r"<a [^>]*>(.*?)</a>", b, re.S | re.I):
        t = m.group(1).strip().lower()
        if t in {"cliquez ici", "ici", "qui", "clicca qui", "aquí", "haga clic aquí", "lien", "link"} \
                or t.startswith("http"):
            f.add("BSM401")
    if r["format"] == "text" and re.search(r"https?://", b):
        f.add("BSM401")
    for m in re.finditer(r"<img\b[^>]*>", b, re.I):
        tag = m.group(0)
        if not re.search(r"alt=\"[^\"]+\"", tag):
            f.add("BSM402")
        if re.search(r"width=\"1\"", tag):
            f.add("BSM307")
    if re.search(r"font-family", low):
        f.add("BSM407")
    if re.search(r"line-height", low):
        f.add("BSM408")
    if re.search(r"(?<![-\w])color\s*:|<font[^>]+color", low):
        f.add("BSM409")
    if re.search(r"text-align|align=|<center", low):
        f.add("BSM411")
    sizes = set(re.findall(r"font-size\s*:\s*([\d.]+\w+)", low))
    if sizes and len(sizes) + 1 > 3:
        f.add("BSM410")
    if re.search(r"padding\s*:\s*0 1[0-9]{2}px", low):
        f.add("BSM405")
    if re.search(r"<(form|script|iframe|object|embed)\b", low):
        f.add("BSM312")
    if r["format"] == "text" and "\n\n\n" in b:
        f.add("BSM412")
    if r["format"] == "html" and (re.search(r"(<br\s*/?>\s*){3,}", low)
                                  or re.search(r"<p>\s*(&nbsp;)?\s*</p>", low)):
        f.add("BSM412")
    if IMPORTANT.search(s) and r["type"] in NOT_CRITICAL:
        f.add("BSM110")
    if not ORDER_RE.search(both):
        f.add("BSM102")
    phone_text = "\n".join(l for l in b.split("\n") if not re.search(
        r"SIRET|RCS|TVA|P\.IVA|REA|CIF|Reg|suivi|tracking|seguimiento", l))
    if PHONE.search(phone_text):
        f.add("BSM309?")
    return f


def main():
    ids = rule_ids()
    errors = []
    seen_ids, seen_orders = set(), set()
    summary = {}
    for lang, (prefix, loc) in LANGS.items():
        mod = importlib.import_module("lang_%s" % lang)
        msgs = mod.MESSAGES
        if len(msgs) != 50:
            errors.append("%s: %d records, want 50" % (lang, len(msgs)))
        clean = 0
        counts = {}
        for i, r in enumerate(msgs, 1):
            rid = r.get("id", "?")
            if list(r.keys()) != FIELDS:
                errors.append("%s: fields %s" % (rid, list(r.keys())))
                continue
            for k in FIELDS:
                if k == "expected":
                    if not isinstance(r[k], list) or not all(isinstance(x, str) for x in r[k]):
                        errors.append("%s: expected not a list of str" % rid)
                elif not isinstance(r[k], str) or not r[k].strip():
                    errors.append("%s: %s not a non-empty str" % (rid, k))
            if rid != "v17-%s-%03d" % (lang, i):
                errors.append("%s: id out of sequence (want v17-%s-%03d)" % (rid, lang, i))
            if rid in seen_ids:
                errors.append("%s: duplicate id" % rid)
            seen_ids.add(rid)
            if r["language"] != lang or not r["locale"].startswith(loc):
                errors.append("%s: language/locale %s/%s" % (rid, r["language"], r["locale"]))
            if r["type"] not in TYPES:
                errors.append("%s: bad type %s" % (rid, r["type"]))
            if r["format"] not in ("text", "html"):
                errors.append("%s: bad format" % rid)
            exp = r["expected"]
            if exp != sorted(set(exp)):
                errors.append("%s: expected not sorted/unique" % rid)
            for e in exp:
                if e not in ids:
                    errors.append("%s: %s not in rules.md" % (rid, e))
                if e in NEVER:
                    errors.append("%s: %s is never expected by policy" % (rid, e))
            o = r["order_id"]
            if not re.fullmatch(r"%s-\d{7}-\d{7}" % prefix, o):
                errors.append("%s: order_id %s malformed / wrong prefix" % (rid, o))
            if o in seen_orders:
                errors.append("%s: duplicate order number %s" % (rid, o))
            seen_orders.add(o)
            text = r["subject"] + "\n" + r["body"]
            if "BSM102" in exp:
                if ORDER_RE.search(text):
                    errors.append("%s: BSM102 expected but an order number is present" % rid)
            else:
                if o not in text:
                    errors.append("%s: order number missing from subject/body" % rid)
                others = set(ORDER_RE.findall(text)) - {o}
                if others:
                    errors.append("%s: other order numbers %s" % (rid, others))
            if "{o" in text:
                errors.append("%s: unreplaced placeholder" % rid)
            if re.search(r"\n[ \t]+\n", r["body"]) or r["body"] != r["body"].strip():
                errors.append("%s: whitespace-only line or surrounding whitespace" % rid)
            # lint: heuristic findings must match the labels (for the rules they cover)
            found = lint(r)
            checkable = {"BSM403", "BSM308", "BSM301", "BSM302", "BSM401", "BSM402", "BSM307",
                         "BSM407", "BSM408", "BSM409", "BSM411", "BSM410", "BSM405", "BSM312",
                         "BSM412", "BSM110", "BSM102", "BSM413"}
            for rule in sorted(checkable):
                if (rule in found) != (rule in exp):
                    errors.append("%s: lint %s found=%s expected=%s" % (rid, rule, rule in found,
                                                                      rule in exp))
            if ("BSM309?" in found) and "BSM309" not in exp:
                # allowed only when marked as a manufacturer / warranty line
                if not re.search(r"garanti|fabric|fabbric|produttore|fabricante", r["body"], re.I):
                    errors.append("%s: phone-like number without warranty marking" % rid)
            if "BSM309" in exp and "BSM309?" not in found:
                errors.append("%s: BSM309 expected but no phone found" % rid)
            if not exp:
                clean += 1
                if re.search(r"<img", r["body"], re.I) and "logo" not in r["body"].lower():
                    errors.append("%s: clean message with a non-logo image" % rid)
                for m in re.finditer(r"href=\"([^\"]+)\"", r["body"]):
                    if not m.group(1).startswith("https://www.amazon."):
                        errors.append("%s: clean message links off Amazon" % rid)
                if "style" in r["body"].lower():
                    errors.append("%s: clean message sets styles" % rid)
                if IMPORTANT.search(r["subject"]) and r["type"] != "order-problem":
                    errors.append("%s: [Important] on a clean non-order-problem" % rid)
            if r["type"] == "order-problem" and "BSM107" not in exp:
                if not re.search(r"ajust|rettific|ajustado", r["body"], re.I):
                    errors.append("%s: order problem without adjustment wording" % rid)
            if r["type"] == "order-problem" and "BSM107" in exp:
                if re.search(r"ajust|rettific", r["body"], re.I):
                    errors.append("%s: BSM107 expected but adjustment wording present" % rid)
            for e in exp or ["clean"]:
                counts[e] = counts.get(e, 0) + 1
        if clean != 17:
            errors.append("%s: %d clean, want 17" % (lang, clean))
        summary[lang] = (clean, counts)
    for lang, (clean, counts) in summary.items():
        print("%s: clean=%d  %s" % (lang, clean,
                                    ", ".join("%s=%d" % kv for kv in sorted(counts.items())
                                              if kv[0] != "clean")))
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        return 1
    print("OK: %d records validated" % len(seen_ids))
    return 0


if __name__ == "__main__":
    sys.exit(main())

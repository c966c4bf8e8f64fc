"""Validate the v5 fr / it / es evaluation modules (writer b)."""
import collections
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = {"fr": ("305", {"fr-FR", "fr-BE"}), "it": ("306", {"it-IT"}), "es": ("307", {"es-ES"})}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
ORDER = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]")
EMOTICON = re.compile(r"(?<![\w/])[:;=8][-']?[)(DPp\]|](?!\w)|<3")
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}


def lint_clean(m):
    """Heuristic red flags for a message labelled clean."""
    t = m["subject"] + "\n" + m["body"]
    low = t.lower()
    out = []
    if EMOJI.search(t) or EMOTICON.search(m["body"]):
        out.append("emoji/emoticon")
    if "http://" in low:
        out.append("http")
    for u in re.findall(r'href="([^"]+)"', m["body"]):
        if not re.match(r"https?://www\.amazon\.(fr|it|es|com)/", u):
            out.append("non-amazon link " + u)
    for txt in re.findall(r"<a [^>]*>(.*?)</a>", m["body"], re.S):
        if txt.strip().lower() in {"ici", "qui", "aquí", "cliquez ici", "clicca qui", "haz clic aquí"} or txt.startswith("http"):
            out.append("non-descriptive link")
    if m["format"] == "text" and re.search(r"https?://", t):
        out.append("bare url")
    if "@" in t or re.search(r"\b(arobase|chiocciola|arroba)\b", low):
        out.append("email")
    if re.search(r"style=|<style|color:|font-family|line-height|text-align|align=|<center|<font", low):
        out.append("styling")
    if "<img" in low:
        for tag in re.findall(r"<img[^>]*>", m["body"]):
            if not re.search(r'alt="[^"]+"', tag):
                out.append("img alt")
            if "logo" not in tag.lower():
                out.append("non-logo image")
    if re.search(r"\n\s*\n\s*\n", m["body"]) or re.search(r"(<br\s*/?>\s*){3,}", low) or re.search(r"<p>(\s|&nbsp;)*</p>", low):
        out.append("line breaks")
    if re.search(r"\[(important|importante)\]", low) and m["type"] != "order-problem":
        out.append("important tag")
    for ph in re.findall(r"(?:\+\d{2}[\s.]?)?\b0\d(?:[\s.]?\d{2}){4}\b|\b[6-9]\d{2}\s\d{3}\s\d{3}\b|\b0\d\s\d{4}\s\d{4}\b", m["body"]):
        line = [l for l in m["body"].splitlines() if ph in l][0].lower()
        if re.search(r"siret|siren|rcs|tva|p\.iva|cif|nif|rea", line):
            continue  # company / tax numbers are not phone numbers
        if not re.search(r"garant|fabricant|produttore|fabricante", line):
            out.append("phone? " + ph)
    return out


def main():
    catalog = set(re.findall(r"\bBSM\d{3}\b", open(RULES, encoding="utf-8").read()))
    errors = []
    orders = collections.Counter()
    ids = collections.Counter()
    for lang, (prefix, locales) in LANGS.items():
        msgs = importlib.import_module("lang_" + lang).MESSAGES
        counts = collections.Counter()
        if len(msgs) != 50:
            errors.append("%s: %d records" % (lang, len(msgs)))
        for i, m in enumerate(msgs, 1):
            tag = m.get("id", "?")
            if set(m) != set(FIELDS):
                errors.append("%s: fields %s" % (tag, sorted(set(m) ^ set(FIELDS))))
                continue
            for k, ty in FIELDS.items():
                if not isinstance(m[k], ty):
                    errors.append("%s: %s not %s" % (tag, k, ty.__name__))
            if m["id"] != "v5-%s-%03d" % (lang, i):
                errors.append("%s: id out of sequence" % tag)
            ids[m["id"]] += 1
            if m["language"] != lang or m["locale"] not in locales:
                errors.append("%s: language/locale" % tag)
            if m["type"] not in TYPES:
                errors.append("%s: type %s" % (tag, m["type"]))
            if m["format"] not in ("text", "html"):
                errors.append("%s: format" % tag)
            if not re.fullmatch(r"%s-\d{7}-\d{7}" % prefix, m["order_id"]):
                errors.append("%s: order_id %s" % (tag, m["order_id"]))
            orders[m["order_id"]] += 1
            exp = m["expected"]
            if exp != sorted(set(exp)) or not all(isinstance(e, str) for e in exp):
                errors.append("%s: expected not sorted/unique" % tag)
            for e in exp:
                if e not in catalog:
                    errors.append("%s: unknown rule %s" % (tag, e))
                if e in NEVER:
                    errors.append("%s: %s is never expected" % (tag, e))
            found = set(ORDER.findall(m["subject"] + "\n" + m["body"]))
            if "BSM102" in exp:
                if found:
                    errors.append("%s: BSM102 but order number present" % tag)
            else:
                if m["order_id"] not in found:
                    errors.append("%s: order number missing" % tag)
                if found - {m["order_id"]}:
                    errors.append("%s: other order numbers %s" % (tag, found - {m["order_id"]}))
            if not m["note"].strip() or not m["body"].strip():
                errors.append("%s: empty note/body" % tag)
            if m["format"] == "html" and not re.search(r"<\w+", m["body"]):
                errors.append("%s: html without tags" % tag)
            if m["format"] == "text" and re.search(r"<(p|br|div|table)\b", m["body"]):
                errors.append("%s: text with tags" % tag)
            if not exp:
                counts["clean"] += 1
                for w in lint_clean(m):
                    errors.append("%s: clean but %s" % (tag, w))
            else:
                explained = {"emoji/emoticon": {"BSM403"}, "http": {"BSM301", "BSM413"},
                             "non-amazon link": {"BSM302"}, "non-descriptive link": {"BSM401"},
                             "bare url": {"BSM401"}, "email": {"BSM308"},
                             "styling": {"BSM405", "BSM407", "BSM408", "BSM409", "BSM410", "BSM411"},
                             "img alt": {"BSM402"}, "non-logo image": {"BSM307", "BSM310", "BSM311"},
                             "line breaks": {"BSM412"}, "important tag": {"BSM110"},
                             "phone?": {"BSM309"}}
                for w in lint_clean(m):
                    key = next(k for k in explained if w.startswith(k))
                    if not explained[key] & set(exp):
                        errors.append("%s: %s not covered by %s" % (tag, w, exp))
            for e in exp:
                counts[e] += 1
        if counts["clean"] != 17:
            errors.append("%s: %d clean" % (lang, counts["clean"]))
        print(lang, "clean=%d" % counts.pop("clean"), " ".join("%s=%d" % kv for kv in sorted(counts.items())))
    for k, v in ids.items():
        if v > 1:
            errors.append("duplicate id " + k)
    for k, v in orders.items():
        if v > 1:
            errors.append("duplicate order " + k)
    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        return 1
    print("OK: 150 records valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Validate the v7 fr/it/es evaluation modules (stdlib only)."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"))
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
LOCALES = {"fr": {"fr-FR", "fr-BE"}, "it": {"it-IT"}, "es": {"es-ES"}}
OID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]")
EMOTICON = re.compile(r"(?<!\w)[:;=8]-?[)(DPp](?!\w)|<3")
STYLE = re.compile(r"font-family|line-height|color\s*:|<font|text-align|align=|<center", re.I)


def main():
    rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))
    errors = []
    all_oids = {}
    for lang in ("fr", "it", "es"):
        mod = __import__("lang_" + lang)
        msgs = mod.MESSAGES
        prefix = {"fr": "505", "it": "506", "es": "507"}[lang]
        if len(msgs) != 50:
            errors.append("%s: %d records" % (lang, len(msgs)))
        ids = [r.get("id") for r in msgs]
        if len(set(ids)) != len(ids):
            errors.append("%s: duplicate ids" % lang)
        for i, r in enumerate(msgs, 1):
            rid = r.get("id", "?")
            if set(r) != set(FIELDS):
                errors.append("%s: fields %s" % (rid, sorted(set(r) ^ set(FIELDS))))
                continue
            for k, t in FIELDS.items():
                if not isinstance(r[k], t) or (t is str and not r[k]):
                    errors.append("%s: bad %s" % (rid, k))
            if rid != "v7-%s-%03d" % (lang, i):
                errors.append("%s: id out of sequence" % rid)
            if r["language"] != lang or r["locale"] not in LOCALES[lang]:
                errors.append("%s: language/locale" % rid)
            if r["type"] not in TYPES:
                errors.append("%s: type %s" % (rid, r["type"]))
            if r["format"] not in ("text", "html"):
                errors.append("%s: format" % rid)
            exp = r["expected"]
            if exp != sorted(set(exp)) or any(not isinstance(e, str) for e in exp):
                errors.append("%s: expected not sorted/unique" % rid)
            for e in exp:
                if e not in rule_ids:
                    errors.append("%s: unknown rule %s" % (rid, e))
                if e in ("BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"):
                    errors.append("%s: rule %s never expected by policy" % (rid, e))
            o = r["order_id"]
            if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", o) or not o.startswith(prefix):
                errors.append("%s: order_id %s" % (rid, o))
            if o in all_oids:
                errors.append("%s: order_id reused from %s" % (rid, all_oids[o]))
            all_oids[o] = rid
            text = r["subject"] + "\n" + r["body"]
            present = o in OID.findall(text)
            if "BSM102" in exp:
                if OID.search(text):
                    errors.append("%s: BSM102 case carries an order number" % rid)
            elif not present:
                errors.append("%s: order number missing" % rid)
            others = [x for x in OID.findall(text) if x != o]
            if others:
                errors.append("%s: foreign order numbers %s" % (rid, others))
            if r["format"] == "text" and ("<" in r["body"] and re.search(r"</?[a-z]+[ >]", r["body"]) or re.search(r"&\w+;", r["body"])):
                errors.append("%s: markup in text body" % rid)
            if not exp:  # heuristic cleanliness checks
                if "@" in text or "http://" in text or EMOJI.search(text) or EMOTICON.search(text):
                    errors.append("%s: clean message has @/http/emoji/emoticon" % rid)
                if "\n\n\n" in r["body"] or re.search(r"(<br\s*/?>\s*){3,}|<p>\s*</p>", r["body"]):
                    errors.append("%s: clean message has line-break run" % rid)
                if r["format"] == "html" and (STYLE.search(r["body"]) or "style" in r["body"]):
                    errors.append("%s: clean html sets styles" % rid)
                if re.search(r"\[important[e]?\]", r["subject"], re.I) and r["type"] != "order-problem":
                    errors.append("%s: clean [Important] outside order-problem" % rid)
                for a in re.findall(r"<a\b[^>]*href=\"([^\"]+)\"", r["body"]):
                    if not re.match(r"https://www\.amazon\.(fr|it|es)/", a):
                        errors.append("%s: clean message links outside Amazon" % rid)
                for img in re.findall(r"<img\b[^>]*>", r["body"]):
                    if not re.search(r'alt="[^"]+"', img) or "logo" not in img.lower():
                        errors.append("%s: clean image not a shop logo with alt" % rid)
            if "BSM403" not in exp and (EMOJI.search(text) or EMOTICON.search(text)):
                errors.append("%s: emoji/emoticon not expected" % rid)
            if "BSM308" not in exp and "@" in text:
                errors.append("%s: @ not expected" % rid)
            if "BSM412" not in exp and "\n\n\n" in r["body"]:
                errors.append("%s: blank-line run not expected" % rid)
        clean = sum(1 for r in msgs if r["expected"] == [])
        if clean != 17:
            errors.append("%s: %d clean, want 17" % (lang, clean))
        counts = {}
        for r in msgs:
            for e in r["expected"]:
                counts[e] = counts.get(e, 0) + 1
        print("%s: %d records, %d clean, %s" % (lang, len(msgs), clean,
              ", ".join("%s x%d" % kv for kv in sorted(counts.items()))))
    if errors:
        print("FAILED:")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

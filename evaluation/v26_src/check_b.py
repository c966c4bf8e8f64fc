"""Validate the v26 fr/it/es modules (stdlib only)."""
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
FIELDS = ("id", "language", "locale", "type", "format", "subject", "body",
          "order_id", "expected", "note")
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
PREFIX = {"fr": "574", "it": "575", "es": "576"}
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
OID_ANY = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")


def load(lang):
    spec = importlib.util.spec_from_file_location("lang_" + lang, os.path.join(HERE, "lang_%s.py" % lang))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.MESSAGES


def main():
    rule_ids = set(re.findall(r"^\| (BSM\d{3}) \|", open(RULES, encoding="utf-8").read(), re.M))
    errors = []
    all_ids, all_oids = set(), set()
    for lang in ("fr", "it", "es"):
        msgs = load(lang)
        if len(msgs) != 50:
            errors.append("%s: %d records, want 50" % (lang, len(msgs)))
        clean = 0
        counts = {}
        for i, m in enumerate(msgs, 1):
            tag = m.get("id", "?")
            if tuple(m.keys()) != FIELDS and set(m.keys()) != set(FIELDS):
                errors.append("%s: fields %s" % (tag, sorted(m.keys())))
                continue
            for k in FIELDS:
                if k == "expected":
                    if not isinstance(m[k], list) or not all(isinstance(x, str) for x in m[k]):
                        errors.append("%s: expected not a list of str" % tag)
                elif not isinstance(m[k], str) or not m[k]:
                    errors.append("%s: %s not a non-empty str" % (tag, k))
            if m["id"] != "v26-%s-%03d" % (lang, i):
                errors.append("%s: bad id, want v26-%s-%03d" % (tag, lang, i))
            if m["id"] in all_ids:
                errors.append("%s: duplicate id" % tag)
            all_ids.add(m["id"])
            if m["language"] != lang:
                errors.append("%s: language" % tag)
            if not re.match(r"^[a-z]{2}-[A-Z]{2}$", m["locale"]) or not m["locale"].startswith(lang + "-"):
                errors.append("%s: locale %s" % (tag, m["locale"]))
            if m["type"] not in TYPES:
                errors.append("%s: type %s" % (tag, m["type"]))
            if m["format"] not in ("text", "html"):
                errors.append("%s: format" % tag)
            exp = m["expected"]
            if exp != sorted(set(exp)):
                errors.append("%s: expected not sorted/unique" % tag)
            for r in exp:
                if r not in rule_ids:
                    errors.append("%s: unknown rule %s" % (tag, r))
                counts[r] = counts.get(r, 0) + 1
            if "BSM101" in exp:
                errors.append("%s: BSM101 never expected" % tag)
            for r in ("BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"):
                if r in exp:
                    errors.append("%s: %s never expected" % (tag, r))
            if not exp:
                clean += 1
            oid = m["order_id"]
            if not OID.match(oid) or not oid.startswith(PREFIX[lang] + "-"):
                errors.append("%s: order_id %s" % (tag, oid))
            if oid in all_oids:
                errors.append("%s: duplicate order_id %s" % (tag, oid))
            all_oids.add(oid)
            text = m["subject"] + "\n" + m["body"]
            found = OID_ANY.findall(text)
            if "BSM102" in exp:
                if found:
                    errors.append("%s: BSM102 but order number present" % tag)
            else:
                if oid not in text:
                    errors.append("%s: order number missing" % tag)
                for f in found:
                    if f != oid:
                        errors.append("%s: other order number %s in text" % (tag, f))
            # hygiene checks on clean records
            if not exp:
                b = m["body"]
                if re.search(r"\n[ \t]*\n[ \t]*\n", b):
                    errors.append("%s: clean but blank-line run" % tag)
                if re.search(r"(?:^|(?<=\s))[:;=8xX]-?[)(DPp](?=\s|$|[.,!?<])|<3|[\U0001F000-\U0001FAFF\u2600-\u27BF]", b, re.M):
                    errors.append("%s: clean but emoticon/emoji-like text" % tag)
                if re.search(r"[\w.+-]+@[\w-]+\.\w+|arobase|chiocciola|arroba", b, re.I):
                    errors.append("%s: clean but email-like text" % tag)
                if re.search(r"style=|<style|color\s*[:=]|font-family|line-height|align\s*[:=]|<center|<font", b, re.I):
                    errors.append("%s: clean but styling" % tag)
                for href in re.findall(r'href="([^"]+)"', b):
                    if not href.startswith("https://www.amazon."):
                        errors.append("%s: clean but non-Amazon link %s" % (tag, href))
                if re.search(r"\[(important|importante)\]", m["subject"], re.I) and m["type"] != "order-problem":
                    errors.append("%s: clean but [Important] on %s" % (tag, m["type"]))
                for img in re.findall(r"<img[^>]*>", b):
                    if not re.search(r'alt="[^"]+"', img):
                        errors.append("%s: clean image without alt" % tag)
                if re.search(r"http://", b):
                    errors.append("%s: clean but http" % tag)
            if m["format"] == "html" and "<br><br><br>" in m["body"].replace("\n", "") and "BSM412" not in exp:
                errors.append("%s: br run" % tag)
        if clean != 17:
            errors.append("%s: %d clean, want 17" % (lang, clean))
        print("%s: %d records, %d clean, %s" % (lang, len(msgs), clean,
              ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    if errors:
        print("FAILED")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Validate the v6 pl / sv / tr modules (writer C). Standard library only."""
import collections
import html.parser
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
LANGS = {"pl": ("pl-PL", "408"), "sv": ("sv-SE", "409"), "tr": ("tr-TR", "113")}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF]")


class _Tags(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.errors = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in ("br", "img", "input", "hr", "meta"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unbalanced </{tag}>")
        else:
            self.stack.pop()


def main():
    rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))
    errors, all_oids, all_ids = [], set(), set()
    for lang, (loc, prefix) in LANGS.items():
        msgs = importlib.import_module(f"lang_{lang}").MESSAGES
        if len(msgs) != 50:
            errors.append(f"{lang}: {len(msgs)} records, want 50")
        clean = sum(1 for m in msgs if m.get("expected") == [])
        if clean != 17:
            errors.append(f"{lang}: {clean} clean, want 17")
        counts = collections.Counter()
        for i, m in enumerate(msgs, 1):
            rid = m.get("id", f"{lang}#{i}")
            if set(m) != set(FIELDS):
                errors.append(f"{rid}: fields {sorted(set(m) ^ set(FIELDS))}")
                continue
            for f, t in FIELDS.items():
                if not isinstance(m[f], t):
                    errors.append(f"{rid}: {f} not {t.__name__}")
            if m["id"] != f"v6-{lang}-{i:03d}":
                errors.append(f"{rid}: id out of sequence")
            if m["id"] in all_ids:
                errors.append(f"{rid}: duplicate id")
            all_ids.add(m["id"])
            if m["language"] != lang or m["locale"] != loc:
                errors.append(f"{rid}: language/locale")
            if m["type"] not in TYPES:
                errors.append(f"{rid}: type {m['type']}")
            if m["format"] not in ("text", "html"):
                errors.append(f"{rid}: format {m['format']}")
            exp = m["expected"]
            if exp != sorted(set(exp)) or not all(isinstance(x, str) for x in exp):
                errors.append(f"{rid}: expected not sorted/unique")
            for x in exp:
                if x not in rule_ids:
                    errors.append(f"{rid}: {x} not in rules.md")
                counts[x] += 1
            if "BSM101" in exp:
                errors.append(f"{rid}: BSM101 never expected")
            o = m["order_id"]
            if not OID.match(o) or not o.startswith(prefix + "-"):
                errors.append(f"{rid}: order_id {o}")
            if o in all_oids:
                errors.append(f"{rid}: duplicate order_id")
            all_oids.add(o)
            present = o in m["subject"] or o in m["body"]
            if "BSM102" in exp:
                if present or re.search(r"\d{3}-\d{7}-\d{7}", m["subject"] + m["body"]):
                    errors.append(f"{rid}: BSM102 expected but an order number is present")
            elif not present:
                errors.append(f"{rid}: order number missing")
            if not m["note"].strip() or "\n" in m["note"]:
                errors.append(f"{rid}: note")
            if "§O§" in m["subject"] + m["body"]:
                errors.append(f"{rid}: unreplaced placeholder")
            if m["format"] == "html":
                p = _Tags()
                p.feed(m["body"])
                p.close()
                if p.errors or p.stack:
                    errors.append(f"{rid}: HTML {p.errors} open={p.stack}")
            # light consistency checks on clean records
            if not exp:
                b = m["body"]
                if EMOJI.search(b + m["subject"]):
                    errors.append(f"{rid}: clean but has emoji")
                if "@" in b or "http://" in b or "\n\n\n" in b or "style" in b or "<br><br><br>" in b:
                    errors.append(f"{rid}: clean but suspicious content")
        print(f"{lang}: {len(msgs)} records, clean {clean}, " +
              ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

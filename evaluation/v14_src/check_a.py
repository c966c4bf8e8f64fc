"""Validate lang_nl, lang_en, lang_de of the v14 set. Standard library only."""
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
LANGS = {"nl": ("nl-NL", "450"), "en": ("en-GB", "451"), "de": ("de-DE", "452")}
OID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")


def rule_ids():
    with open(RULES, encoding="utf-8") as f:
        return set(re.findall(r"^\| (BSM\d{3}) \|", f.read(), re.M))


def check(code, rules, all_oids):
    errs = []
    locale, prefix = LANGS[code]
    msgs = importlib.import_module(f"lang_{code}").MESSAGES
    if len(msgs) != 50:
        errs.append(f"{code}: {len(msgs)} records, want 50")
    ids = set()
    for i, m in enumerate(msgs, 1):
        rid = m.get("id", f"#{i}")
        if set(m) != set(FIELDS):
            errs.append(f"{rid}: fields {sorted(set(m) ^ set(FIELDS))}")
            continue
        for k, t in FIELDS.items():
            if not isinstance(m[k], t):
                errs.append(f"{rid}: {k} not {t.__name__}")
        if m["id"] != f"v14-{code}-{i:03d}":
            errs.append(f"{rid}: id out of sequence")
        if m["id"] in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(m["id"])
        if m["language"] != code or m["locale"] != locale:
            errs.append(f"{rid}: language/locale")
        if m["type"] not in TYPES:
            errs.append(f"{rid}: type {m['type']}")
        if m["format"] not in ("text", "html"):
            errs.append(f"{rid}: format {m['format']}")
        if not all(isinstance(x, str) for x in m["expected"]):
            errs.append(f"{rid}: expected entries not str")
        if m["expected"] != sorted(set(m["expected"])):
            errs.append(f"{rid}: expected not sorted/unique")
        for r in m["expected"]:
            if r not in rules:
                errs.append(f"{rid}: unknown rule {r}")
        if "BSM101" in m["expected"]:
            errs.append(f"{rid}: BSM101 must never be expected")
        if not re.fullmatch(prefix + r"-\d{7}-\d{7}", m["order_id"]):
            errs.append(f"{rid}: order_id {m['order_id']}")
        if m["order_id"] in all_oids:
            errs.append(f"{rid}: order_id reused")
        all_oids.add(m["order_id"])
        text = m["subject"] + "\n" + m["body"]
        found = OID.findall(text)
        if "BSM102" in m["expected"]:
            if found:
                errs.append(f"{rid}: BSM102 but order number present")
        else:
            if m["order_id"] not in found:
                errs.append(f"{rid}: order number missing")
            if any(f != m["order_id"] for f in found):
                errs.append(f"{rid}: other order number in text")
        if not m["note"].strip() or "\n" in m["note"]:
            errs.append(f"{rid}: note")
        if m["format"] == "text" and "BSM412" not in m["expected"] and "\n\n\n" in m["body"]:
            errs.append(f"{rid}: blank-line run in a message not expecting BSM412")
        if m["format"] == "text" and re.search(r"<[a-zA-Z/][^>]*>", m["body"]):
            errs.append(f"{rid}: HTML tag in a text body")
        if not m["expected"]:
            low = text.lower()
            for bad in ("http://", "@", "mailto", "style=", "<style", "color", "font-family",
                        "line-height", "align", "<center", "<font", ":)", ":-)", ";)", ";-)",
                        ":d", "<3", "<br><br><br>"):
                if bad in low:
                    errs.append(f"{rid}: clean message contains {bad!r}")
            if re.search(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]", text):
                errs.append(f"{rid}: clean message contains an emoji")
            for href in re.findall(r'href="([^"]+)"', m["body"]):
                if not re.match(r"https://www\.amazon\.", href):
                    errs.append(f"{rid}: clean message links to {href}")
    clean = sum(1 for m in msgs if not m.get("expected"))
    if clean != 17:
        errs.append(f"{code}: {clean} clean, want 17")
    return msgs, errs


def main():
    rules = rule_ids()
    assert len(rules) >= 40, rules
    all_oids, bad = set(), []
    for code in LANGS:
        msgs, errs = check(code, rules, all_oids)
        bad += errs
        counts = {}
        for m in msgs:
            for r in m["expected"] or ["clean"]:
                counts[r] = counts.get(r, 0) + 1
        print(code, len(msgs), "records;", ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    for e in bad:
        print("ERROR", e)
    print("OK" if not bad else f"{len(bad)} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

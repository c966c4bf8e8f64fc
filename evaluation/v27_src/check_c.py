"""Validate the v27 pl/sv/tr modules (writer c)."""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")

FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
LANGS = {"pl": ("pl-PL", "587"), "sv": ("sv-SE", "588"), "tr": ("tr-TR", "589")}
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]")
EMOTICON = re.compile(r"(?<![\w])[:;=8][-']?[)(DPp]|<3")


def rule_ids():
    with open(RULES, encoding="utf-8") as f:
        return set(re.findall(r"\|\s*(BSM\d{3})\s*\|", f.read()))


def main():
    ids_ok = rule_ids()
    errors, warnings = [], []
    all_oids = set()
    for lang, (locale, prefix) in LANGS.items():
        mod = __import__(f"lang_{lang}")
        msgs = mod.MESSAGES
        if len(msgs) != 50:
            errors.append(f"{lang}: {len(msgs)} records, want 50")
        seen = set()
        clean = 0
        counts = {}
        for i, m in enumerate(msgs, 1):
            rid = m.get("id")
            if set(m) != set(FIELDS):
                errors.append(f"{rid}: fields {sorted(m)}")
                continue
            for k, t in FIELDS.items():
                if not isinstance(m[k], t):
                    errors.append(f"{rid}: {k} not {t.__name__}")
            if rid != f"v27-{lang}-{i:03d}" or rid in seen:
                errors.append(f"{rid}: bad or duplicate id")
            seen.add(rid)
            if m["language"] != lang or m["locale"] != locale:
                errors.append(f"{rid}: language/locale")
            if m["type"] not in TYPES:
                errors.append(f"{rid}: type {m['type']}")
            if m["format"] not in ("html", "text"):
                errors.append(f"{rid}: format {m['format']}")
            oid = m["order_id"]
            if not OID.match(oid) or not oid.startswith(prefix + "-"):
                errors.append(f"{rid}: order_id {oid}")
            if oid in all_oids:
                errors.append(f"{rid}: duplicate order_id {oid}")
            all_oids.add(oid)
            exp = m["expected"]
            if exp != sorted(set(exp)):
                errors.append(f"{rid}: expected not sorted/unique")
            for e in exp:
                if e not in ids_ok:
                    errors.append(f"{rid}: unknown rule {e}")
                if e in ("BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"):
                    errors.append(f"{rid}: {e} is never expected by policy")
            text = m["subject"] + "\n" + m["body"]
            has_oid = bool(re.search(re.escape(oid), text))
            any_oid = re.search(r"\d{3}-\d{7}-\d{7}", text)
            if "BSM102" in exp:
                if any_oid:
                    errors.append(f"{rid}: BSM102 expected but an order number is present")
            elif not has_oid:
                errors.append(f"{rid}: order number missing")
            if not m["note"].strip() or "\n" in m["note"]:
                errors.append(f"{rid}: note")
            if not exp:
                clean += 1
            for e in exp or ["clean"]:
                counts[e] = counts.get(e, 0) + 1
            # heuristic consistency checks
            body = m["body"]
            if EMOJI.search(text) and "BSM403" not in exp:
                errors.append(f"{rid}: emoji without BSM403")
            if EMOTICON.search(re.sub(r"<[^>]*>", " ", text)) and "BSM403" not in exp:
                warnings.append(f"{rid}: possible emoticon")
            if m["format"] == "text":
                if "<" in body and re.search(r"<[a-zA-Z/]", body):
                    errors.append(f"{rid}: HTML tag in text body")
                if "\n\n\n" in body and "BSM412" not in exp:
                    errors.append(f"{rid}: blank-line run without BSM412")
            else:
                if re.search(r"(<br\s*/?>\s*){3,}|<p>\s*</p>", body) and "BSM412" not in exp:
                    errors.append(f"{rid}: br run/empty p without BSM412")
                if re.search(r"(font-family|line-height|color\s*:|text-align|align=|<center)", body, re.I):
                    if not {"BSM407", "BSM408", "BSM409", "BSM411"} & set(exp):
                        errors.append(f"{rid}: style override without label")
                if re.search(r"<img(?![^>]*\salt=\"[^\"]+\")", body) and "BSM402" not in exp:
                    errors.append(f"{rid}: img without alt but no BSM402")
            if "http://" in text and not {"BSM301", "BSM413"} & set(exp):
                errors.append(f"{rid}: http without BSM301/BSM413")
            if "@" in text and "BSM308" not in exp:
                errors.append(f"{rid}: '@' without BSM308")
            if "\n\n\n" in m["subject"]:
                errors.append(f"{rid}: subject")
            if unicodedata.normalize("NFC", text) != text:
                warnings.append(f"{rid}: not NFC")
        if clean != 17:
            errors.append(f"{lang}: {clean} clean, want 17")
        print(f"{lang}: {len(msgs)} records; " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

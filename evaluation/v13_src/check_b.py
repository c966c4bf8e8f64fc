"""Validate the v13 French, Italian and Spanish modules (standard library only)."""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")

import lang_es  # noqa: E402
import lang_fr  # noqa: E402
import lang_it  # noqa: E402

FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NOT_CRITICAL = {"return-follow-up", "invoice", "review-request", "reply"}
ORDER_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
IMPORTANT_RE = re.compile(r"\[\s*important[e]?\s*\]", re.I)

rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))
assert len(rule_ids) >= 40, rule_ids

errors = []


def err(m, msg):
    errors.append(f"{m.get('id', '?')}: {msg}")


def has_emoji(s):
    for ch in s:
        cp = ord(ch)
        if 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or cp in (0xFE0F, 0x200D):
            return True
    return False


EMOTICON_RE = re.compile(r"(?<!\w)(?:[:;]-?[)(DPp]|<3|:-?\|)")

all_ids, all_orders = set(), set()
for mod, lang, loc, prefix in ((lang_fr, "fr", "fr-FR", "443"),
                               (lang_it, "it", "it-IT", "444"),
                               (lang_es, "es", "es-ES", "445")):
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errors.append(f"{lang}: {len(msgs)} records, want 50")
    clean = [m for m in msgs if m.get("expected") == []]
    if len(clean) != 17:
        errors.append(f"{lang}: {len(clean)} clean, want 17")
    for n, m in enumerate(msgs, 1):
        if set(m) != set(FIELDS):
            err(m, f"fields {sorted(set(m) ^ set(FIELDS))}")
            continue
        for k, t in FIELDS.items():
            if not isinstance(m[k], t):
                err(m, f"{k} not {t.__name__}")
        if m["id"] != f"v13-{lang}-{n:03d}":
            err(m, "id out of sequence")
        if m["id"] in all_ids:
            err(m, "duplicate id")
        all_ids.add(m["id"])
        if m["language"] != lang or m["locale"] != loc:
            err(m, "language/locale")
        if m["type"] not in TYPES:
            err(m, f"type {m['type']}")
        if m["format"] not in ("text", "html"):
            err(m, f"format {m['format']}")
        if not m["note"].strip() or not m["body"].strip() or not m["subject"].strip():
            err(m, "empty subject/body/note")
        exp = m["expected"]
        if exp != sorted(set(exp)):
            err(m, "expected not sorted/unique")
        for r in exp:
            if r not in rule_ids:
                err(m, f"unknown rule {r}")
            if r in {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}:
                err(m, f"rule {r} never expected by policy")
        oid = m["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(prefix + "-"):
            err(m, f"order_id {oid}")
        if oid in all_orders:
            err(m, "duplicate order_id")
        all_orders.add(oid)
        text = m["subject"] + "\n" + m["body"]
        present = oid in text
        if "BSM102" in exp:
            if ORDER_RE.search(text):
                err(m, "BSM102 expected but a hyphenated order number is present")
        elif not present:
            err(m, "order number missing")
        for other in ORDER_RE.findall(text):
            if other != oid:
                err(m, f"foreign order number {other}")
        # consistency lints (labels vs visible evidence)
        tag = bool(IMPORTANT_RE.search(m["subject"]))
        if tag and m["type"] in NOT_CRITICAL and "BSM110" not in exp:
            err(m, "[Important] on non-critical type without BSM110")
        if "BSM110" in exp and not (tag and m["type"] in NOT_CRITICAL):
            err(m, "BSM110 expected without tag on non-critical type")
        if IMPORTANT_RE.search(m["body"]):
            err(m, "[Important] in body")
        emo = has_emoji(text) or bool(EMOTICON_RE.search(text))
        if emo != ("BSM403" in exp):
            err(m, f"emoji/emoticon present={emo} vs label")
        if ("http://" in text) != ("BSM301" in exp or "BSM413" in exp):
            err(m, "http:// vs BSM301/BSM413")
        if ("@" in text) and "BSM308" not in exp and "BSM203" not in exp:
            err(m, "@ outside an e-mail/social case")
        if m["format"] == "text":
            if re.search(r"<[a-zA-Z/][^>]*>", m["body"]):
                err(m, "HTML tag in text body")
            if ("\n\n\n" in m["body"]) != ("BSM412" in exp):
                err(m, "blank-line run vs BSM412")
        else:
            b = m["body"].lower()
            runs = re.search(r"(<br\s*/?>\s*){3,}", b) or re.search(r"<p>\s*</p>", b)
            if bool(runs) != ("BSM412" in exp):
                err(m, "br run / empty paragraph vs BSM412")
            checks = {"BSM407": "font-family", "BSM408": "line-height",
                      "BSM411": "text-align"}
            for r, needle in checks.items():
                if (needle in b) != (r in exp):
                    err(m, f"{needle} vs {r}")
            colour = bool(re.search(r"(?<![-\w])color\s*:|<font", b))
            if colour != ("BSM409" in exp):
                err(m, "color vs BSM409")
            sizes = set(re.findall(r"font-size\s*:\s*([\d.]+\w*)", b))
            if (len(sizes) >= 3) != ("BSM410" in exp):
                err(m, f"font sizes {sizes} vs BSM410")
            for img in re.findall(r"<img\b[^>]*>", b):
                alt = re.search(r'\balt="([^"]*)"', img)
                if (not alt or not alt.group(1).strip()) and "BSM402" not in exp:
                    err(m, "img without alt but no BSM402")
                w = re.search(r'width="(\d+)"', img)
                if w and int(w.group(1)) > 480 and "BSM406" not in exp:
                    err(m, "wide image without BSM406")
            if re.search(r"<(script|iframe|form|object|embed)\b", b) and "BSM312" not in exp:
                err(m, "active content without BSM312")
            for href in re.findall(r'href="([^"]+)"', b):
                host = re.sub(r"^https?://", "", href).split("/")[0]
                if "amazon." not in host and "BSM302" not in exp:
                    err(m, f"external link {host} without BSM302")
        if not exp:
            # clean: no phone-like run except a marked manufacturer/warranty line
            for line in text.splitlines():
                if re.search(r"(\+\d{2}\s?\d)|(\b0\d[\s.]?\d{2}[\s.]\d{2}[\s.]\d{2}[\s.]\d{2}\b)|(\b\d{3} \d{3} \d{3}\b)", line):
                    if not re.search(r"garanti|fabricant|produttore|fabricante|SIRET|RCS|TVA|P\.IVA|CIF|REA", line, re.I):
                        err(m, f"phone-like number in clean message: {line.strip()[:60]}")
            if re.search(r"\b(stop|baja|cancellami|newsletter|bolet[ií]n|instagram|facebook)\b", text, re.I):
                err(m, "marketing/opt-out word in clean message")

if errors:
    print("FAILED")
    print("\n".join(errors))
    sys.exit(1)

from collections import Counter  # noqa: E402
for mod, lang in ((lang_fr, "fr"), (lang_it, "it"), (lang_es, "es")):
    c = Counter(r for m in mod.MESSAGES for r in m["expected"])
    nclean = sum(1 for m in mod.MESSAGES if not m["expected"])
    print(f"{lang}: 50 records, {nclean} clean; " + ", ".join(f"{r}×{c[r]}" for r in sorted(c)))
print("OK: all checks passed")

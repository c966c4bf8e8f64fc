"""Validate v4 writer C's modules: lang_pl, lang_sv, lang_tr."""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lang_pl, lang_sv, lang_tr  # noqa: E402

RULES = set(re.findall(r"\bBSM\d{3}\b", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = ["id", "language", "locale", "type", "format", "subject", "body", "order_id", "expected", "note"]
ORDER_RE = re.compile(r"^\d{3}-\d{7}-\d{7}$")
MODS = [(lang_pl, "pl", "pl-PL", "208-"), (lang_sv, "sv", "sv-SE", "209-"), (lang_tr, "tr", "tr-TR", "111-")]

errors = []
all_orders = set()


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


def has_emoji(s):
    for ch in s:
        cp = ord(ch)
        if 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or unicodedata.category(ch) == "So":
            return True
    return bool(re.search(r"(?<!\w)[:;]-?[)(DPp](?!\w)|<3", s))


for mod, lang, loc, prefix in MODS:
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        err(lang, "has %d records, want 50" % len(msgs))
    ids = [m.get("id") for m in msgs]
    if len(set(ids)) != len(ids):
        err(lang, "duplicate ids")
    if ids != ["v4-%s-%03d" % (lang, i) for i in range(1, 51)]:
        err(lang, "ids not v4-%s-001..050 in order" % lang)
    clean = 0
    counts = {}
    for m in msgs:
        rid = m.get("id", "?")
        if list(m.keys()) != FIELDS and set(m.keys()) != set(FIELDS):
            err(rid, "fields %s" % sorted(m.keys()))
            continue
        for f in FIELDS:
            if f == "expected":
                if not isinstance(m[f], list) or not all(isinstance(x, str) for x in m[f]):
                    err(rid, "expected not list of str")
            elif not isinstance(m[f], str) or not m[f]:
                err(rid, "%s not a non-empty str" % f)
        if m["language"] != lang or m["locale"] != loc:
            err(rid, "language/locale")
        if m["type"] not in TYPES:
            err(rid, "type %r" % m["type"])
        if m["format"] not in ("html", "text"):
            err(rid, "format %r" % m["format"])
        exp = m["expected"]
        if exp != sorted(set(exp)):
            err(rid, "expected not sorted/unique")
        for r in exp:
            if r not in RULES:
                err(rid, "unknown rule %s" % r)
            counts[r] = counts.get(r, 0) + 1
        if "BSM101" in exp:
            err(rid, "BSM101 never expected")
        for r in ("BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"):
            if r in exp:
                err(rid, "%s never expected" % r)
        oid = m["order_id"]
        if not ORDER_RE.match(oid) or not oid.startswith(prefix):
            err(rid, "order_id %r" % oid)
        if oid in all_orders:
            err(rid, "order_id reused")
        all_orders.add(oid)
        text = m["subject"] + "\n" + m["body"]
        present = oid in text
        if "BSM102" in exp:
            if re.search(r"\d{3}-\d{7}-\d{7}", text):
                err(rid, "BSM102 case carries a hyphenated order number")
        elif not present:
            err(rid, "order number missing")
        other = set(re.findall(r"\d{3}-\d{7}-\d{7}", text)) - {oid}
        if other:
            err(rid, "other order numbers %s" % other)
        body = m["body"]
        if m["format"] == "text" and "<" in body and re.search(r"<[a-z]+[ >/]", body):
            err(rid, "text body contains HTML")
        if m["format"] == "html" and not re.search(r"<(p|div|table|br)\b", body):
            err(rid, "html body without tags")
        if not exp:
            clean += 1
            low = text.lower()
            checks = [
                ("emoji", has_emoji(text)),
                ("http link", "http://" in low),
                ("@", "@" in text),
                ("style", re.search(r"style\s*=|<style|<font|align\s*=|<center|color\s*=", low)),
                ("blank lines", "\n\n\n" in body),
                ("br run", re.search(r"(<br\s*/?>\s*){3,}", low)),
                ("empty p", re.search(r"<p>\s*(&nbsp;)?\s*</p>", low)),
                ("non-amazon href", any("amazon." not in h for h in re.findall(r'href="([^"]+)"', body))),
                ("img without alt", any(not re.search(r'alt="[^"]+"', t) for t in re.findall(r"<img[^>]*>", body))),
                ("headings", re.search(r"<h[1-6]", low)),
                ("important tag", re.search(r"\[(ważne|viktigt|önemli|important)\]", low) and m["type"] != "order-problem"),
                ("at/dot", re.search(r"snabel-a|małpa|\(at\)|\[at\]", low)),
            ]
            for name, bad in checks:
                if bad:
                    err(rid, "clean record fails check: %s" % name)
        if m["format"] == "text" and "BSM412" not in exp and "\n\n\n" in body:
            err(rid, "blank-line run without BSM412")
    if clean != 17:
        err(lang, "%d clean, want 17" % clean)
    print("%s: %d records, %d clean, %s" % (lang, len(msgs), clean,
                                             ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")

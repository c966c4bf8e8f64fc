"""Validate v16 lang_pl, lang_sv, lang_tr (standard library only)."""
import os, re, sys, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md"), encoding="utf-8").read()))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
LANGS = {"pl": ("pl-PL", "476"), "sv": ("sv-SE", "477"), "tr": ("tr-TR", "478")}
OID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
errors = []
seen_ids, seen_oids = set(), set()


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


for code, (loc, pfx) in LANGS.items():
    msgs = importlib.import_module("lang_" + code).MESSAGES
    if len(msgs) != 50:
        err(code, "has %d records, want 50" % len(msgs))
    clean = sum(1 for m in msgs if m.get("expected") == [])
    if clean != 17:
        err(code, "has %d clean records, want 17" % clean)
    for n, m in enumerate(msgs, 1):
        rid = m.get("id", "?%s-%d" % (code, n))
        if set(m) != set(FIELDS):
            err(rid, "fields %s" % sorted(set(m) ^ set(FIELDS)))
        for f, t in FIELDS.items():
            if not isinstance(m.get(f), t):
                err(rid, "field %s not %s" % (f, t.__name__))
        if rid != "v16-%s-%03d" % (code, n):
            err(rid, "id out of sequence")
        if rid in seen_ids:
            err(rid, "duplicate id")
        seen_ids.add(rid)
        if m.get("language") != code or m.get("locale") != loc:
            err(rid, "language/locale")
        if m.get("type") not in TYPES:
            err(rid, "type %r" % m.get("type"))
        if m.get("format") not in ("text", "html"):
            err(rid, "format %r" % m.get("format"))
        oid = m.get("order_id", "")
        if not OID.match(oid) or not oid.startswith(pfx + "-"):
            err(rid, "order_id %r" % oid)
        if oid in seen_oids:
            err(rid, "duplicate order_id")
        seen_oids.add(oid)
        exp = m.get("expected", [])
        if exp != sorted(set(exp)):
            err(rid, "expected not sorted/unique")
        for e in exp:
            if e not in RULES:
                err(rid, "unknown rule %s" % e)
        if "BSM101" in exp:
            err(rid, "BSM101 never expected")
        text = m.get("subject", "") + "\n" + m.get("body", "")
        present = oid in text
        if "BSM102" in exp and re.search(r"\d{3}-\d{7}-\d{7}", text):
            err(rid, "BSM102 expected but a hyphenated order number is present")
        if "BSM102" not in exp and not present:
            err(rid, "order number missing from subject/body")
        if not m.get("note", "").strip():
            err(rid, "empty note")

if errors:
    print("\n".join(errors))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)
print("OK: %d records, %d rules known" % (len(seen_ids), len(RULES)))

"""Validate lang_nl, lang_en, lang_de of the v9 blind set (writer a). Standard library only."""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lang_de  # noqa: E402
import lang_en  # noqa: E402
import lang_nl  # noqa: E402

RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str, "subject": str,
          "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up", "invoice",
         "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
SPEC = {"nl": (lang_nl, "nl-NL", "402-", "[Belangrijk]"),
        "en": (lang_en, "en-GB", "403-", "[Important]"),
        "de": (lang_de, "de-DE", "404-", "[Wichtig]")}
ORDER_RE = re.compile(r"\d{3}-\d{7}-\d{7}")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]")
EMOTICON_RE = re.compile(r"(?<![\w])(?:[:;]-?[)(DPp]|<3)")
STYLE_RE = re.compile(r"font-family|line-height|color\s*[:=]|text-align|align=|<center|font-size|<style|style=", re.I)
NOT_CRITICAL = {"return-follow-up", "invoice", "review-request", "reply"}

rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))
assert len(rule_ids) >= 40, "rule catalog not parsed"

errors = []
all_ids, all_orders = set(), set()


def err(rec_id, msg):
    errors.append("%s: %s" % (rec_id, msg))


for lang, (mod, locale, prefix, tag) in SPEC.items():
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        err(lang, "has %d records, want 50" % len(msgs))
    counts = collections.Counter()
    clean = 0
    for i, r in enumerate(msgs, 1):
        rid = r.get("id", "?")
        if set(r) != set(FIELDS):
            err(rid, "fields %s" % sorted(set(r) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(r[k], t):
                err(rid, "field %s not %s" % (k, t.__name__))
        if rid != "v9-%s-%03d" % (lang, i):
            err(rid, "id out of sequence")
        if rid in all_ids:
            err(rid, "duplicate id")
        all_ids.add(rid)
        if r["language"] != lang or r["locale"] != locale:
            err(rid, "language/locale")
        if r["type"] not in TYPES:
            err(rid, "type %r not permitted" % r["type"])
        if r["format"] not in ("text", "html"):
            err(rid, "format")
        exp = r["expected"]
        if exp != sorted(set(exp)):
            err(rid, "expected not sorted/unique")
        for e in exp:
            if not isinstance(e, str) or e not in rule_ids:
                err(rid, "unknown rule id %r" % e)
        if "BSM414" in exp or "BSM101" in exp or set(exp) & {"BSM103", "BSM105", "BSM106", "BSM111", "BSM112"}:
            err(rid, "expects a rule the policy never expects")
        oid = r["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(prefix):
            err(rid, "order_id format %r" % oid)
        if oid in all_orders:
            err(rid, "duplicate order number")
        all_orders.add(oid)
        text = r["subject"] + "\n" + r["body"]
        present = oid in text
        if "BSM102" in exp:
            if ORDER_RE.search(text):
                err(rid, "BSM102 case carries a hyphenated order number")
        elif not present:
            err(rid, "order number missing")
        for f in ORDER_RE.findall(text):
            if f != oid:
                err(rid, "foreign order number %s" % f)
        if not r["note"].strip() or not r["note"].rstrip().endswith("."):
            err(rid, "note should be one sentence")
        # heuristic self-checks against the labels
        body = r["body"]
        has_tag = tag.lower() in r["subject"].lower()
        if has_tag and r["type"] in NOT_CRITICAL and "BSM110" not in exp:
            err(rid, "important tag on a non-critical type without BSM110")
        if "BSM110" in exp and not (has_tag and r["type"] in NOT_CRITICAL):
            err(rid, "BSM110 expected but tag/type do not fit")
        if r["format"] == "text" and "<" in body and re.search(r"<[a-z]", body):
            err(rid, "text body contains HTML")
        if r["format"] == "text" and "\n\n\n" in body and "BSM412" not in exp:
            err(rid, "blank-line run without BSM412")
        if "\n\n\n" in r["body"] and r["format"] == "html":
            err(rid, "newlines in html body")
        if EMOJI_RE.search(text) and "BSM403" not in exp:
            err(rid, "emoji without BSM403")
        if "BSM403" in exp and not (EMOJI_RE.search(text) or EMOTICON_RE.search(text)):
            err(rid, "BSM403 expected but nothing found")
        if not exp:
            clean += 1
            if EMOTICON_RE.search(text):
                err(rid, "clean message has an emoticon-like sequence")
            if "http://" in body or "@" in body or "mailto" in body.lower():
                err(rid, "clean message has http link or @")
            if STYLE_RE.search(body):
                err(rid, "clean message sets styles")
            for href in re.findall(r'href="([^"]+)"', body):
                if not re.match(r"https://www\.amazon\.(nl|co\.uk|de)/", href):
                    err(rid, "clean message links outside Amazon")
            for img in re.findall(r"<img[^>]*>", body):
                if not re.search(r'alt="[^"]+"', img):
                    err(rid, "clean image without alt")
                w = re.search(r'width="(\d+)"', img)
                if w and int(w.group(1)) > 480:
                    err(rid, "clean image too wide")
            if re.search(r"(<br>\s*){3,}|<p>\s*(&nbsp;)?\s*</p>", body):
                err(rid, "clean html has break runs/empty paragraphs")
            if tag.lower() in r["subject"].lower() and r["type"] != "order-problem":
                err(rid, "tag on clean non-order-problem")
            if re.search(r"https?://\S+", body) and r["format"] == "text":
                err(rid, "bare URL in clean text")
        for e in exp:
            counts[e] += 1
    if clean != 17:
        err(lang, "%d clean, want 17" % clean)
    print("%s: %d records, %d clean, %s" % (lang, len(msgs), clean,
                                           ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))

if errors:
    print("\n".join(errors))
    print("FAILED: %d problems" % len(errors))
    sys.exit(1)
print("OK: all %d records valid" % len(all_ids))

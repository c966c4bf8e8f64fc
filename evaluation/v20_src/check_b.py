"""Validator for the v20 fr/it/es modules (standard library only)."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lang_es  # noqa: E402
import lang_fr  # noqa: E402
import lang_it  # noqa: E402

RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
NOT_CRITICAL = {"return-follow-up", "invoice", "review-request", "reply"}
PREFIX = {"fr": "513-", "it": "514-", "es": "515-"}
IMPORTANT = re.compile(r"\[\s*important[ea]?\s*\]", re.I)
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]")
EMOTICON_RE = re.compile(r"(?<!\w)(?::|;|=)-?[)(DPp](?!\w)|<3")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\b(arobase|chiocciola|arroba)\b", re.I)
PHONE_HINT = re.compile(r"\+\d{2}\s?\d|\b0\d{1,3}[ .]\d{2,4}[ .]\d{2,4}\b|\b[6-9]\d{2} \d{2,3} \d{2,3}( \d{2})?\b")
STYLE_RE = re.compile(r"style\s*=|<style|font-family|line-height|color\s*:|text-align|align\s*=|<center|<font", re.I)

rule_ids = set(re.findall(r"\|\s*(BSM\d{3})\s*\|", open(RULES, encoding="utf-8").read()))
errors = []
all_ids, all_orders = set(), set()
per_scenario = {}


def err(rec_id, msg):
    errors.append("%s: %s" % (rec_id, msg))


for mod in (lang_fr, lang_it, lang_es):
    lang = mod.LANG
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        errors.append("%s: %d records, want 50" % (lang, len(msgs)))
    clean = sum(1 for m in msgs if not m.get("expected"))
    if clean != 17:
        errors.append("%s: %d clean, want 17" % (lang, clean))
    for i, m in enumerate(msgs, 1):
        rid = m.get("id", "?")
        if set(m) != set(FIELDS):
            err(rid, "fields %s" % sorted(set(m) ^ set(FIELDS)))
            continue
        for k, t in FIELDS.items():
            if not isinstance(m[k], t):
                err(rid, "%s is not %s" % (k, t.__name__))
        if rid != "v20-%s-%03d" % (lang, i):
            err(rid, "id out of sequence")
        if rid in all_ids:
            err(rid, "duplicate id")
        all_ids.add(rid)
        if m["language"] != lang:
            err(rid, "language")
        if not re.fullmatch(r"[a-z]{2}-[A-Z]{2}", m["locale"]) or not m["locale"].startswith(lang + "-"):
            err(rid, "locale %s" % m["locale"])
        if m["type"] not in TYPES:
            err(rid, "type %s" % m["type"])
        if m["format"] not in ("html", "text"):
            err(rid, "format %s" % m["format"])
        if not m["note"].strip() or "\n" in m["note"]:
            err(rid, "note must be one line")
        exp = m["expected"]
        if exp != sorted(set(exp)):
            err(rid, "expected not sorted/unique")
        for r in exp:
            if not isinstance(r, str) or r not in rule_ids:
                err(rid, "unknown rule %r" % r)
            if r in NEVER:
                err(rid, "rule %s is never expected" % r)
        oid = m["order_id"]
        if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(PREFIX[lang]):
            err(rid, "order_id format %s" % oid)
        if oid in all_orders:
            err(rid, "duplicate order number")
        all_orders.add(oid)
        text = m["subject"] + "\n" + m["body"]
        found = ORDER_RE.findall(text)
        if "BSM102" in exp:
            if found:
                err(rid, "BSM102 case carries an order number")
        else:
            if oid not in text:
                err(rid, "order number missing")
            if any(f != oid for f in found):
                err(rid, "other order number in text")
        body = m["body"]
        is_html = bool(re.search(r"<(p|div|table|br|img|a|ul|style)\b", body, re.I))
        if m["format"] == "html" and not is_html:
            err(rid, "html format without tags")
        if m["format"] == "text" and re.search(r"<[a-z]+[ >/]", body, re.I):
            err(rid, "text format with tags")
        # consistency of the order-problem / important-tag logic
        tagged = bool(IMPORTANT.search(m["subject"]))
        if tagged and m["type"] in NOT_CRITICAL and "BSM110" not in exp:
            err(rid, "[Important] on non-critical type but no BSM110")
        if "BSM110" in exp and not (tagged and m["type"] in NOT_CRITICAL):
            err(rid, "BSM110 expected without tag on non-critical type")
        if tagged and m["type"] not in NOT_CRITICAL | {"order-problem"}:
            err(rid, "[Important] on a type outside the policy")
        if "BSM107" in exp and m["type"] != "order-problem":
            err(rid, "BSM107 on non order-problem")
        # heuristic lint: clean messages must show none of the element/style problems
        if not exp:
            if EMOJI_RE.search(text) or EMOTICON_RE.search(text):
                err(rid, "clean message with emoji/emoticon")
            if "http://" in text:
                err(rid, "clean message with http")
            if EMAIL_RE.search(text):
                err(rid, "clean message with e-mail")
            if STYLE_RE.search(body):
                err(rid, "clean message with style override")
            if re.search(r"\n[ \t]*\n[ \t]*\n", body) or re.search(r"(<br\s*/?>\s*){3,}", body, re.I) \
                    or re.search(r"<p>(\s|&nbsp;)*</p>", body, re.I):
                err(rid, "clean message with excess line breaks")
            for href in re.findall(r'href="([^"]+)"', body):
                if not re.match(r"https://www\.amazon\.(fr|it|es)/", href):
                    err(rid, "clean message with non-Amazon link %s" % href)
            for tag in re.findall(r"<a\b[^>]*>(.*?)</a>", body, re.I | re.S):
                if re.fullmatch(r"\s*(ici|qui|aquí|clic.*|click.*|https?://\S+|link|lien|enlace)\s*", tag, re.I):
                    err(rid, "clean message with non-descriptive link")
            for img in re.findall(r"<img\b[^>]*>", body, re.I):
                alt = re.search(r'alt="([^"]*)"', img)
                if not alt or not alt.group(1).strip():
                    err(rid, "clean image without alt")
                if not re.search(r'src="https://', img):
                    err(rid, "clean image not https")
                w = re.search(r'width="(\d+)"', img)
                if not w or int(w.group(1)) > 480 or int(w.group(1)) <= 2:
                    err(rid, "clean image width")
                if not re.search(r"logo", img, re.I):
                    err(rid, "clean image that is not the shop logo")
            if re.search(r"<(script|iframe|form|object|embed|meta)\b", body, re.I):
                err(rid, "clean message with active content")
            unlabelled = re.sub(r"(SIRET|RCS [A-Za-z]+|BCE\)|TVA BE|TVA intracommunautaire FR|P\.IVA( IT)?|C\.F\.|CIF|NIF|REA [A-Z]{2}-)\s*[\d .]+", "", text)
            if PHONE_HINT.search(unlabelled) and not re.search(
                    r"garantie|garanzia|garantía|fabricant|produttore|fabricante", text, re.I):
                err(rid, "clean message with an unmarked phone-like number")
            if m["type"] == "order-problem" and not re.search(
                    r"ajusté|rettificato|ajustado", body):
                err(rid, "clean order problem without adjustment")
        if "BSM309" in exp and not PHONE_HINT.search(text):
            err(rid, "BSM309 without a phone number")
        if "BSM308" in exp and not EMAIL_RE.search(text):
            err(rid, "BSM308 without an e-mail address")
        if "BSM403" in exp and not (EMOJI_RE.search(text) or EMOTICON_RE.search(text)):
            err(rid, "BSM403 without emoji/emoticon")
        if "BSM403" not in exp and (EMOJI_RE.search(text) or EMOTICON_RE.search(text)):
            err(rid, "emoji/emoticon without BSM403")
        if "BSM301" not in exp and "http://" in text:
            err(rid, "http without BSM301")
        if "BSM308" not in exp and EMAIL_RE.search(text):
            err(rid, "e-mail without BSM308")
        if "BSM412" not in exp and (re.search(r"\n[ \t]*\n[ \t]*\n", body)
                                    or re.search(r"(<br\s*/?>\s*){3,}", body, re.I)
                                    or re.search(r"<p>(\s|&nbsp;)*</p>", body, re.I)):
            err(rid, "excess line breaks without BSM412")
        if "BSM402" not in exp:
            for img in re.findall(r"<img\b[^>]*>", body, re.I):
                alt = re.search(r'alt="([^"]*)"', img)
                if not alt or not alt.group(1).strip():
                    err(rid, "image without alt but no BSM402")
        per_scenario.setdefault(i, {})[lang] = (m["type"] if i <= 48 else None, tuple(exp))
    viol = sum(1 for m in msgs[:48] if m["expected"])
    if viol != 31:
        errors.append("%s: %d violations in scenarios 1-48, want 31" % (lang, viol))

# scenarios 1..48 carry the same labels in every language; 49..50 vary
for i in range(1, 49):
    labels = {v[1] for v in per_scenario.get(i, {}).values()}
    if len(labels) != 1:
        errors.append("scenario %d: labels differ across languages %s" % (i, per_scenario[i]))

if errors:
    print("\n".join(errors))
    print("FAILED: %d problem(s)" % len(errors))
    sys.exit(1)

for mod in (lang_fr, lang_it, lang_es):
    counts = {}
    for m in mod.MESSAGES:
        for r in m["expected"] or ["clean"]:
            counts[r] = counts.get(r, 0) + 1
    print(mod.LANG, len(mod.MESSAGES), "records:", ", ".join("%s=%d" % kv for kv in sorted(counts.items())))
print("OK: %d records, %d order numbers, all checks passed" % (len(all_ids), len(all_orders)))

"""Validate lang_nl, lang_en, lang_de (v13, writer A). Standard library only."""
import collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lang_nl, lang_en, lang_de  # noqa: E402

RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")
RULE_IDS = set(re.findall(r"^\| (BSM\d{3}) \|", open(RULES, encoding="utf-8").read(), re.M))
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
CONF = {"nl": (lang_nl, "nl-NL", "440", "[Belangrijk]"),
        "en": (lang_en, "en-GB", "441", "[Important]"),
        "de": (lang_de, "de-CH", "442", "[Wichtig]")}
ON_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]|[:;]-?[)(DP]|<3")
STYLE_RE = re.compile(r"font-family|line-height|color\s*:|text-align|align=|<center|font-size|<style", re.I)
NONTRIVIAL_TAGS = {"[Belangrijk]", "[Important]", "[Wichtig]"}

errors = []
def err(msg):
    errors.append(msg)

all_ids, all_orders = set(), set()
for lang, (mod, locale, prefix, tag) in CONF.items():
    msgs = mod.MESSAGES
    if len(msgs) != 50:
        err(f"{lang}: {len(msgs)} records, expected 50")
    clean = 0
    per_rule = collections.Counter()
    for i, m in enumerate(msgs, start=1):
        rid = m.get("id", f"{lang}#{i}")
        if set(m) != set(FIELDS):
            err(f"{rid}: fields {sorted(set(m) ^ set(FIELDS))} wrong")
            continue
        for f, t in FIELDS.items():
            if not isinstance(m[f], t):
                err(f"{rid}: field {f} not {t.__name__}")
        if m["id"] != f"v13-{lang}-{i:03d}":
            err(f"{rid}: id out of sequence")
        if m["id"] in all_ids:
            err(f"{rid}: duplicate id")
        all_ids.add(m["id"])
        if m["language"] != lang or m["locale"] != locale:
            err(f"{rid}: language/locale {m['language']}/{m['locale']}")
        if m["type"] not in TYPES:
            err(f"{rid}: type {m['type']} not permitted")
        if m["format"] not in ("text", "html"):
            err(f"{rid}: format {m['format']}")
        exp = m["expected"]
        if exp != sorted(set(exp)):
            err(f"{rid}: expected not sorted/unique")
        for r in exp:
            if r not in RULE_IDS:
                err(f"{rid}: unknown rule {r}")
            if r in {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}:
                err(f"{rid}: {r} is never expected by policy")
            per_rule[r] += 1
        if not exp:
            clean += 1
        on = m["order_id"]
        if not re.fullmatch(rf"{prefix}-\d{{7}}-\d{{7}}", on):
            err(f"{rid}: order_id {on} bad format/prefix")
        if on in all_orders:
            err(f"{rid}: duplicate order number {on}")
        all_orders.add(on)
        text = m["subject"] + "\n" + m["body"]
        found = ON_RE.findall(text)
        if "BSM102" in exp:
            if found:
                err(f"{rid}: BSM102 case but a hyphenated order number is present")
        else:
            if on not in found:
                err(f"{rid}: order number missing from subject/body")
            if any(f != on for f in found):
                err(f"{rid}: a different order number appears")
        # extra sanity checks on labels
        body = m["body"]
        if m["format"] == "text" and "\n\n\n" in body and "BSM412" not in exp:
            err(f"{rid}: text has two blank lines but no BSM412")
        if m["format"] == "text" and re.search(r"<[a-z]+[ >]", body):
            err(f"{rid}: text body contains HTML")
        if m["format"] == "html" and not re.search(r"<(p|div|table|img)\b", body):
            err(f"{rid}: html body has no HTML")
        for t in NONTRIVIAL_TAGS:
            if t.lower() in m["subject"].lower():
                if t != tag:
                    err(f"{rid}: another language's tag {t}")
                if m["type"] != "order-problem" and "BSM110" not in exp:
                    err(f"{rid}: {t} on {m['type']} without BSM110")
                if m["type"] == "order-problem" and "BSM110" in exp:
                    err(f"{rid}: BSM110 on an order problem")
        if lang == "de" and "ß" in text:
            err(f"{rid}: sharp s in de-CH text")
        if not exp:
            if EMOJI_RE.search(text):
                err(f"{rid}: clean but emoji/emoticon-like text")
            if "http://" in text or "@" in text or "mailto:" in text:
                err(f"{rid}: clean but http/@/mailto")
            for href in re.findall(r'href="([^"]*)"', body):
                if not re.match(r"https://www\.amazon\.(nl|co\.uk|de)/", href):
                    err(f"{rid}: clean but non-Amazon link {href}")
            for a_text in re.findall(r"<a [^>]*>(.*?)</a>", body, re.S):
                if a_text.strip().lower() in {"hier", "here", "click here", "klik hier", "link", "more", "mehr"} or a_text.startswith("http"):
                    err(f"{rid}: clean but non-descriptive link text")
            if STYLE_RE.search(body):
                err(f"{rid}: clean HTML sets style")
            for img in re.findall(r"<img[^>]*>", body):
                if not re.search(r'alt="[^"]+"', img):
                    err(f"{rid}: clean img without alt")
                w = re.search(r'width="(\d+)"', img)
                if w and (int(w.group(1)) > 480 or int(w.group(1)) <= 2):
                    err(f"{rid}: clean img width {w.group(1)}")
                if "logo" not in img.lower():
                    err(f"{rid}: clean img that is not the shop logo")
            if re.search(r"<(script|iframe|form|object|embed)\b", body, re.I):
                err(f"{rid}: clean but active content")
    if clean != 17:
        err(f"{lang}: {clean} clean records, expected 17")
    print(f"{lang} ({locale}): {len(msgs)} records, clean {clean}; "
          + ", ".join(f"{r} {n}" for r, n in sorted(per_rule.items())))

if errors:
    print("\nFAILED:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nOK: all checks passed")

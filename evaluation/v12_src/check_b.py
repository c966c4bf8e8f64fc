# -*- coding: utf-8 -*-
"""Validate lang_fr, lang_it and lang_es (v12 writer B). Standard library only.

Run: python3 /work/notes/v12_src/check_b.py
Exit status 0 when every record passes.
"""
import importlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
RULES_MD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "spec", "rules.md")

LANGS = {  # code: (locale, order prefix)
    "fr": ("fr-BE", "433"),
    "it": ("it-IT", "434"),
    "es": ("es-ES", "435"),
}
FIELDS = {"id": str, "language": str, "locale": str, "type": str, "format": str,
          "subject": str, "body": str, "order_id": str, "expected": list, "note": str}
TYPES = {"order-problem", "delivery-delay", "additional-information", "return-follow-up",
         "invoice", "review-request", "delivery-scheduling", "home-service-appointment",
         "custom-design-verification", "fulfillment-question", "reply"}
NEVER = {"BSM101", "BSM103", "BSM105", "BSM106", "BSM111", "BSM112", "BSM414"}
NOT_CRITICAL = {"return-follow-up", "invoice", "review-request", "reply"}
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\uFE0F]")
EMOTICON_RE = re.compile(r"(?:[:;]-?[)(DPp]|<3)")
IMPORTANT_RE = re.compile(r"\[\s*(important|importante)\s*\]", re.I)
STYLE_PROPS = {"font-family": "BSM407", "line-height": "BSM408", "color": "BSM409",
               "text-align": "BSM411"}


def rule_ids():
    with open(RULES_MD, encoding="utf-8") as fh:
        return set(re.findall(r"^\|\s*(BSM\d{3})\s*\|", fh.read(), re.M))


def check_record(r, code, locale, prefix, known, errs):
    rid = r.get("id", "?")

    def err(msg):
        errs.append("%s: %s" % (rid, msg))

    if set(r) != set(FIELDS):
        err("fields %s" % sorted(set(r) ^ set(FIELDS)))
        return
    for k, t in FIELDS.items():
        if not isinstance(r[k], t):
            err("field %s is not %s" % (k, t.__name__))
            return
        if t is str and k not in ("subject",) and not r[k].strip():
            err("field %s empty" % k)
    if r["language"] != code or r["locale"] != locale:
        err("language/locale %s/%s" % (r["language"], r["locale"]))
    if r["type"] not in TYPES:
        err("type %r not permitted" % r["type"])
    if r["format"] not in ("html", "text"):
        err("format %r" % r["format"])
    exp = r["expected"]
    if exp != sorted(set(exp)):
        err("expected not sorted/unique: %s" % exp)
    for e in exp:
        if not isinstance(e, str) or e not in known:
            err("unknown rule id %r" % e)
        if e in NEVER:
            err("rule %s is never expected under the labelling policy" % e)
    oid = r["order_id"]
    if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", oid) or not oid.startswith(prefix + "-"):
        err("bad order_id %r" % oid)
    text = r["subject"] + "\n" + r["body"]
    found = ORDER_RE.findall(text)
    if "BSM102" in exp:
        if found:
            err("BSM102 expected but a hyphenated order number is present")
    else:
        if oid not in text:
            err("order_id not in subject or body")
        if any(f != oid for f in found):
            err("other order numbers present: %s" % found)

    # Consistency heuristics: things a clean/other-rule message must not contain.
    body = r["body"]
    low = text.lower()
    if EMOJI_RE.search(text) or EMOTICON_RE.search(text.replace("http://", "").replace("https://", "")):
        if "BSM403" not in exp:
            err("emoji/emoticon present but BSM403 not expected")
    elif "BSM403" in exp:
        err("BSM403 expected but no emoji/emoticon found")
    if "@" in text and "BSM308" not in exp:
        err("'@' present but BSM308 not expected")
    if "http://" in low and not ({"BSM301", "BSM413"} & set(exp)):
        err("http:// present but BSM301/BSM413 not expected")
    if "BSM301" in exp and "http://" not in low:
        err("BSM301 expected but no http:// link")
    m = IMPORTANT_RE.search(r["subject"])
    if m and r["type"] in NOT_CRITICAL and "BSM110" not in exp:
        err("[Important] on a non-critical type but BSM110 not expected")
    if "BSM110" in exp and not (m and r["type"] in NOT_CRITICAL):
        err("BSM110 expected but no tag on a non-critical type")
    if r["format"] == "text":
        if re.search(r"<[a-zA-Z/][^>]*>", body):
            err("text body contains HTML tags")
        if "\n\n\n" in body and "BSM412" not in exp:
            err("blank-line run but BSM412 not expected")
        if "BSM412" in exp and "\n\n\n" not in body:
            err("BSM412 expected but no blank-line run")
        if re.search(r"https?://", body) and "BSM401" not in exp:
            err("bare URL in text but BSM401 not expected")
    else:
        br_run = re.search(r"(<br\s*/?>\s*){3,}", body, re.I)
        empty_p = re.search(r"<p[^>]*>\s*(&nbsp;|\s)*\s*</p>", body, re.I)
        has_breaks = bool(br_run or empty_p)
        if has_breaks and "BSM412" not in exp:
            err("<br> run/empty paragraph but BSM412 not expected")
        if "BSM412" in exp and not has_breaks:
            err("BSM412 expected but no <br> run/empty paragraph")
        if "\n\n\n" in body:
            err("triple newline in HTML source")
        styles = " ".join(re.findall(r'style="([^"]*)"', body, re.I))
        block = " ".join(re.findall(r"<style[^>]*>(.*?)</style>", body, re.I | re.S))
        css = (styles + " " + block).lower()
        for prop, rule in STYLE_PROPS.items():
            hit = re.search(r"(?<![-\w])" + re.escape(prop) + r"\s*:", css)
            if hit and rule not in exp:
                err("%s set but %s not expected" % (prop, rule))
            if rule in exp and not hit:
                err("%s expected but %s not set" % (rule, prop))
        if re.search(r"\balign\s*=|<center", body, re.I) and "BSM411" not in exp:
            err("align attribute but BSM411 not expected")
        if re.search(r"<font\b", body, re.I) and "BSM409" not in exp:
            err("<font> present")
        sizes = set(re.findall(r"font-size\s*:\s*([^;}\"]+)", css))
        if len(sizes) >= 3 and "BSM410" not in exp:
            err("many explicit font sizes but BSM410 not expected")
        if "BSM410" in exp and len(sizes) < 3:
            err("BSM410 expected but fewer than 3 explicit sizes")
        if re.search(r"<h[1-6]\b", body, re.I) and "BSM410" not in exp:
            err("heading (extra font size) in a message without BSM410")
        for img in re.findall(r"<img\b[^>]*>", body, re.I):
            alt = re.search(r'\balt="([^"]*)"', img)
            if (alt is None or not alt.group(1).strip()) and "BSM402" not in exp:
                err("image without alt but BSM402 not expected")
            if re.search(r'src="http://', img) and "BSM413" not in exp:
                err("insecure image but BSM413 not expected")
        for href, label in re.findall(r'<a\b[^>]*href="([^"]*)"[^>]*>(.*?)</a>', body, re.I | re.S):
            host = re.sub(r"^[a-z]+://", "", href.lower()).split("/")[0]
            amazon = re.fullmatch(r"(www\.)?amazon\.[a-z.]+", host) is not None
            if not amazon and "BSM302" not in exp:
                err("non-Amazon link %s but BSM302 not expected" % host)
            plain = re.sub(r"<[^>]+>", "", label).strip().lower()
            if plain in ("", "ici", "cliquez ici", "qui", "clicca qui", "aquí", "aqui", "pincha aquí",
                         "link", "lien", "enlace") and "BSM401" not in exp and "<img" not in label:
                err("non-descriptive link text %r" % plain)
        if re.search(r"<(script|iframe|form|object|embed)\b|\bon[a-z]+\s*=|javascript:", body, re.I) \
                and "BSM312" not in exp:
            err("active content but BSM312 not expected")
        if "BSM312" in exp and not re.search(r"<(script|iframe|form|object|embed)\b", body, re.I):
            err("BSM312 expected but no active element")
        pads = [int(x) for decl in re.findall(r"(?:padding|margin)[^:;]*:([^;\"}]*)", css)
                for x in re.findall(r"(\d+)px", decl)]
        if "BSM405" in exp and not any(p >= 120 for p in pads):
            err("BSM405 expected but no wide padding")


def main():
    known = rule_ids()
    if len(known) < 40:
        print("could not read rule ids from %s" % RULES_MD)
        return 2
    errs = []
    all_orders = {}
    for code, (locale, prefix) in LANGS.items():
        mod = importlib.import_module("lang_" + code)
        msgs = getattr(mod, "MESSAGES", None)
        if not isinstance(msgs, list):
            errs.append("%s: MESSAGES missing" % code)
            continue
        if len(msgs) != 50:
            errs.append("%s: %d records, want 50" % (code, len(msgs)))
        ids = [m.get("id") for m in msgs]
        want = ["v12-%s-%03d" % (code, i) for i in range(1, 51)]
        if ids != want:
            errs.append("%s: ids not v12-%s-001..050 in order / unique" % (code, code))
        for r in msgs:
            check_record(r, code, locale, prefix, known, errs)
            oid = r.get("order_id")
            if oid in all_orders:
                errs.append("%s: order_id %s reused (also %s)" % (r.get("id"), oid, all_orders[oid]))
            all_orders[oid] = r.get("id")
        clean = sum(1 for m in msgs if m.get("expected") == [])
        if clean != 17:
            errs.append("%s: %d clean, want 17" % (code, clean))
        counts = {}
        for m in msgs:
            for e in m.get("expected", []):
                counts[e] = counts.get(e, 0) + 1
        print("%s (%s): %d records, %d clean; %s" % (
            code, locale, len(msgs), clean,
            ", ".join("%s x%d" % (k, counts[k]) for k in sorted(counts))))
    if errs:
        print("\n%d problem(s):" % len(errs))
        for e in errs:
            print("  " + e)
        return 1
    print("OK: all records valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())

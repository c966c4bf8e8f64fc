"""Shared helper for lang_nl/en/de (writer A)."""


def order_no(prefix, i):
    a = (3141592 + i * 104729) % 10**7
    b = (2718281 + i * 7907 * 3) % 10**7
    return "%s-%07d-%07d" % (prefix, a, b)


def build(lang, locale_default, prefix, rows):
    out = []
    for i, r in enumerate(rows, 1):
        n, typ, fmt, subject, body, expected, note = r[:7]
        loc = r[7] if len(r) > 7 else locale_default
        o = order_no(prefix, i)
        plain = o.replace("-", "")
        out.append({
            "id": "v23-%s-%03d" % (lang, i),
            "language": lang,
            "locale": loc,
            "type": typ,
            "format": fmt,
            "subject": subject.replace("{o}", o).replace("{p}", plain),
            "body": body.replace("{o}", o).replace("{p}", plain),
            "order_id": o,
            "expected": sorted(expected),
            "note": note,
        })
    return out

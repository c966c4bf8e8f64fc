"""Shared helper for lang_nl/en/de (writer A). Standard library only."""


def order_no(prefix, k):
    a = (1000003 * k * 7 + 2718281) % 9000000 + 1000000
    b = (3141592 + 977 * k * k + 31337 * k) % 9000000 + 1000000
    return f"{prefix}-{a:07d}-{b:07d}"


def build(lang, locale, prefix, rows):
    out = []
    for k, (typ, fmt, subject, body, expected, note) in enumerate(rows, start=1):
        on = order_no(prefix, k)
        on_plain = on.replace("-", "")
        out.append({
            "id": f"v13-{lang}-{k:03d}",
            "language": lang,
            "locale": locale,
            "type": typ,
            "format": fmt,
            "subject": subject.replace("{ON}", on).replace("{ONP}", on_plain),
            "body": body.strip("\n").replace("{ON}", on).replace("{ONP}", on_plain),
            "order_id": on,
            "expected": sorted(expected),
            "note": note,
        })
    return out

"""Shared helper for the tr8 message sources.

Every message is a dict; "{O}" in subject or body is replaced by the record's order number
when build.py assembles the set.
"""
import textwrap


def _clean(s):
    s = textwrap.dedent(s)
    return s.strip("\n")


def msg(type_, fmt, subject, body, expected, note, lang="tr", locale=None):
    return {
        "language": lang,
        "locale": locale,
        "type": type_,
        "format": fmt,
        "subject": subject,
        "body": _clean(body),
        "expected": list(expected),
        "note": note,
    }


def C(type_, fmt, subject, body, note, **kw):
    """A clean message."""
    return msg(type_, fmt, subject, body, [], note, **kw)


def TH(type_, fmt, subject, body, note, **kw):
    """A thanks-only message (BSM202, nothing else)."""
    return msg(type_, fmt, subject, body, ["BSM202"], note, **kw)


def V(expected, type_, fmt, subject, body, note, **kw):
    """A message breaking the given rules."""
    return msg(type_, fmt, subject, body, expected, note, **kw)

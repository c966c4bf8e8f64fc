"""Helpers for the probe set. Messages use {O} for the order number."""
import random

PREFIXES = ["028", "171", "302", "303", "304", "305", "402", "403", "404", "405", "406", "407", "408"]
_rng = random.Random(20261206)
_used = set()


def order_no():
    while True:
        o = "%s-%07d-%07d" % (_rng.choice(PREFIXES), _rng.randrange(10**7), _rng.randrange(10**7))
        if o not in _used:
            _used.add(o)
            return o


def M(kind, type_, fmt, subject, body, expected, note, locale=None):
    return dict(kind=kind, type=type_, format=fmt, subject=subject, body=body.strip("\n"),
                expected=sorted(expected), note=note, locale=locale)


def P(*paras):
    """Simple HTML paragraphs."""
    return "\n".join("<p>%s</p>" % p for p in paras)


def builder(inner, logo_src=None, logo_alt=None):
    """A Mailchimp/Klaviyo-like table layout with no style overrides."""
    logo = ""
    if logo_src:
        logo = ('<tr>\n<td class="mcnImageContent" valign="top">'
                '<img src="%s" alt="%s" width="180" class="mcnImage"></td>\n</tr>\n' % (logo_src, logo_alt))
    return ('<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" class="bodyTable">\n'
            '%s<tr>\n<td class="mcnTextContent" valign="top">\n%s\n</td>\n</tr>\n</table>' % (logo, inner))


def outlook(inner):
    """Outlook-ish Word HTML, no style overrides."""
    return ('<div class="WordSection1">\n%s\n</div>' % "\n".join(
        '<p class="MsoNormal">%s<o:p></o:p></p>' % p for p in inner))

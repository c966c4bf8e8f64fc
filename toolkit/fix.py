"""`bsm check --fix`: the compliant version of a message, for what can be fixed without
changing what it says.

The fixer reuses the pipeline's own passes, so it and the checker cannot disagree: `<style>`
blocks are inlined through toolkit.inline (premailer), then toolkit.enforce makes Amazon's
defaults apply (font, line height, colour, alignment, margins, image widths, font sizes, line
breaks, active content, tracking pixels). What enforce cannot see is done here: emoji in the
text, images whose *file* is a tracking pixel, blank lines in a text part. Everything else (a
link, an e-mail address, a missing order number) is left for a person, and reported.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from email.message import EmailMessage

from toolkit import dom, rule_ids
from toolkit.detect import VARIATION_SELECTOR, Detectors, Span
from toolkit.dom import HtmlElement
from toolkit.enforce import Change, enforce
from toolkit.model import Message
from toolkit.output import add_parts
from toolkit.policy import Policy
from toolkit.reader import AttachmentKinds, Source, body_parts, parse_eml, read_bytes
from toolkit.rules.elements import data_uri_bytes, image_size
from toolkit.rules.style import EXCESS_BLANK_LINES, LINE_BREAK

STYLE_BLOCK = re.compile(r"<style\b", re.I)
SKIPPED_TEXT = frozenset({"script", "style"})  # enforce drops them; their text is no message
XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
SETTLE_PASSES = 6  # rounds of fixing until a round changes nothing
JOINERS = "\u200d" + VARIATION_SELECTOR  # what an emoji sequence leaves behind when cut


@dataclass(frozen=True)
class Fixed:
    """A message fixed by `bsm check --fix`: the file written, and each change made."""

    source: Source  # the fixed message, read back from `content` as a checker reads a file
    changes: tuple[Change, ...]
    content: bytes  # the fixed file, in the kind of the source


def fix_source(
    source: Source, policy: Policy, detectors: Detectors, kinds: AttachmentKinds
) -> Fixed:
    """The source, fixed: the file's new content, and the message as read back from it."""
    message = source.message
    changes: list[Change] = []
    html = message.html
    if html.strip():
        html, html_changes = fix_html(html, policy, detectors, source.image_bytes)
        changes += html_changes
    subject, subject_changes = fix_text_line(message.subject, detectors)
    text, text_changes = fix_text(message.text, detectors)
    changes += subject_changes + text_changes
    content = write(source, replace(message, subject=subject, html=html, text=text))
    again = read_bytes(content, source.path, source.kind, kinds)
    again = replace(again, image_bytes=source.image_bytes, file=source.file, root=source.root)
    return Fixed(again, tuple(changes), content)


def write(source: Source, fixed: Message) -> bytes:
    """The fixed file, in the encoding the source was read in (its <meta charset> still says so)."""
    if source.kind == "html":
        # a character the declared charset lacks is written as a reference, which HTML reads
        return fixed.html.encode(source.encoding, errors="xmlcharrefreplace")
    if source.kind == "txt":
        head = f"Subject: {fixed.subject}\n\n" if fixed.subject else ""
        return (head + fixed.text).encode(source.encoding)
    return write_eml(source.raw, fixed)


def write_eml(raw: bytes, fixed: Message) -> bytes:
    """The .eml with its HTML, text part and subject replaced; everything else as it was."""
    mail = parse_eml(raw)
    html_part, text_part = body_parts(mail)
    try:
        if html_part is not None and isinstance(html_part, EmailMessage):
            html_part.set_content(fixed.html, subtype="html", charset="utf-8", cte="base64")
        if text_part is not None and isinstance(text_part, EmailMessage):
            text_part.set_content(fixed.text, subtype="plain", charset="utf-8", cte="base64")
        if "Subject" in mail:
            del mail["Subject"]
            mail["Subject"] = fixed.subject
        return mail.as_bytes()
    except (UnicodeError, ValueError, TypeError, LookupError):
        # a message too broken to write back as it was: written anew from what was read
        return new_eml(fixed)


def new_eml(fixed: Message) -> bytes:
    mail = EmailMessage()
    if fixed.subject:
        mail["Subject"] = " ".join(fixed.subject.split())
    add_parts(mail, fixed, cte="base64")
    return mail.as_bytes()


# --- HTML ----------------------------------------------------------------------------------


def fix_html(
    html: str, policy: Policy, detectors: Detectors, images: Mapping[str, bytes] | None = None
) -> tuple[str, list[Change]]:
    changes: list[Change] = []
    html = xml_safe(html)  # lxml keeps control characters when parsing, refuses them when set
    if STYLE_BLOCK.search(html):
        html, inline_changes = inline_styles(html)
        changes += inline_changes
    # passes until one changes nothing: unwrapping can nest a <p> in a <p>, which reads back
    # as another tree, and emptying a block can make its parent one more blank line
    for _ in range(SETTLE_PASSES):
        root = dom.parse_html(html)
        # what empties a paragraph goes first: enforce then collapses the blank blocks it leaves
        done = remove_emoji_from_tree(root, detectors)
        done += drop_tiny_image_files(root, policy, images or {})
        done += enforce(root, policy)
        fixed = dom.serialize(root)
        if fixed == html:
            break
        changes += done
        html = fixed
    return html, changes


def inline_styles(html: str) -> tuple[str, list[Change]]:
    """The `<style>` blocks as style attributes (what Amazon may keep of them: sizes, weights)."""
    from toolkit.inline import inline_css  # premailer: loaded only for a message with <style>

    try:
        inlined = [Change(rule_ids.FONT_FAMILY_OVERRIDE, "inlined the <style> blocks")]
        return inline_css(html, ""), inlined
    except Exception as err:  # premailer and cssutils raise many kinds on broken CSS
        # enforce drops the blocks regardless; the message stays readable without them
        what = f"could not inline the <style> blocks ({err}); dropped"
        return html, [Change(rule_ids.FONT_FAMILY_OVERRIDE, what)]


def drop_tiny_image_files(
    root: HtmlElement, policy: Policy, images: Mapping[str, bytes]
) -> list[Change]:
    """Images whose file is a tracking pixel (a cid: part, a local file, a data: URI)."""
    changes = []
    for img in list(root.iter("img")):
        src = img.get("src") or ""
        data = images.get(src) or data_uri_bytes(src)
        size = image_size(data) if data else None
        if size and max(size) <= policy.tracking_pixel_max_px:
            what = f"removed a {size[0]}x{size[1]} px image"
            changes.append(Change(rule_ids.TRACKING_PIXEL, what))
            img.drop_tree()
    return changes


def remove_emoji_from_tree(root: HtmlElement, detectors: Detectors) -> list[Change]:
    changes: list[Change] = []
    for el in dom.elements(root):
        if el.tag not in SKIPPED_TEXT and el.text:
            text, found = remove_emoji(el.text, detectors)
            if found:
                el.text = xml_safe(text)
                changes += found
        if el.tail:
            tail, found = remove_emoji(el.tail, detectors)
            if found:
                el.tail = xml_safe(tail)
                changes += found
    return changes


def xml_safe(text: str) -> str:
    """What lxml accepts as text: HTML parsing keeps control characters it will not take back."""
    return XML_UNSAFE.sub("", text)


# --- text ----------------------------------------------------------------------------------


def remove_emoji(text: str, detectors: Detectors) -> tuple[str, list[Change]]:
    """`text` without its emoji and emoticons, and one space where two would meet."""
    spans = detectors.emoji(text)
    if not spans:
        return text, []
    return cut(text, spans), [Change(rule_ids.EMOJI, f"removed {found!r}") for _, _, found in spans]


def cut(text: str, spans: list[Span]) -> str:
    for start, end, _ in sorted(spans, reverse=True):
        while end < len(text) and text[end] in JOINERS:
            end += 1
        before, after = text[:start], text[end:]
        if before.endswith((" ", "\t")) and (not after or after[0] in " \t\n.,!?;:)"):
            before = before.rstrip(" \t")  # "way 🚚 :)" ends "way", not "way  "
        text = before + after
    return text


def fix_text_line(text: str, detectors: Detectors) -> tuple[str, list[Change]]:
    fixed, changes = remove_emoji(text, detectors)
    return " ".join(fixed.split()) if changes else fixed, changes


def one_blank_line(run: re.Match[str]) -> str:
    """A run of blank lines as one, in the text's own line ending (the run starts with one)."""
    return LINE_BREAK.findall(run.group())[0] * 2


def fix_text(text: str, detectors: Detectors) -> tuple[str, list[Change]]:
    """A plain-text part: no emoji, at most one blank line in a row."""
    if not text:
        return text, []
    fixed, changes = remove_emoji(text, detectors)
    runs = EXCESS_BLANK_LINES.findall(fixed)
    if runs:
        # one blank line, in the text's own line ending
        fixed = EXCESS_BLANK_LINES.sub(one_blank_line, fixed)
        what = f"collapsed {len(runs)} runs of blank lines"
        changes.append(Change(rule_ids.EXCESS_LINE_BREAKS, what))
    return fixed, changes

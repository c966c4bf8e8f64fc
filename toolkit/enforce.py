"""The enforcement pass: one walk over the parsed message that makes Amazon's defaults apply.

Each step is a small function over the tree that returns what it changed (a list of `Change`),
so that `bsm check --fix` can say what it did. `enforce` runs them in order.

Each change also says on which element, what was there and what is sent instead; on the
preview's traced render (toolkit/design.py) it says where that came from too: the element's
template line, and the style.css rule of the declaration.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from toolkit import dom, rule_ids
from toolkit.design import Origin, describe, stylesheet_origin, template_origin
from toolkit.dom import HtmlElement, Measurements, Styles
from toolkit.policy import Policy


@dataclass(frozen=True)
class Change:
    """One change the enforcement pass made to the design, as the change list shows it."""

    rule: str  # the id of the registry's rule this change satisfies
    what: str
    element: str = ""  # '<p> "Dear Jan, ..."'
    before: str = ""  # what the design had: 'font-family: "Comic Sans MS"'
    after: str = ""  # what is sent instead ("": nothing, it is removed)
    stylesheet: Origin | None = None  # the style.css rule it came from (traced render only)
    template: Origin | None = None  # the element's template line (traced render only)

    @property
    def source(self) -> Origin | None:
        """The line to edit: the stylesheet rule when the value came from there."""
        return self.stylesheet or self.template

    @property
    def plain(self) -> Change:
        """The change without where it came from (as the untraced render records it)."""
        return Change(self.rule, self.what, self.element, self.before, self.after)

    def as_dict(self) -> dict[str, Any]:
        source = self.source
        return {
            "rule": self.rule,
            "what": self.what,
            "element": self.element,
            "before": self.before,
            "after": self.after,
            "source": source.as_dict() if source else None,
            "template": self.template.as_dict() if self.template else None,
        }


def change(
    rule: str, what: str, el: HtmlElement, before: str, after: str = "", *props: str
) -> Change:
    """A change on `el`; `props`: the style properties whose stylesheet rule it undoes."""
    return Change(
        rule,
        what,
        element=describe(el),
        before=before,
        after=after,
        stylesheet=stylesheet_origin(el, *props) if props else None,
        template=template_origin(el),
    )


def drop_active_content(root: HtmlElement, policy: Policy, m: Measurements) -> list[Change]:
    changes: list[Change] = []
    for offence in dom.active_content(root, policy):
        el = offence.element
        before = (
            f'{offence.attribute}="{shorten(el.get(offence.attribute, ""))}"'
            if offence.attribute
            else f"<{el.tag}>"
        )
        changes.append(change(offence.rule, f"removed {offence.what}", el, before))
        if offence.attribute:
            offence.element.attrib.pop(offence.attribute, None)
        elif offence.element.getparent() is not None:
            offence.element.drop_tree()
    for style in list(root.iter("style")):  # inlining is done: what is left can only override
        what = "removed a <style> block"
        before = f"<style> {shorten(' '.join((style.text or '').split()))}"
        changes.append(change(rule_ids.FONT_FAMILY_OVERRIDE, what, style, before))
        style.drop_tree()
    # every offence found is gone, and no later step adds an element or an attribute
    m.active_content = []
    return changes


def unwrap_presentational(root: HtmlElement, policy: Policy, m: Measurements) -> list[Change]:
    changes = []
    for el in list(dom.elements(root)):
        if el.tag in policy.unwrap_elements:
            rule = (
                rule_ids.ALIGNMENT_OVERRIDE if el.tag == "center" else rule_ids.FONT_FAMILY_OVERRIDE
            )
            attrs = "".join(
                f' {k}="{v}"' for k, v in el.attrib.items() if not k.startswith("data-bsm-")
            )
            before = f"<{el.tag}{attrs}>"
            changes.append(change(rule, f"unwrapped <{el.tag}>", el, before, "its content"))
            el.drop_tag()
    return changes


def strip_overrides(root: HtmlElement, policy: Policy, m: Measurements) -> list[Change]:
    """Font family, line height, colour, alignment and backgrounds go; Amazon's apply.

    What BSM407-BSM409 and BSM411 would still find on each element is measured as it is left
    (the <style> blocks are gone, <center> and <font> unwrapped by the steps before; the steps
    after set only sizes, widths and margins, or drop line breaks and blank blocks)."""
    changes: list[Change] = []
    left: list[dom.Offence] = []
    styles = m.styles
    for el in dom.elements(root):
        decls = styles.of(el)
        if decls:
            kept: list[dom.Declaration] = []
            for prop, value in decls:
                rule = policy.style_rules.get(prop)
                before = f"{prop}: {value}"
                if rule is not None:
                    changes.append(change(rule, f"removed {prop}", el, before, "", prop))
                elif prop in policy.removed_background_properties:
                    what = f"removed {prop} (text colour is Amazon's)"
                    rule = rule_ids.FONT_COLOR_OVERRIDE
                    changes.append(change(rule, what, el, before, "", prop))
                elif prop == "font":
                    reduced = font_shorthand_kept(value, policy)
                    kept.extend(reduced)
                    what = "reduced a font shorthand to size and weight"
                    after = dom.format_style(reduced)
                    rule = rule_ids.FONT_FAMILY_OVERRIDE
                    changes.append(change(rule, what, el, before, after, prop))
                else:
                    kept.append((prop, value))
            dom.set_style(el, kept)
        for attr in list(el.attrib):
            name = attr.lower()
            if (
                (name in policy.colour_attributes and el.tag != "img")
                or name in policy.background_attributes
                or name in policy.alignment_attributes
                or (name == "face" and el.tag == "font")
            ):
                before = f'{name}="{shorten(el.get(attr, ""))}"'
                changes.append(change(attribute_rule(name, policy), f"removed {name}=", el, before))
                del el.attrib[attr]
        left += dom.element_style_overrides(el, policy, styles)
    m.style_overrides = left
    return changes


def attribute_rule(name: str, policy: Policy) -> str:
    """The rule a presentational attribute breaks: face=, align= or a colour."""
    if name == "face":
        return rule_ids.FONT_FAMILY_OVERRIDE
    if name in policy.alignment_attributes:
        return rule_ids.ALIGNMENT_OVERRIDE
    return rule_ids.FONT_COLOR_OVERRIDE


def font_shorthand_kept(value: str, policy: Policy) -> list[dom.Declaration]:
    """From `font: bold 14px/1.5 Arial`, what a message may set: weight, style and size."""
    kept: list[dom.Declaration] = []
    for token in dom.without_important(value).replace(",", " , ").split():
        word = token.lower()
        if word in ("bold", "bolder", "lighter") or (word.isdigit() and len(word) == 3):
            kept.append(("font-weight", word))
        elif word in ("italic", "oblique"):
            kept.append(("font-style", word))
        elif dom.font_size_px(word.split("/")[0], policy) is not None and not word.isdigit():
            kept.append(("font-size", word.split("/")[0]))
            break  # what follows the size is the family
    return kept


def drop_tracking_pixels(root: HtmlElement, policy: Policy, m: Measurements) -> list[Change]:
    changes = []
    for img in list(root.iter("img")):
        reason = dom.tracking_reason(img, policy, m.styles)
        if reason:
            before = f'<img src="{shorten(img.get("src", ""))}">'
            changes.append(change(rule_ids.TRACKING_PIXEL, f"removed {reason}", img, before))
            img.drop_tree()
    return changes


def bound_images(root: HtmlElement, policy: Policy, m: Measurements) -> list[Change]:
    changes = []
    limit = policy.max_image_px
    percent_limit = round(policy.image_max_ratio * 100)
    styles = m.styles
    for img in root.iter("img"):
        width, in_percent = dom.image_width(img, policy, styles)
        decls = [(p, v) for p, v in styles.of(img) if p not in ("max-width", "height")]
        if width is not None and width > limit + 0.01:
            style_width = styles.value(img, "width")
            before = f"width: {style_width}" if style_width else f'width="{img.get("width")}"'
            decls = [(p, v) for p, v in decls if p != "width"]
            if in_percent:
                decls.append(("width", f"{percent_limit}%"))
                img.attrib.pop("width", None)
            else:
                decls.append(("width", f"{int(limit)}px"))
                img.set("width", str(int(limit)))
            img.attrib.pop("height", None)
            what = f"narrowed an image to {percent_limit}% of the width"
            after = f"width: {decls[-1][1]}"
            props = ("width",) if style_width else ()
            changes.append(change(rule_ids.OVERSIZED_IMAGE, what, img, before, after, *props))
        # however wide the file is, it never shows wider than 80% of the message
        decls += [("max-width", f"{percent_limit}%"), ("height", "auto")]
        dom.set_style(img, decls)
    return changes


def bound_margins(root: HtmlElement, policy: Policy, m: Measurements) -> list[Change]:
    """Cut horizontal margin and padding where the cumulative indentation passes 20%."""
    changes = []
    styles = m.styles
    for _ in range(50):  # each pass fixes the outermost offenders; nesting needs a few
        overflows = dom.margin_overflows(root, policy, styles)
        if not overflows:
            # none left: the auto side margins below and the steps after only take margins
            # away (or whole blocks), so BSM405 finds none in the message either
            m.margin_overflows = []
            break
        for overflow in overflows:
            el = overflow.element
            decls = styles.of(el)
            removed = [
                (p, v)
                for p, v in decls
                if p in policy.horizontal_box_properties or p in ("margin", "padding")
            ]
            kept = [
                (p, v)
                for p, v in decls
                if p not in policy.horizontal_box_properties and p not in ("margin", "padding")
            ]
            # keep the vertical parts of the shorthands
            vertical: list[dom.Declaration] = []
            for prop in ("margin", "padding"):
                shorthand = [v for p, v in decls if p == prop]
                if shorthand:
                    parts = dom.without_important(shorthand[-1]).split()
                    top = parts[0]
                    bottom = parts[2] if len(parts) >= 3 else top
                    vertical += [(f"{prop}-top", top), (f"{prop}-bottom", bottom)]
            if el.get("hspace"):
                removed.append(("hspace", el.get("hspace", "")))
            el.attrib.pop("hspace", None)
            dom.set_style(el, kept + vertical)
            what = f"removed the side margins of <{el.tag}>"
            before, after = dom.format_style(removed), dom.format_style(vertical)
            # the longhands (margin-left: 180px) before the shorthands: the likelier culprit
            props = sorted((p for p, _ in removed), key=lambda p: p in ("margin", "padding"))
            changes.append(change(rule_ids.WIDE_MARGIN, what, el, before, after, *props))
    for el in dom.elements(root):  # auto side margins centre a block: Amazon's alignment applies
        decls = styles.of(el)
        sides = {**dom.box_sides(decls, "margin")}
        if "auto" in (sides.get("left"), sides.get("right")):
            rest = [(p, v) for p, v in decls if p not in ("margin", "margin-left", "margin-right")]
            margin = [v for p, v in decls if p == "margin"]
            if margin:
                parts = margin[-1].split()
                rest += [
                    ("margin-top", parts[0]),
                    ("margin-bottom", parts[2] if len(parts) > 2 else parts[0]),
                ]
            dom.set_style(el, rest)
            what = f"removed auto side margins of <{el.tag}>"
            before = dom.format_style(
                [(p, v) for p, v in decls if p in ("margin", "margin-left", "margin-right")]
            )
            after = dom.format_style(rest[len(rest) - 2 :] if margin else [])
            auto = ("margin", "margin-left", "margin-right")
            changes.append(change(rule_ids.ALIGNMENT_OVERRIDE, what, el, before, after, *auto))
    return changes


def limit_font_sizes(root: HtmlElement, policy: Policy, m: Measurements) -> list[Change]:
    styles = m.styles
    sizes = dom.font_sizes(root, policy, styles)
    if len(sizes) <= policy.max_font_sizes:
        # few enough, and the <style> blocks are gone: BSM410 counts these; dropping blank
        # blocks after this can only make them fewer
        m.font_sizes = sizes
        return []
    default = round(policy.default_font_size_px, 1)
    others = [s for s, _ in sizes.most_common() if s != default]
    keep = {default, *others[: policy.max_font_sizes - 1]}
    changes = []
    for el in dom.elements(dom.body(root)):
        size = dom.element_font_size(el, policy, styles)
        if size is None or round(size, 1) in keep:
            continue
        decls = [(p, v) for p, v in styles.of(el) if p != "font-size"]
        nearest = min(keep, key=lambda s: abs(s - size))
        after = f"font-size: {nearest:g}px (the default)"
        if nearest != default or policy.implicit_font_size.get(el.tag) or el.tag == "font":
            decls.append(("font-size", f"{nearest:g}px"))
            after = f"font-size: {nearest:g}px"
        dom.set_style(el, decls)
        what = f"set <{el.tag}> from {size:g}px to {nearest:g}px"
        before = f"font-size: {size:g}px"
        rule = rule_ids.TOO_MANY_FONT_SIZES
        changes.append(change(rule, what, el, before, after, "font-size", "font"))
    return changes


def collapse_breaks(root: HtmlElement, policy: Policy, m: Measurements) -> list[Change]:
    changes = []
    limit = policy.max_consecutive_breaks
    runs = dom.break_runs(root, limit)
    if not runs:  # the last step: the message is this tree
        m.break_runs = []
    for run in runs:
        budget = limit
        for el in run:  # a blank paragraph is spacing, never content: dropped, as is a <br>
            if el.tag == "br" and budget > 0:  # past the limit
                budget -= 1
                continue
            el.drop_tree()
        what = f"collapsed {len(run)} line breaks in a row"
        before = f"{len(run)} line breaks"
        after = f"at most {limit}"
        changes.append(change(rule_ids.EXCESS_LINE_BREAKS, what, run[0], before, after))
    return changes


# what the steps after strip_overrides set (style properties, and <img width>)
SET_AFTER_STRIP = frozenset(
    {"width", "max-width", "height", "margin-top", "margin-bottom", "font-size"}
)

STEPS = (
    drop_active_content,
    unwrap_presentational,
    strip_overrides,
    drop_tracking_pixels,
    bound_images,
    bound_margins,
    limit_font_sizes,
    collapse_breaks,
)


def shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def enforce(root: HtmlElement, policy: Policy) -> list[Change]:
    """Make the message follow Amazon's style defaults, in place. Returns what changed."""
    return enforce_measured(root, policy)[0]


def enforce_measured(root: HtmlElement, policy: Policy) -> tuple[list[Change], Measurements]:
    """`enforce`, and what it measured of the message it leaves, for the rules to reuse
    (`Subject.measured`): what each step found, where no step after it can change that."""
    measured = Measurements(Styles())
    changes: list[Change] = []
    for step in STEPS:
        changes.extend(step(root, policy, measured))
    if SET_AFTER_STRIP & (
        policy.removed_properties | policy.colour_attributes | policy.alignment_attributes
    ):  # a policy that forbids what the steps after strip_overrides set: BSM407-411 measure
        measured.style_overrides = None
    return changes, measured

"""The enforcement pass: one walk over the parsed message that makes Amazon's defaults apply.

Each step is a small function over the tree that returns what it changed (a list of `Change`),
so that `bsm check --fix` can say what it did. `enforce` runs them in order.
"""

from __future__ import annotations

from dataclasses import dataclass

from toolkit import dom, rule_ids
from toolkit.dom import HtmlElement
from toolkit.policy import Policy


@dataclass(frozen=True)
class Change:
    rule: str  # the id of the registry's rule this change satisfies
    what: str


def drop_active_content(root: HtmlElement, policy: Policy) -> list[Change]:
    changes: list[Change] = []
    for offence in dom.active_content(root, policy):
        changes.append(Change(offence.rule, f"removed {offence.what}"))
        if offence.attribute:
            offence.element.attrib.pop(offence.attribute, None)
        elif offence.element.getparent() is not None:
            offence.element.drop_tree()
    for style in list(root.iter("style")):  # inlining is done: what is left can only override
        changes.append(Change(rule_ids.FONT_FAMILY_OVERRIDE, "removed a <style> block"))
        style.drop_tree()
    return changes


def unwrap_presentational(root: HtmlElement, policy: Policy) -> list[Change]:
    changes = []
    for el in list(dom.elements(root)):
        if el.tag in policy.unwrap_elements:
            rule = (
                rule_ids.ALIGNMENT_OVERRIDE if el.tag == "center" else rule_ids.FONT_FAMILY_OVERRIDE
            )
            changes.append(Change(rule, f"unwrapped <{el.tag}>"))
            el.drop_tag()
    return changes


def strip_overrides(root: HtmlElement, policy: Policy) -> list[Change]:
    """Font family, line height, colour, alignment and backgrounds go; Amazon's apply."""
    changes: list[Change] = []
    for el in dom.elements(root):
        decls = dom.parse_style(el.get("style"))
        if decls:
            kept: list[dom.Declaration] = []
            for prop, value in decls:
                rule = policy.style_rules.get(prop)
                if rule is not None:
                    changes.append(Change(rule, f"removed {prop}"))
                elif prop in policy.removed_background_properties:
                    what = f"removed {prop} (text colour is Amazon's)"
                    changes.append(Change(rule_ids.FONT_COLOR_OVERRIDE, what))
                elif prop == "font":
                    kept.extend(font_shorthand_kept(value, policy))
                    what = "reduced a font shorthand to size and weight"
                    changes.append(Change(rule_ids.FONT_FAMILY_OVERRIDE, what))
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
                changes.append(Change(attribute_rule(name, policy), f"removed {name}="))
                del el.attrib[attr]
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


def drop_tracking_pixels(root: HtmlElement, policy: Policy) -> list[Change]:
    changes = []
    for img in list(root.iter("img")):
        reason = dom.tracking_reason(img, policy)
        if reason:
            changes.append(Change(rule_ids.TRACKING_PIXEL, f"removed {reason}"))
            img.drop_tree()
    return changes


def bound_images(root: HtmlElement, policy: Policy) -> list[Change]:
    changes = []
    limit = policy.max_image_px
    percent_limit = round(policy.image_max_ratio * 100)
    for img in root.iter("img"):
        width, in_percent = dom.image_width(img, policy)
        decls = [
            (p, v) for p, v in dom.parse_style(img.get("style")) if p not in ("max-width", "height")
        ]
        if width is not None and width > limit + 0.01:
            decls = [(p, v) for p, v in decls if p != "width"]
            if in_percent:
                decls.append(("width", f"{percent_limit}%"))
                img.attrib.pop("width", None)
            else:
                decls.append(("width", f"{int(limit)}px"))
                img.set("width", str(int(limit)))
            img.attrib.pop("height", None)
            what = f"narrowed an image to {percent_limit}% of the width"
            changes.append(Change(rule_ids.OVERSIZED_IMAGE, what))
        # however wide the file is, it never shows wider than 80% of the message
        decls += [("max-width", f"{percent_limit}%"), ("height", "auto")]
        dom.set_style(img, decls)
    return changes


def bound_margins(root: HtmlElement, policy: Policy) -> list[Change]:
    """Cut horizontal margin and padding where the cumulative indentation passes 20%."""
    changes = []
    for _ in range(50):  # each pass fixes the outermost offenders; nesting needs a few
        overflows = dom.margin_overflows(root, policy)
        if not overflows:
            break
        for overflow in overflows:
            el = overflow.element
            decls = dom.parse_style(el.get("style"))
            kept = [
                (p, v)
                for p, v in decls
                if p not in policy.horizontal_box_properties and p not in ("margin", "padding")
            ]
            # keep the vertical parts of the shorthands
            for prop in ("margin", "padding"):
                shorthand = [v for p, v in decls if p == prop]
                if shorthand:
                    parts = dom.without_important(shorthand[-1]).split()
                    top = parts[0]
                    bottom = parts[2] if len(parts) >= 3 else top
                    kept += [(f"{prop}-top", top), (f"{prop}-bottom", bottom)]
            el.attrib.pop("hspace", None)
            dom.set_style(el, kept)
            what = f"removed the side margins of <{el.tag}>"
            changes.append(Change(rule_ids.WIDE_MARGIN, what))
    for el in dom.elements(root):  # auto side margins centre a block: Amazon's alignment applies
        decls = dom.parse_style(el.get("style"))
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
            changes.append(Change(rule_ids.ALIGNMENT_OVERRIDE, what))
    return changes


def limit_font_sizes(root: HtmlElement, policy: Policy) -> list[Change]:
    sizes = dom.font_sizes(root, policy)
    if len(sizes) <= policy.max_font_sizes:
        return []
    default = round(policy.default_font_size_px, 1)
    others = [s for s, _ in sizes.most_common() if s != default]
    keep = {default, *others[: policy.max_font_sizes - 1]}
    changes = []
    for el in dom.elements(dom.body(root)):
        size = dom.element_font_size(el, policy)
        if size is None or round(size, 1) in keep:
            continue
        decls = [(p, v) for p, v in dom.parse_style(el.get("style")) if p != "font-size"]
        nearest = min(keep, key=lambda s: abs(s - size))
        if nearest != default or dict(policy.implicit_font_sizes).get(el.tag) or el.tag == "font":
            decls.append(("font-size", f"{nearest:g}px"))
        dom.set_style(el, decls)
        what = f"set <{el.tag}> from {size:g}px to {nearest:g}px"
        changes.append(Change(rule_ids.TOO_MANY_FONT_SIZES, what))
    return changes


def collapse_breaks(root: HtmlElement, policy: Policy) -> list[Change]:
    changes = []
    limit = policy.max_consecutive_breaks
    for run in dom.break_runs(root, limit):
        budget = limit
        for el in run:
            weight = 1 if el.tag == "br" else 1 + sum(1 for c in el if c.tag == "br")
            if el.tag != "br":  # a blank paragraph is spacing, never content
                el.drop_tree()
                continue
            if budget >= weight:
                budget -= weight
                continue
            el.drop_tree()
        what = f"collapsed {len(run)} line breaks in a row"
        changes.append(Change(rule_ids.EXCESS_LINE_BREAKS, what))
    return changes


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


def enforce(root: HtmlElement, policy: Policy) -> list[Change]:
    """Make the message follow Amazon's style defaults, in place. Returns what changed."""
    changes: list[Change] = []
    for step in STEPS:
        changes.extend(step(root, policy))
    return changes

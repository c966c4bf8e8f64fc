"""The enforcement pass, step by step, on markup a designer or an agency might write."""

from __future__ import annotations

import dataclasses

import pytest

from toolkit import dom
from toolkit.enforce import enforce
from toolkit.policy import Policy, load_policy

POLICY = load_policy()


def run(html: str, policy: Policy = POLICY) -> tuple[str, set[str]]:
    root = dom.parse_html(html)
    changes = enforce(root, policy)
    return dom.serialize(root), {c.rule for c in changes}


def test_overrides_are_removed_and_the_rest_kept() -> None:
    html, rules = run(
        '<p style="font-family: Arial; color: #333; line-height: 1.6; text-align: center; '
        'font-weight: bold; margin: 0 0 12px 0">Hi</p>'
    )
    assert 'style="font-weight: bold; margin: 0 0 12px 0"' in html
    assert rules == {"BSM407", "BSM408", "BSM409", "BSM411"}


def test_font_shorthand_keeps_size_and_weight_only() -> None:
    html, _ = run('<p style="font: italic bold 14px/1.5 Georgia, serif">Hi</p>')
    assert 'style="font-style: italic; font-weight: bold; font-size: 14px"' in html


def test_presentational_markup_is_unwrapped_and_attributes_dropped() -> None:
    html, rules = run(
        '<body text="#111" link="#00f" bgcolor="#eee"><center><font face="Comic Sans MS" '
        'color="red">Hello</font></center><p align="right">Bye</p></body>'
    )
    for gone in ("<center", "<font", "text=", "link=", "bgcolor", "align="):
        assert gone not in html
    assert "Hello" in html and "Bye" in html
    assert {"BSM409", "BSM411"} <= rules


@pytest.mark.parametrize(
    "snippet",
    [
        "<script>alert(1)</script>",
        '<iframe src="https://x.example"></iframe>',
        '<form action="https://x.example"><input name="q"></form>',
        '<object data="x.swf"></object><embed src="x.swf">',
        '<link rel="stylesheet" href="https://x.example/s.css">',
        '<meta http-equiv="refresh" content="0;url=https://x.example">',
    ],
)
def test_active_content_is_dropped(snippet: str) -> None:
    html, rules = run(f"<html><head></head><body><p>Hi</p>{snippet}</body></html>")
    root = dom.parse_html(html)
    assert not dom.active_content(root, POLICY)
    assert "BSM312" in rules and "Hi" in html


def test_event_handlers_and_script_addresses_are_dropped() -> None:
    html, _ = run(
        '<p onclick="x()" onmouseover="y()">Hi <a href=" JaVaScript:alert(1)">a</a>'
        '<img src="javascript:x" alt="x"></p>'
    )
    assert "onclick" not in html and "onmouseover" not in html and "javascript" not in html.lower()


@pytest.mark.parametrize(
    "img",
    [
        '<img src="https://t.example/o.gif" width="1" height="1" alt="">',
        '<img src="https://t.example/o.gif" style="width:0;height:0" alt="">',
        '<img src="https://t.example/logo.png" style="display:none" alt="logo">',
        '<img src="https://cdn.example/a.png?utm_source=newsletter" alt="x">',
        '<img src="https://mail.example/wf/open?upn=abc" alt="">',
    ],
)
def test_tracking_pixels_are_removed(img: str) -> None:
    html, rules = run(f"<p>Hi</p>{img}")
    assert "<img" not in html and rules == {"BSM307"}


def test_a_real_image_is_kept_and_bounded() -> None:
    html, rules = run('<img src="cid:proof" width="900" height="600" alt="Design proof">')
    root = dom.parse_html(html)
    img = next(root.iter("img"))
    width, _ = dom.image_width(img, POLICY)
    assert width == POLICY.max_image_px and img.get("height") is None
    assert "max-width: 80%" in img.get("style", "")
    assert rules == {"BSM406"}
    percent, _ = run('<img src="cid:proof" style="width: 100%" alt="Design proof">')
    assert "width: 80%" in percent


def test_margins_are_bounded_cumulatively() -> None:
    html, rules = run(
        '<div style="padding: 0 80px"><div style="margin-left: 60px">'
        '<p style="padding-left: 10px">deep</p></div></div>'
    )
    root = dom.parse_html(html)
    assert not dom.margin_overflows(root, POLICY)
    assert rules == {"BSM405"}
    assert "80px" in html  # the outer padding fits and stays


def test_auto_margins_do_not_centre_the_message() -> None:
    html, rules = run('<div style="margin: 10px auto; width: 500px">Hi</div>')
    assert "auto" not in html and "margin-top: 10px" in html and "BSM411" in rules


def test_font_sizes_are_limited_to_three_default_counted() -> None:
    html, rules = run(
        "<h1>Title</h1><h2>Sub</h2><p style='font-size: 12px'>small</p>"
        "<p style='font-size: 12px'>small</p><p>normal</p>"
    )
    sizes = dom.font_sizes(dom.parse_html(html), POLICY)
    assert len(sizes) <= POLICY.max_font_sizes and rules == {"BSM410"}
    assert 12.0 in sizes  # the most used sizes are the ones kept


def test_line_breaks_collapse_to_two() -> None:
    html, rules = run("<p>a<br><br><br><br>b</p><p></p><p>&nbsp;</p><p> </p><p>c</p>")
    root = dom.parse_html(html)
    assert not dom.break_runs(root, POLICY.max_consecutive_breaks)
    assert "a<br><br>b" in html and rules == {"BSM412"}


def test_enforcing_twice_changes_nothing() -> None:
    first, _ = run(
        '<center><p style="font: 12px/2 Arial; color: red; padding: 0 300px">Hi<br><br><br>x</p>'
        '<img src="https://x.example/a.png" width="700" alt="a"><h1>t</h1><h2>u</h2>'
        "<h3>v</h3></center>"
    )
    root = dom.parse_html(first)
    assert enforce(root, POLICY) == []
    assert dom.serialize(root) == first


def test_limits_come_from_the_policy() -> None:
    narrow = dataclasses.replace(POLICY, max_width_px=300)
    html, _ = run('<img src="cid:a" width="300" alt="a">', narrow)
    assert 'width="240"' in html

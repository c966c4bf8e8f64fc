"""Links and hosts: one WHATWG parser decides every host question (toolkit/urls.py), allow-list
entries need a registrable domain, and a seller's link that is not https is a finding.

Unit tests of the parser and the host questions, then the rules and the enforcement pass that
ask them, then `bsm check` and `bsm render` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, bsm
from publicsuffixlist import PublicSuffixList

from toolkit import dom, urls
from toolkit.cli import main
from toolkit.errors import InputError
from toolkit.orders import load_document, parse_document
from toolkit.paths import data_dir
from toolkit.pipeline import Toolkit
from toolkit.policy import load_policy

NOW = "2026-11-20T12:00:00Z"
POLICY = load_policy()
SUFFIXES = POLICY.suffixes
AMAZON = POLICY.amazon_hosts


# --- the parser: hosts as a browser reads them ------------------------------------------------


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://evil.com\\@www.amazon.fr/", "evil.com"),  # a backslash ends the host
        ("https://www.amazon.fr@evil.com/", "evil.com"),  # what is before "@" is a user name
        ("https://user:pw@www.amazon.fr/", "www.amazon.fr"),
        ("https://www.amаzon.fr/", "www.xn--amzon-5ve.fr"),  # a Cyrillic a: punycode
        ("https://www.%61mazon.fr/", "www.amazon.fr"),  # percent-decoded, as browsers do
        ("HTTPS://WWW.AMAZON.FR./", "www.amazon.fr"),  # case and the trailing dot
        ("https://ＡＭＡＺＯＮ.fr/", "amazon.fr"),  # full-width letters map to ASCII
        ("https://amazon\u200b.fr/", "amazon.fr"),  # a zero-width space is ignored (IDNA)
        ("https:\\\\evil.com", "evil.com"),
        ("https:/\\evil.com", "evil.com"),
        ("https:evil.com", "evil.com"),
        ("https://evil.com%2f@amazon.fr", "amazon.fr"),  # "evil.com%2f" is the user name
        ("https://www.amazon.fr%2eevil.com/", "www.amazon.fr.evil.com"),
        ("ht\ttps://ama\nzon.fr/", "amazon.fr"),  # tabs and newlines inside are removed
        ("  \x01https://amazon.fr/  ", "amazon.fr"),  # controls and spaces at the ends too
        ("https://[::1]/", "[::1]"),
        ("https://0x7f.1/", "127.0.0.1"),  # every IPv4 spelling is read as dotted decimal
        ("https://2130706433/", "127.0.0.1"),
        ("//evil.com/x", "evil.com"),  # the page's scheme, its own host
        ("\\\\evil.com/x", "evil.com"),
    ],
)
def test_host_as_a_browser_reads_it(url: str, host: str) -> None:
    assert urls.host_of(url) == host


@pytest.mark.parametrize(
    "url",
    ["/gp/help", "#top", "{{action_url}}", "mailto:a@b.nl", "javascript:alert(1)", "cid:logo"],
)
def test_addresses_that_name_no_host(url: str) -> None:
    assert urls.host_of(url) is None


@pytest.mark.parametrize(
    "url",
    ["https://[broken/", "https://a\x00b.com/", "https://evil.com:99999/", "https://%zz.com/"],
)
def test_addresses_no_browser_opens(url: str) -> None:
    assert urls.parse(url) is None


def test_a_lone_surrogate_is_no_address_not_a_crash() -> None:
    assert urls.parse("https://amazon.fr/\ud800") is None


def test_parsed_parts() -> None:
    parsed = urls.parse("HTTPS://user@WWW.Amazon.FR.:8443/gp/Help?utm_source=x#top")
    assert parsed == urls.ParsedUrl(
        href="https://user@www.amazon.fr.:8443/gp/Help?utm_source=x#top",
        scheme="https",
        host="www.amazon.fr",
        host_kind=urls.HostKind.DOMAIN,
        port="8443",
        userinfo=True,
        path="/gp/Help",
        query="utm_source=x",
    )
    relative = urls.parse("/gp/help?x=1")
    assert relative is not None and relative.relative and relative.host == ""
    assert relative.path == "/gp/help" and relative.query == "x=1"
    assert urls.parse("https://[::1]/") == urls.parse("https://[0:0::1]/")
    ip = urls.parse("https://0x7f.1/")
    assert ip is not None and ip.host_kind == urls.HostKind.IPV4


def test_schemes_as_a_browser_reads_them() -> None:
    schemes = {
        url: (p.scheme if (p := urls.parse(url)) else None)
        for url in ("HTTP://x.nl", "ht\ttp://x.nl", " \x01javascript:alert(1)", "//x.nl", "x")
    }
    assert schemes == {
        "HTTP://x.nl": "http",
        "ht\ttp://x.nl": "http",
        " \x01javascript:alert(1)": "javascript",
        "//x.nl": "",
        "x": "",
    }


def test_web_and_link_addresses_read_www_as_a_site() -> None:
    assert urls.web_address("winkel.nl") == urls.parse("https://winkel.nl")
    assert urls.host_of("https://www.evil.com\\@amazon.fr") == "www.evil.com"
    address = urls.web_address("www.evil.com\\@amazon.fr")
    assert address is not None and address.host == "www.evil.com"
    link = urls.link_address("www.example-shop.com/manual")
    assert link is not None and link.host == "www.example-shop.com"


# --- which hosts are allowed ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "allowed"),
    [
        ("amazon.fr", True),
        ("www.amazon.fr", True),
        ("WWW.AMAZON.FR.", True),
        ("m.media-amazon.com", True),
        ("www.amazon.fr.evil.com", False),
        ("evilamazon.fr", False),
        ("amazon.fr.", True),
        ("amazon.fr..", False),
        (".amazon.fr", False),
        ("www.xn--amzon-5ve.fr", False),
        ("127.0.0.1", False),
        ("[::1]", False),
        ("", False),
    ],
)
def test_host_allowed_on_label_boundaries(host: str, allowed: bool) -> None:
    assert urls.host_allowed(host, AMAZON) is allowed


@pytest.mark.parametrize(
    ("url", "amazon"),
    [
        ("https://www.amazon.fr/gp/help", True),
        ("https://www.%61mazon.fr/", True),  # a browser goes to amazon.fr: so is it
        ("HTTPS://WWW.AMAZON.FR./", True),
        ("https://evil.com\\@www.amazon.fr/", False),
        ("https://www.amazon.fr@evil.com/", False),
        ("https://user:pw@www.amazon.fr/", False),  # a user name is never allowed
        ("https://www.amаzon.fr/", False),
        ("https://www.amazon.fr.evil.com/", False),
        ("https://evilamazon.fr/", False),
        ("https://evil.com%2f@amazon.fr", False),
    ],
)
def test_amazon_links(url: str, amazon: bool) -> None:
    parsed = urls.parse(url)
    assert parsed is not None and POLICY.is_amazon_link(parsed) is amazon


@pytest.mark.parametrize(
    ("host", "domain"),
    [
        ("www.amazon.co.uk", "amazon.co.uk"),
        ("amazon.fr.", "amazon.fr"),
        ("planning.slaapwereld.example", "slaapwereld.example"),
        ("a.b.github.io", "b.github.io"),
        ("com", None),
        ("co.uk", None),
        ("github.io", None),
        ("localhost", None),
        ("127.0.0.1", None),
        ("[::1]", None),
        ("*.shop.com", None),
        ("a..shop.com", None),
        ("", None),
    ],
)
def test_registrable_domain(host: str, domain: str | None) -> None:
    assert urls.registrable_domain(host, SUFFIXES) == domain


def test_the_suffix_list_is_the_one_the_package_builds() -> None:
    """load_suffixes encodes only the non-ASCII rules: the same rules (punycode forms included)
    and the same depth as PublicSuffixList() with every rule encoded."""
    ours, theirs = urls.load_suffixes(), PublicSuffixList()
    assert ours._publicsuffix == theirs._publicsuffix
    assert ours._maxlabel == theirs._maxlabel
    assert any(rule.startswith("xn--") for rule in ours._publicsuffix)
    for host in ("xn--bcher-kva.de", "bücher.de", "shop.xn--fiqs8s", "a.b.kawasaki.jp", "foo.com"):
        assert ours.privatesuffix(host) == theirs.privatesuffix(host)


@pytest.mark.parametrize(
    ("entry", "host"),
    [
        ("planning.slaapwereld.example", "planning.slaapwereld.example"),
        ("Shop.Example.COM.", "shop.example.com"),
        ("bücher.de", "xn--bcher-kva.de"),
        ("amazon.com.be", "amazon.com.be"),
    ],
)
def test_allowed_host_entries_are_normalised(entry: str, host: str) -> None:
    assert urls.allowed_host_entry(entry, SUFFIXES) == host


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ("com", "no registrable domain"),
        ("co.uk", "no registrable domain"),
        ("github.io", "no registrable domain"),
        ("*", "wildcard"),
        ("*.shop.example", "wildcard"),
        ("", "empty"),
        ("  ", "empty"),
        ("127.0.0.1", "IP address"),
        ("0x7f.1", "IP address"),
        ("[::1]", "IP address"),
        ("https://shop.example", "expected a host name"),
        ("shop.example/x", "expected a host name"),
        ("evil.com\\@shop.example", "expected a host name"),
        ("shop.example:443", "expected a host name"),
    ],
)
def test_allowed_host_entries_without_a_registrable_domain(entry: str, problem: str) -> None:
    with pytest.raises(urls.HostEntryError, match=problem):
        urls.allowed_host_entry(entry, SUFFIXES)


def test_a_policy_with_a_public_suffix_as_amazon_host_is_refused(tmp_path: Path) -> None:
    text = (data_dir() / "policy.toml").read_text(encoding="utf-8")
    bad = tmp_path / "policy.toml"
    bad.write_text(text.replace('hosts = ["amazon.nl",', 'hosts = ["com", "amazon.nl",'), "utf-8")
    with pytest.raises(InputError) as caught:
        load_policy(bad)
    assert caught.value.source == str(bad) and caught.value.field == "amazon.hosts[0]"
    assert "no registrable domain" in caught.value.problem


def test_a_policy_with_a_marketplace_domain_that_is_no_host_is_refused(tmp_path: Path) -> None:
    text = (data_dir() / "policy.toml").read_text(encoding="utf-8")
    bad = tmp_path / "policy.toml"
    bad.write_text(text.replace('domain = "amazon.fr"', 'domain = "fr"', 1), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_policy(bad)
    assert caught.value.source == str(bad)
    assert caught.value.field == "marketplaces.A13V1IB3VIYZZH.domain"


def test_the_shipped_amazon_hosts_are_normalised() -> None:
    assert "amazon.co.uk" in AMAZON and all(h == h.lower().strip(".") for h in AMAZON)


# --- the rules and the enforcement pass that ask -------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " \x01javascript:alert(1)",  # a browser strips the control character
        "java\tscript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "data: text/html,<p>x</p>",
    ],
)
def test_script_addresses(url: str) -> None:
    assert dom.is_unsafe_url(url, POLICY)


def test_a_data_link_is_removed_from_a_link_and_kept_on_an_image() -> None:
    root = dom.parse_html(
        '<p><a href="data:text/plain,hi">x</a><img src="data:image/png;base64,AAAA" alt="x"></p>'
    )
    offences = dom.active_content(root, POLICY)
    assert [(o.element.tag, o.attribute) for o in offences] == [("a", "href")]


def test_a_beacon_behind_a_backslash_is_a_tracking_pixel() -> None:
    root = dom.parse_html('<p><img src="https://t.example\\open.gif" alt="x" width="80"></p>')
    img = next(root.iter("img"))
    reason = dom.tracking_reason(img, POLICY)
    assert reason == "an image whose address looks like a web beacon (open.gif)"


# --- bsm check: a message file ---------------------------------------------------------------


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str) -> tuple[int, str]:
    page = (
        "<!DOCTYPE html><html><head><title>Your order 302-1234567-7654321</title></head>"
        f"<body><p>Your order 302-1234567-7654321 ships today.</p>{body}</body></html>"
    )
    path = tmp_path / "message.html"
    path.write_text(page, encoding="utf-8")
    code = main(["check", str(path), "--locale", "en-GB", "--format", "json"])
    out = capsys.readouterr().out
    return code, out


def rules_of(out: str) -> set[str]:
    return {row["rule"] for row in json.loads(out)} if out.strip().startswith("[") else set()


@pytest.mark.parametrize(
    ("href", "rule"),
    [
        ("https://evil.com\\@www.amazon.fr/", "BSM302"),
        ("https://www.amazon.fr@evil.com/", "BSM302"),
        ("https://user:pw@www.amazon.fr/", "BSM302"),
        ("https://www.amаzon.fr/", "BSM302"),
        ("https://www.amazon.fr.evil.com/", "BSM302"),
        ("https://evilamazon.fr/", "BSM302"),
        ("https:\\\\evil.com/", "BSM302"),
        ("HT\tTP://www.amazon.fr/gp/help", "BSM301"),
        ("ftp://www.amazon.fr/gp/help", "BSM301"),
        ("file:///etc/passwd", "BSM301"),
        ("\\\\www.amazon.fr/gp/help", "BSM301"),  # a network path: the page's scheme
        ("data:text/plain,hello", "BSM312"),
        (" \x01javascript:alert(1)", "BSM312"),
    ],
)
def test_check_finds_hostile_links(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], href: str, rule: str
) -> None:
    code, out = check(tmp_path, capsys, f'<p><a href="{href}">Your orders on Amazon</a></p>')
    assert code == 1 and rule in rules_of(out), out


@pytest.mark.parametrize(
    "href",
    ["https://www.amazon.fr/gp/help", "https://www.%61mazon.fr/gp/help", "HTTPS://WWW.AMAZON.FR./"],
)
def test_check_passes_amazon_links(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], href: str
) -> None:
    code, out = check(tmp_path, capsys, f'<p><a href="{href}">Your orders on Amazon</a></p>')
    assert code == 0, out


def test_check_finds_an_image_over_http_written_with_a_tab(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = '<p><img src="ht&#9;tp://cdn.example/logo.png" alt="Shop logo" width="80"></p>'
    code, out = check(tmp_path, capsys, body)
    assert code == 1 and "BSM413" in rules_of(out), out


def test_check_with_an_order_whose_allowed_host_is_a_suffix_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    order = order_file(tmp_path, allowed_hosts=["co.uk"])
    message = tmp_path / "m.html"
    message.write_text("<p>Your order 305-2323232-4545454</p>", encoding="utf-8")
    code = main(["check", str(message), "--order", str(order)])
    err = capsys.readouterr().err
    assert code == 2 and str(order) in err and "seller.allowed_hosts[0]" in err
    assert "Traceback" not in err


# --- bsm render: the seller's links and hosts -------------------------------------------------


def order_file(
    tmp_path: Path, *, links: list[dict[str, str]] | None = None, allowed_hosts: Any = None
) -> Path:
    data = json.loads((EXAMPLES / "reply.json").read_text(encoding="utf-8"))
    if links is not None:
        data["message"]["links"] = links
    if allowed_hosts is not None:
        data["seller"]["allowed_hosts"] = allowed_hosts
    path = tmp_path / "order.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def render(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, **kw: Any
) -> tuple[int, str, str]:
    order = order_file(tmp_path, links=[{"text": "Amazon Hilfe", "url": url}], **kw)
    code = main(["render", str(order), "--now", NOW])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("url", "rule"),
    [
        ("javascript:alert(1)", "BSM312"),
        ("JaVaScRiPt:alert(1)", "BSM312"),
        ("vbscript:msgbox(1)", "BSM312"),
        ("data:text/html,<script>alert(1)</script>", "BSM312"),
        ("data:text/plain,hello", "BSM312"),
        ("http://www.amazon.de/gp/help", "BSM301"),
        ("ftp://www.amazon.de/gp/help", "BSM301"),
        ("file:///etc/passwd", "BSM301"),
        ("/gp/help", "BSM301"),
        ("#top", "BSM301"),
        ("//www.amazon.de/gp/help", "BSM301"),
        ("https://[broken/", "BSM301"),
        ("https://evil.com\\@www.amazon.de/", "BSM302"),
        ("https://www.amazon.de@evil.com/", "BSM302"),
        ("https://user:pw@www.amazon.de/", "BSM302"),
        ("https://www.amаzon.de/", "BSM302"),
        ("https://www.amazon.de.evil.com/", "BSM302"),
        ("https://evilamazon.de/", "BSM302"),
    ],
)
def test_render_refuses_links_that_are_not_https_to_amazon(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, rule: str
) -> None:
    code, out, err = render(tmp_path, capsys, url)
    assert code == 1 and "REFUSED" in out, (out, err)
    finding = next(line for line in out.splitlines() if f" {rule} " in line)
    assert "[error]" in finding


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/plain,hello", "/gp/help"])
def test_a_dropped_link_is_named_in_its_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str
) -> None:
    _, out, _ = render(tmp_path, capsys, url)
    assert "[order]:1:1: BSM3" in out and f"message.links[0].url: {url!r}" in out, out


def test_an_http_link_is_said_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = render(tmp_path, capsys, "http://www.amazon.de/gp/help")
    assert out.count("BSM301") == 1, out


@pytest.mark.parametrize(
    "url",
    ["https://www.amazon.de/gp/help", "https://www.%61mazon.de/gp/help", "HTTPS://AMAZON.DE./"],
)
def test_render_accepts_https_links_to_amazon(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str
) -> None:
    code, out, err = render(tmp_path, capsys, url)
    assert code == 0 and " ok" in out.splitlines()[0], (out, err)


def test_a_declared_host_and_its_subdomains_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hosts = ["Planning.Kuechenkram.example"]
    ok = render(tmp_path, capsys, "https://x.planning.kuechenkram.example/a", allowed_hosts=hosts)
    assert ok[0] == 0, ok
    for url in ("https://evilplanning.kuechenkram.example/", "https://kuechenkram.example/"):
        code, out, _ = render(tmp_path, capsys, url, allowed_hosts=hosts)
        assert code == 1 and "BSM302" in out, out


@pytest.mark.parametrize(
    ("hosts", "field", "problem"),
    [
        (["com"], "seller.allowed_hosts[0]", "no registrable domain"),
        (["shop.example", "co.uk"], "seller.allowed_hosts[1]", "no registrable domain"),
        (["*"], "seller.allowed_hosts[0]", "wildcard"),
        (["127.0.0.1"], "seller.allowed_hosts[0]", "IP address"),
        ([""], "seller.allowed_hosts[0]", "empty"),
        (["https://shop.example/"], "seller.allowed_hosts[0]", "expected a host name"),
        ("shop.example", "seller.allowed_hosts", "expected a list of host names"),
        ({}, "seller.allowed_hosts", "expected a list of host names"),
        ([["shop.example"]], "seller.allowed_hosts[0]", "expected a host name"),
    ],
)
def test_render_refuses_allowed_hosts_without_a_registrable_domain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], hosts: Any, field: str, problem: str
) -> None:
    code, _, err = render(tmp_path, capsys, "https://www.amazon.de/", allowed_hosts=hosts)
    assert code == 2 and f"{tmp_path / 'order.json'}: {field}: " in err and problem in err, err
    assert "Traceback" not in err


def test_parse_document_normalises_allowed_hosts(tk: Toolkit) -> None:
    data = json.loads((EXAMPLES / "reply.json").read_text(encoding="utf-8"))
    data["seller"]["allowed_hosts"] = ["Shop.Example.", "bücher.de"]
    doc = parse_document(data, tk.catalog, base_dir=EXAMPLES, suffixes=tk.policy.suffixes)
    assert doc.allowed_hosts == ("shop.example", "xn--bcher-kva.de")
    # without the list given, it is loaded: the same answer
    assert parse_document(data, tk.catalog, base_dir=EXAMPLES).allowed_hosts == doc.allowed_hosts


def test_every_example_still_loads(tk: Toolkit) -> None:
    for path in sorted(EXAMPLES.glob("*.json")):
        load_document(path, tk.catalog, suffixes=tk.policy.suffixes)


# --- through the real entry point -------------------------------------------------------------


def test_cli_check_the_backslash_link_is_not_amazon(tmp_path: Path) -> None:
    path = tmp_path / "m.html"
    path.write_text(
        "<p>Your order 302-1234567-7654321.</p>"
        '<p><a href="https://evil.com\\@www.amazon.fr/">Your orders on Amazon</a></p>',
        encoding="utf-8",
    )
    result = bsm("check", str(path), "--locale", "en-GB")
    assert result.returncode == 1 and "BSM302" in result.stdout
    assert "link to evil.com" in result.stdout


def test_cli_render_a_javascript_link_is_refused(tmp_path: Path) -> None:
    order = order_file(tmp_path, links=[{"text": "Amazon Hilfe", "url": "javascript:alert(1)"}])
    result = bsm("render", str(order), "--now", NOW, "--format", "json")
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert data["refused"] is True
    assert any(
        f["rule"] == "BSM312" and "javascript:alert(1)" in f["message"] for f in data["findings"]
    )


def test_cli_render_an_allowed_host_com_exits_2(tmp_path: Path) -> None:
    order = order_file(tmp_path, allowed_hosts=["com"])
    result = bsm("render", str(order), "--now", NOW)
    assert result.returncode == 2
    assert f"{order}: seller.allowed_hosts[0]" in result.stderr
    assert "Traceback" not in result.stderr

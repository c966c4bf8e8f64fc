"""Hostile input to `bsm check` (issue 9): every reader is capped while it reads, every parse is
time-safe and sees the whole message, bad bytes are an error, --fix never writes through a
link. Each hostile file is built here, in tmp_path; each command runs under a timeout."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import time
import zlib
from email.message import EmailMessage
from pathlib import Path

import pytest
from conftest import ROOT

from toolkit.errors import InputError
from toolkit.reader import (
    MAX_HEADER_CHARS,
    MAX_PARTS,
    load_attachment_kinds,
    read_bytes,
    read_eml,
    title,
)
from toolkit.rules.base import LineIndex
from toolkit.rules.elements import image_size

BSM = [sys.executable, "-m", "toolkit.cli", "check"]
TIMEOUT = 30  # seconds: a hang fails the test instead of the suite
LEAKS = "a@b.nl, call 020 123 4567, <a href='http://x.example/'>x</a> 🚚"
PIXEL = "<img src='https://t.example/p.gif' width='1' height='1' alt=''>"


def bsm(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [*BSM, *args],
        input=stdin.decode("latin-1") if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=TIMEOUT,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def png(width: int, height: int) -> bytes:
    """A PNG header of any size (its pixels are not there: only the header is ever read)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0"))
        + chunk(b"IEND", b"")
    )


def eml(subject: str = "Order 302-1234567-7654321", **headers: str) -> EmailMessage:
    mail = EmailMessage()
    mail["Subject"] = subject
    for name, value in headers.items():
        mail[name.replace("_", "-")] = value
    mail.set_content("Your order 302-1234567-7654321 ships today.")
    return mail


# --- bsm check through the command line -------------------------------------------------------


def test_check_refuses_a_link_to_dev_zero_a_fifo_and_a_huge_sparse_file(tmp_path: Path) -> None:
    (tmp_path / "zero.html").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipe.html")
    with (tmp_path / "big.eml").open("wb") as fh:
        fh.truncate(2 * 1024**3)
    for name, problem in (
        ("zero.html", "character device"),
        ("pipe.html", "FIFO"),
        ("big.eml", "too large for a message"),
    ):
        result = bsm(str(tmp_path / name))
        assert result.returncode == 2, result.stderr
        assert f"{tmp_path / name}: " in result.stderr and problem in result.stderr


def test_check_caps_stdin_while_reading() -> None:
    result = subprocess.run(
        f"head -c 60000000 /dev/zero | {sys.executable} -m toolkit.cli check -",
        shell=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 2
    assert "<stdin>: more than 50,000,000 bytes" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_huge_text_node_hides_nothing(tmp_path: Path) -> None:
    """libxml2 stops at a 10 MB node without huge_tree; here a 12 MB attribute (an inline
    image) comes first, and everything after it is still checked."""
    blob = "A" * 12_000_000
    page = f"<p><img src='data:image/png;base64,{blob}' alt='logo'></p><p>{LEAKS} {PIXEL}</p>"
    path = tmp_path / "huge.html"
    path.write_text(page, encoding="utf-8")
    result = bsm(str(path), "--format", "json")
    for rule in ("BSM301", "BSM307", "BSM308", "BSM309", "BSM403"):
        assert rule in result.stdout, rule


def test_too_much_text_is_refused_loudly(tmp_path: Path) -> None:
    path = tmp_path / "long.html"
    path.write_text(f"<p>{'word ' * 1_000_000}</p><p>{LEAKS}</p>", encoding="utf-8")
    result = bsm(str(path))
    assert result.returncode == 2
    assert f"{path}: the HTML holds 5,000,030 characters of text" in result.stderr


def test_nesting_libxml2_gives_up_on_is_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<div>" * 5000 + LEAKS, encoding="utf-8")
    result = bsm(str(path))
    assert result.returncode == 2
    assert f"{path}: the HTML cannot be read past line 1" in result.stderr


def test_a_stray_byte_is_an_error_with_its_offset(tmp_path: Path) -> None:
    path = tmp_path / "ff.html"
    path.write_bytes("<p>Hello 🚚 ".encode() + b"\xff" + b" there</p>")
    result = bsm(str(path))
    assert result.returncode == 2
    assert f"{path}: the file is not valid UTF-8: byte 0xff at offset 14" in result.stderr


def test_a_declared_charset_is_read_and_fix_writes_it_back(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 :)</p></body></html>'
    path = tmp_path / "cp.html"
    path.write_bytes(page.encode("cp1252"))
    result = bsm(str(path), "--fix")
    assert result.returncode in (0, 1), result.stderr
    fixed = (tmp_path / "cp.fixed.html").read_bytes()
    assert b"Caf\xe9" in fixed and "Café".encode() not in fixed  # cp1252, not mojibake
    assert b":)" not in fixed


def test_title_is_linear() -> None:
    started = time.monotonic()
    assert title("<title>" * 20000) == ""
    assert title("<title>" * 20000 + "</title>").startswith("<title>")
    assert time.monotonic() - started < 1
    assert title("<html><title>Your  order</title>") == "Your order"


def test_many_titles_check_in_seconds(tmp_path: Path) -> None:
    path = tmp_path / "titles.html"
    path.write_text("<title>" * 20000 + "<img " * 20000, encoding="utf-8")
    started = time.monotonic()
    bsm(str(path))
    assert time.monotonic() - started < 15


# --- .eml ------------------------------------------------------------------------------------


def test_a_long_header_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "subject.eml"
    body = b"MIME-Version: 1.0\nContent-Type: text/plain\n\nhello\n"
    path.write_bytes(b"Subject: " + b"ab " * 350_000 + b"\n" + body)
    started = time.monotonic()
    result = bsm(str(path))
    assert time.monotonic() - started < 10
    assert result.returncode == 2
    assert f"{path}: header 'Subject' is 1,050,000 characters long" in result.stderr


def test_rfc2231_parameters_are_capped(tmp_path: Path) -> None:
    params = "; ".join(f"x*{i}=a" for i in range(10_000))
    path = tmp_path / "params.eml"
    path.write_text(f"Subject: hi\nContent-Type: text/plain; {params}\n\nhello\n")
    result = bsm(str(path))
    assert result.returncode == 2
    assert f"{path}: header 'Content-Type'" in result.stderr


def test_deep_nesting_and_many_parts_are_exit_2(tmp_path: Path) -> None:
    nested = "hello\n"
    for i in range(1000):
        nested = f"Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n{nested}\n--b{i}--\n"
    (tmp_path / "nested.eml").write_text("Subject: hi\nMIME-Version: 1.0\n" + nested)
    part = (
        "--B\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=i.pdf\n\nx\n"
    )
    many = "Subject: hi\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=B\n\n"
    (tmp_path / "many.eml").write_text(many + part * 20_000 + "--B--\n")
    for name, problem in (
        ("nested.eml", "1000 MIME boundaries"),
        ("many.eml", "lines that may open a MIME part"),
    ):
        result = bsm(str(tmp_path / name))
        assert result.returncode == 2
        assert f"{tmp_path / name}: " in result.stderr and problem in result.stderr


def test_over_five_attachments_is_bsm303(tmp_path: Path) -> None:
    mail = eml()
    for i in range(6):
        mail.add_attachment(b"%PDF-1.4", "application", "pdf", filename=f"invoice-{i}.pdf")
    path = tmp_path / "six.eml"
    path.write_bytes(mail.as_bytes())
    result = bsm(str(path), "--select", "BSM303")
    assert result.returncode == 1
    assert "6 attachments; a message takes at most 5" in result.stdout


def test_eml_caps_as_units() -> None:
    kinds = load_attachment_kinds()
    long = eml(subject="x" * (MAX_HEADER_CHARS + 1)).as_bytes()
    with pytest.raises(InputError, match="header 'Subject'"):
        read_eml(long, kinds)
    many = eml()
    for i in range(MAX_PARTS):
        many.add_attachment(b"x", "application", "pdf", filename=f"{i}.pdf")
    with pytest.raises(InputError, match=f"more than {MAX_PARTS} MIME parts"):
        read_eml(many.as_bytes(), kinds)
    fine = read_eml(b"Subject: =?utf-8?q?caf=C3=A9?= ok\n\nhi\n", kinds)[0]
    assert fine.subject == "café ok"


def test_a_part_not_in_its_declared_charset_is_an_error() -> None:
    raw = b"Subject: hi\nContent-Type: text/plain; charset=utf-8\n\nHello \xff\n"
    with pytest.raises(InputError, match="the text part is not valid UTF-8: byte 0xff"):
        read_bytes(raw, "m.eml", "eml", load_attachment_kinds())
    latin = b"Subject: hi\nContent-Type: text/plain; charset=iso-8859-1\n\nCaf\xe9\n"
    assert read_bytes(latin, "m.eml", "eml", load_attachment_kinds()).message.text == "Caf\xe9\n"


# --- images ----------------------------------------------------------------------------------


def test_a_decompression_bomb_is_measured_not_skipped(tmp_path: Path) -> None:
    assert image_size(png(60_000, 60_000)) == (60_000, 60_000)
    (tmp_path / "bomb.png").write_bytes(png(60_000, 60_000))
    page = tmp_path / "bomb.html"
    page.write_text("<p>Order 302-1234567-7654321</p><img src='bomb.png' alt='logo'>")
    result = bsm(str(page), "--select", "BSM406")
    assert result.returncode == 1
    assert "an image file 60000px wide" in result.stdout


def test_an_image_beside_the_html_is_read_within_its_cap(tmp_path: Path) -> None:
    (tmp_path / "zero.png").symlink_to("/dev/zero")
    page = tmp_path / "m.html"
    page.write_text("<p>Hi</p><img src='zero.png' alt='logo'>")
    result = bsm(str(page))
    assert result.returncode == 2
    assert f"{tmp_path / 'zero.png'}: a character device" in result.stderr


# --- line and column ------------------------------------------------------------------------


def test_line_index_places_offsets_as_counting_does() -> None:
    text = "ab\ncd\n\nef"
    index = LineIndex.of(text)
    for offset in range(len(text) + 1):
        line = text.count("\n", 0, offset) + 1
        column = offset - text.rfind("\n", 0, offset)
        assert index.line_col(offset) == (line, column)


def test_many_findings_are_located_in_linear_time(tmp_path: Path) -> None:
    path = tmp_path / "emoji.txt"
    path.write_text("Hi\n" + "🚚 x\n" * 100_000, encoding="utf-8")
    started = time.monotonic()
    result = bsm(str(path), "--select", "BSM403")
    assert result.returncode == 1
    assert time.monotonic() - started < 20  # before: 25 s on a loaded machine, quadratic


# --- --fix writes -----------------------------------------------------------------------------


def test_fix_never_follows_a_link_at_the_fixed_name(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    page = tmp_path / "m.html"
    page.write_text("<p>Hello 🚚</p>")
    (tmp_path / "m.fixed.html").symlink_to(victim)
    result = bsm(str(page), "--fix")
    assert result.returncode == 2
    assert f"{tmp_path / 'm.fixed.html'}: is a symbolic link" in result.stderr
    assert victim.read_text() == "keep"


def test_fix_into_out_keeps_two_inputs_of_one_name_apart(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "m.html").write_text(f"<p>From {folder} 🚚</p>")
    out = tmp_path / "out"
    result = bsm(
        str(tmp_path / "a" / "m.html"), str(tmp_path / "b" / "m.html"), "--fix", "--out", str(out)
    )
    assert result.returncode in (0, 1), result.stderr
    assert "From a" in (out / "m.html").read_text()
    assert "From b" in (out / "m-2.html").read_text()

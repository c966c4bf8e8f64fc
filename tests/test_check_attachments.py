"""`bsm check` of an .eml: an attachment's bytes are held against its name and kind (BSM303)."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from toolkit.cli import main

HTML = "<p>Uw factuur voor bestelling 302-1234567-7654321 zit in de bijlage.</p>"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
EXE = b"MZ\x90\x00\x03" + b"\0" * 64


def eml(path: Path, filename: str, content: bytes, mime: str) -> Path:
    mail = EmailMessage()
    mail["Subject"] = "Factuur voor bestelling 302-1234567-7654321"
    mail.set_content("Uw factuur voor bestelling 302-1234567-7654321 zit in de bijlage.")
    mail.add_alternative(HTML, subtype="html")
    maintype, _, subtype = mime.partition("/")
    mail.add_attachment(content, maintype, subtype, filename=filename)
    path.write_bytes(mail.as_bytes())
    return path


def bsm303(path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(["check", str(path), "--format", "json", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, [r["message"] for r in json.loads(out) if r["rule"] == "BSM303"]


def test_a_real_pdf_invoice_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = eml(tmp_path / "m.eml", "factuur.pdf", PDF, "application/pdf")
    assert bsm303(path, capsys, "--type", "invoice") == (0, [])


@pytest.mark.parametrize(
    ("filename", "content", "mime", "words"),
    [
        ("factuur.exe", EXE, "application/octet-stream",
         "factuur.exe is a Windows program; an invoice must be a PDF document"),
        ("factuur.pdf", PNG, "application/pdf", "factuur.pdf is a PNG image, not a PDF document"),
        ("factuur.pdf", b"<html><body>Betaal hier</body></html>", "application/pdf",
         "factuur.pdf is an HTML page, not a PDF document"),
        ("factuur.pdf", PDF, "image/png",
         "factuur.pdf is a PDF document but is declared as image/png"),
    ],
)  # fmt: skip
def test_an_attachment_that_is_not_what_it_says_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], filename: str, content: bytes,
    mime: str, words: str,
) -> None:  # fmt: skip
    path = eml(tmp_path / "m.eml", filename, content, mime)
    for args in ((), ("--type", "invoice")):  # with or without knowing the message type
        code, messages = bsm303(path, capsys, *args)
        assert code == 1 and messages == [words], args

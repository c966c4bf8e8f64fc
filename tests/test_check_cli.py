"""`bsm check`: reading .html .eml .txt, folders and stdin; text and JSON reports; exit codes;
context flags; --select/--ignore; --fix beside the input, into --out, or to stdout."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, ROOT
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from toolkit.cli import main
from toolkit.commands.check import JsonArray
from toolkit.commands.common import terminal_json
from toolkit.ledger import Sent, SqliteLedger

NOW = "2026-11-20T12:00:00Z"
BSM = [sys.executable, "-m", "toolkit.cli"]

BAD_HTML = """<!DOCTYPE html>
<html><head><title>Your order 302-1234567-7654321</title></head>
<body>
<p style="color: #ff6600; font-family: Georgia">Your parcel arrives tomorrow 🚚 :)</p>
<p><a href="https://myshop.example/sale">our shop</a></p>
</body></html>
"""
GOOD_HTML = """<!DOCTYPE html>
<html><head><title>Your order 302-1234567-7654321 will ship later</title></head>
<body><p>Your order 302-1234567-7654321 will ship later than expected.</p></body></html>
"""


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def animated_gif() -> bytes:
    out = io.BytesIO()
    frames = [Image.new("RGB", (20, 20), c) for c in ("red", "blue")]
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100)
    return out.getvalue()


def eml_bytes(html: str, text: str, subject: str, *, attach: bool = True) -> bytes:
    mail = EmailMessage()
    mail["Subject"] = subject
    mail["From"] = "Shop <shop@marketplace.example>"
    mail.set_content(text)
    mail.add_alternative(html, subtype="html")
    html_part = mail.get_payload()[1]
    html_part.add_related(animated_gif(), "image", "gif", cid="<spin@shop>")
    if attach:
        mail.add_attachment(b"%PDF-1.4 catalogue", "application", "pdf", filename="catalogue.pdf")
    return mail.as_bytes()


# --- reports and exit codes ------------------------------------------------------------------


def test_clean_message_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", str(write(tmp_path / "ok.html", GOOD_HTML))], capsys)
    assert code == 0
    assert "1 message(s) checked: no problems." in out


def test_findings_as_lines_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "bad.html", BAD_HTML)
    code, out, _ = run(["check", str(path)], capsys)
    assert code == 1
    lines = out.splitlines()
    assert f"{path}:4:78: BSM403 emoji [error] emoji or emoticon '🚚'" in lines
    assert f"{path}:4:1: BSM409 font-color-override [error] color on <p>" in lines
    assert any(line.startswith(f"{path}:5:4: BSM302 unneeded-external-link") for line in lines)
    assert lines[-1].startswith("5 problem(s) (5 error(s), 0 warning(s)) in 1 of 1 message(s)")
    assert lines[-1].endswith("; 4 fixable with --fix.")


def test_json_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "bad.html", BAD_HTML)
    code, out, _ = run(["check", str(path), "--format", "json"], capsys)
    assert code == 1
    rows = json.loads(out)
    assert {"path", "rule", "name", "severity", "message", "line", "column"} <= set(rows[0])
    emoji = next(r for r in rows if r["rule"] == "BSM403" and "🚚" in r["message"])
    assert emoji == {
        "path": str(path), "rule": "BSM403", "name": "emoji", "severity": "error",
        "message": "emoji or emoticon '🚚'", "part": "html", "line": 4, "column": 78,
        "fixable": True,
    }  # fmt: skip


def test_warnings_alone_exit_zero(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    html = write(tmp_path / "review.html", "<p>Bestellung 305-8888888-9999999</p>")
    delivered = datetime(2026, 11, 12, 10, tzinfo=UTC)
    now = (delivered + timedelta(days=2)).isoformat()
    args = ["check", str(html), "--order", str(EXAMPLES / "review-request.json"), "--now", now]
    code, out, _ = run([*args, "--select", "BSM106"], capsys)
    assert code == 0
    assert "BSM106 review-request-timing [warning] only 2.0 days after delivery" in out


def test_select_and_ignore_by_prefix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(write(tmp_path / "bad.html", BAD_HTML))
    _, out, _ = run(["check", path, "--select", "BSM4", "--format", "json"], capsys)
    assert {r["rule"] for r in json.loads(out)} == {"BSM403", "BSM407", "BSM409"}
    _, out, _ = run(["check", path, "--select", "BSM4", "--ignore", "BSM40,BSM409"], capsys)
    assert "1 message(s) checked: no problems." in out
    code, _, err = run(["check", path, "--select", "XYZ"], capsys)
    assert code == 2 and "--select" in err and "'XYZ' matches no rule" in err


def test_folder_skips_fixed_and_hidden(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "a" / "ok.html", GOOD_HTML)
    write(tmp_path / "a" / "sub" / "bad.txt", "Hi :)")
    write(tmp_path / "a" / "ok.fixed.html", BAD_HTML)
    write(tmp_path / "a" / ".drafts" / "x.html", BAD_HTML)
    write(tmp_path / "a" / "notes.md", BAD_HTML)
    code, out, _ = run(["check", str(tmp_path / "a"), "--format", "json"], capsys)
    assert code == 1
    assert {Path(r["path"]).name for r in json.loads(out)} == {"bad.txt"}


def test_bad_paths_exit_two_and_the_rest_is_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ok = write(tmp_path / "ok.html", GOOD_HTML)
    pdf = write(tmp_path / "x.pdf", "%PDF")
    binary = tmp_path / "bin.html"
    binary.write_bytes(b"\x00\x01\x02<p>")
    empty = tmp_path / "empty"
    empty.mkdir()
    args = ["check", str(tmp_path / "missing.html"), str(pdf), str(binary), str(empty), str(ok)]
    code, out, err = run(args, capsys)
    assert code == 2
    assert "missing.html: no such file or folder" in err
    assert "x.pdf: cannot check .pdf files" in err
    assert "bin.html: a binary file, not a message" in err
    assert "no .eml, .htm, .html, .txt files in this folder" in err
    assert "Traceback" not in err
    assert "1 message(s) checked: no problems." in out


@pytest.mark.parametrize(
    "args,named",
    [
        (["--locale", "xx-??"], "--locale"),
        (["--now", "yesterday"], "--now"),
        (["--out", "somewhere"], "--out"),
        (["--order", "missing.json"], "missing.json"),
        (["--format", "yaml"], "--format"),
    ],
)
def test_usage_errors_exit_two(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], named: str
) -> None:
    code, _, err = run(["check", str(write(tmp_path / "ok.html", GOOD_HTML)), *args], capsys)
    assert code == 2
    assert named in err and "Traceback" not in err


# --- what is read --------------------------------------------------------------------------


def test_eml_parts_images_and_attachments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    html = '<p>Order 302-1234567-7654321</p><p><img src="cid:spin@shop" alt="Design proof"></p>'
    path = tmp_path / "m.eml"
    path.write_bytes(eml_bytes(html, "Order 302-1234567-7654321\n\n\n\nBye", "Hello 🎉"))
    code, out, _ = run(["check", str(path), "--format", "json"], capsys)
    rows = json.loads(out)
    assert code == 1
    by_rule = {r["rule"]: r for r in rows}
    assert by_rule["BSM404"]["message"] == "an animated image (2 frames)"
    assert "catalogue.pdf: not recognisably" in by_rule["BSM303"]["message"]
    assert by_rule["BSM403"]["part"] == "subject"
    assert by_rule["BSM412"]["part"] == "text"
    assert len([r for r in rows if r["rule"] == "BSM303"]) == 1  # the shown image is no attachment


def test_local_images_beside_the_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "spin.gif").write_bytes(animated_gif())
    html = '<p>Order 302-1234567-7654321</p><p><img src="img/spin.gif" alt="Design proof"></p>'
    path = write(tmp_path / "m.html", html)
    _, out, _ = run(["check", str(path), "--select", "BSM404"], capsys)
    assert f"{path}:1:36: BSM404 animated-gif [error] an animated image (2 frames)" in out


def test_txt_with_subject_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "m.txt", "Subject: Order 302-1234567-7654321\n\nWe will ship it today.")
    code, out, _ = run(["check", str(path)], capsys)
    assert code == 0, out
    path = write(tmp_path / "n.txt", "Subject: About your order\n\nWe will ship it today.")
    code, out, _ = run(["check", str(path)], capsys)
    assert code == 1 and "n.txt[subject]:1:1: BSM102 missing-order-id" in out


def test_stdin(tmp_path: Path) -> None:
    done = subprocess.run(
        [*BSM, "check", "-"],
        input=b"<p>Order 302-1234567-7654321 ;-)</p>",
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 1
    assert "<stdin>:1:30: BSM403 emoji [error] emoji or emoticon ';-)'" in done.stdout.decode()


# --- context ---------------------------------------------------------------------------------


def test_context_rules_run_only_when_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english = "<p>Your order 302-1234567-7654321 will ship later than we expected, sorry.</p>"
    path = str(write(tmp_path / "m.html", english))
    code, out, _ = run(["check", path], capsys)
    assert code == 0 and "no problems" in out
    code, out, _ = run(["check", path, "--locale", "nl-NL", "--type", "newsletter"], capsys)
    assert code == 1
    assert "BSM104 wrong-language [error] the html part reads as en" in out
    assert "BSM101 not-permitted-type [error] 'newsletter' is not a permitted reason" in out


def test_order_and_ledger(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger_path = tmp_path / "ledger.sqlite"
    with SqliteLedger.open(ledger_path) as ledger:
        sent_at = datetime(2026, 11, 18, 9, tzinfo=UTC)
        ledger.record(Sent("305-8888888-9999999", "review-request", sent_at, True, True))
    html = write(tmp_path / "r.html", "<p>Bitte bewerten Sie Bestellung 305-8888888-9999999.</p>")
    order = str(EXAMPLES / "review-request.json")
    args = ["check", str(html), "--order", order, "--now", NOW, "--ledger", str(ledger_path)]
    code, out, _ = run([*args, "--select", "BSM105"], capsys)
    assert code == 1
    assert "BSM105 repeat-review-request [error] order 305-8888888-9999999 already had" in out
    code, _, err = run([*args[:-1], str(tmp_path / "none.sqlite")], capsys)
    assert code == 2 and "none.sqlite: no ledger here" in err
    not_a_ledger = write(tmp_path / "x.sqlite", "hello")
    code, _, err = run([*args[:-1], str(not_a_ledger)], capsys)
    assert code == 2 and "x.sqlite: not a ledger database" in err


# --- --fix -----------------------------------------------------------------------------------


def test_fix_beside_the_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "bad.html", BAD_HTML)
    code, out, _ = run(["check", str(path), "--fix"], capsys)
    fixed = tmp_path / "bad.fixed.html"
    assert fixed.is_file()
    assert code == 1  # the link to the seller's shop is for a person to remove
    assert f"fixed {path} -> {fixed}: BSM403 x2, BSM407 x1, BSM409 x1" in out
    assert f"{fixed}:5:4: BSM302 unneeded-external-link" in out
    assert out.splitlines()[-1] == (
        "1 problem(s) (1 error(s), 0 warning(s)) in 1 of 1 message(s) left for a person."
    )
    html = fixed.read_text(encoding="utf-8")
    assert "Your parcel arrives tomorrow</p>" in html
    assert "color" not in html and "Georgia" not in html
    assert path.read_text(encoding="utf-8") == BAD_HTML  # the input is never touched


def test_fix_into_out_keeps_the_folder_layout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "in" / "x" / "a.html", BAD_HTML.replace("<p><a", "<p hidden><a"))
    write(tmp_path / "in" / "b.txt", "Order 302-1234567-7654321 \U0001f600\n\n\n\nBye")
    code, _, _ = run(["check", str(tmp_path / "in"), "--fix", "--out", str(tmp_path / "o")], capsys)
    assert (tmp_path / "o" / "x" / "a.html").is_file()
    assert (tmp_path / "o" / "b.txt").read_text(
        encoding="utf-8"
    ) == "Order 302-1234567-7654321\n\nBye"
    assert code == 1  # the hidden shop link is still a link
    code, _, err = run(
        ["check", str(tmp_path / "in"), "--fix", "--out", str(tmp_path / "in")], capsys
    )
    assert code == 2 and "would overwrite the message itself" in err
    assert "😀" in (tmp_path / "in" / "b.txt").read_text(encoding="utf-8")


def test_fix_eml_keeps_attachments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    html = '<p style="text-align:center">Order 302-1234567-7654321 😀</p>'
    path = tmp_path / "m.eml"
    path.write_bytes(eml_bytes(html, "Order 302-1234567-7654321 😀", "Your order 🎉", attach=True))
    code, out, _ = run(["check", str(path), "--fix", "--ignore", "BSM303,BSM404,BSM311"], capsys)
    assert code == 0, out
    mail = BytesParser(policy=default_policy).parsebytes((tmp_path / "m.fixed.eml").read_bytes())
    assert mail["Subject"] == "Your order"
    body = mail.get_body(("html",))
    assert body is not None
    assert "text-align" not in body.get_content() and "😀" not in body.get_content()
    names = [p.get_filename() for p in mail.iter_attachments()]
    assert "catalogue.pdf" in names


def test_fix_stdin_to_stdout() -> None:
    done = subprocess.run(
        [*BSM, "check", "-", "--fix"],
        input=b'<p style="font-family: Arial">Order 302-1234567-7654321</p>',
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert b"<p>Order 302-1234567-7654321</p>" in done.stdout
    assert "fixed <stdin> -> <stdout>: BSM407 x1" in done.stderr.decode()


def test_fix_json_reports_what_is_left(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "bad.html", BAD_HTML)
    _, out, _ = run(["check", str(path), "--fix", "--format", "json"], capsys)
    rows: list[dict[str, Any]] = json.loads(out)
    assert [(r["path"], r["rule"]) for r in rows] == [(str(tmp_path / "bad.fixed.html"), "BSM302")]


# --- bsm rules -------------------------------------------------------------------------------


def test_rules_lists_and_explains(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["rules"], capsys)
    assert code == 0 and "BSM403  error    fix  emoji" in out
    code, out, _ = run(["rules", "bsm206"], capsys)
    assert code == 0
    assert out.startswith("BSM206 conditional-review-request (error)")
    assert "Why is this bad?" in out and "Use instead" in out


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dictionaries(st.text(), JSON_VALUES, max_size=4), max_size=5))
def test_json_printed_a_finding_at_a_time_is_the_whole_array(items: list[dict[str, Any]]) -> None:
    """`--format json` prints each finding as it is found (a million messages' findings are
    never held): the same characters as the whole array printed at the end, escapes and
    nesting included, and `[]` for none."""
    out = io.StringIO()
    rows = JsonArray(out)
    for item in items:
        rows.add(item)
    rows.close()
    assert out.getvalue() == terminal_json(items, indent=2) + "\n"
    assert json.loads(out.getvalue()) == items

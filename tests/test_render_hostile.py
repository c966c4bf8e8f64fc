"""`bsm render` with hostile order documents: what it writes stays in --out, is written whole
or not at all, never through a link; what it attaches comes from the order's own folders, is
capped, and is what its name and kind say. Every bad input is exit 2 naming the field."""

from __future__ import annotations

import email
import json
import os
import resource
import shutil
import subprocess
import sys
from dataclasses import replace
from email import policy as email_policy
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, NOW, ROOT, bsm

from toolkit.errors import InputError
from toolkit.orders import load_document
from toolkit.output import to_eml, write_outcome
from toolkit.pipeline import Toolkit, render_order

NOW_TEXT = "2026-11-20T12:00:00Z"
INVOICE_ID = "305-1111111-2222222"
INVOICE_PDF = "invoice-305-1111111-2222222.pdf"
BSM = [sys.executable, "-m", "toolkit.cli"]
MEMORY_LIMIT = 1024**3  # address space: a render takes less than 700 MB of it
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def render(order: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    result = bsm("render", str(order), "--now", NOW_TEXT, "--out", str(out), *extra)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def order_file(folder: Path, data: dict[str, Any], name: str = "order.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def invoice_in(folder: Path, content: bytes | None = None, **message: Any) -> Path:
    """The invoice example with its PDF (or `content` under the PDF's name) in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / INVOICE_PDF
    if content is None:
        shutil.copy(EXAMPLES / INVOICE_PDF, pdf)
    else:
        pdf.write_bytes(content)
    data = example("invoice")
    data["message"].update(message)
    return order_file(folder, data)


def files_under(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if not p.is_dir()}


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A folder beside the output folder, with files of the names a hostile type aims at."""
    folder = tmp_path / "victim"
    folder.mkdir()
    for suffix in (".html", ".txt", ".eml", ".json"):
        (folder / f"keep{suffix}").write_text(f"keep {suffix}", encoding="utf-8")
    return folder


def assert_untouched(victim: Path) -> None:
    assert {p.name: p.read_text(encoding="utf-8") for p in victim.iterdir()} == {
        f"keep{s}": f"keep {s}" for s in (".html", ".txt", ".eml", ".json")
    }


# --- what is written: only inside --out ----------------------------------------------------


def test_a_type_that_is_a_path_names_no_file(tmp_path: Path, victim: Path) -> None:
    data = example("delivery-delay")
    data["message"]["type"] = "../../victim/keep"
    order = order_file(tmp_path / "orders", data)
    before = files_under(tmp_path)
    result = render(order, tmp_path / "out")
    assert result.returncode == 1 and "BSM101" in result.stdout
    assert_untouched(victim)
    order_id = data["order"]["AmazonOrderId"]
    assert files_under(tmp_path) - before == {f"out/{order_id}/unknown-type.json"}
    report = json.loads((tmp_path / "out" / order_id / "unknown-type.json").read_text("utf-8"))
    assert report["refused"] is True and report["type"] == "../../victim/keep"


def test_a_type_flag_that_is_a_path_names_no_file(tmp_path: Path, victim: Path) -> None:
    before = files_under(tmp_path)
    result = render(EXAMPLES / "reply.json", tmp_path / "out", "--type", "../../victim/keep")
    assert result.returncode == 1 and "BSM101" in result.stdout
    assert_untouched(victim)
    assert {f.split("/")[0] for f in files_under(tmp_path) - before} == {"out"}


def test_an_order_id_that_is_no_order_number_names_no_folder(tmp_path: Path) -> None:
    data = example("reply")
    data["order"]["AmazonOrderId"] = "305-2323232-4545454\n"
    result = render(order_file(tmp_path / "orders", data), tmp_path / "out")
    assert result.returncode == 2 and "order.AmazonOrderId" in result.stderr
    assert files_under(tmp_path / "out") == set()


def test_write_outcome_refuses_an_order_id_that_is_a_path(tk: Toolkit, tmp_path: Path) -> None:
    doc = load_document(EXAMPLES / "reply.json", tk.catalog)
    doc = replace(doc, order=replace(doc.order, id="../../victim"))
    with pytest.raises(InputError, match=r"order\.AmazonOrderId"):
        write_outcome(render_order(tk, doc, now=NOW), tmp_path / "out", tk.catalog, NOW)
    assert files_under(tmp_path) == set()


def test_an_out_folder_that_is_a_link_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "out").symlink_to(elsewhere)
    result = render(EXAMPLES / "reply.json", tmp_path / "out")
    assert result.returncode == 2 and str(tmp_path / "out") in result.stderr
    assert "symbolic link" in result.stderr
    assert list(elsewhere.iterdir()) == []


def test_an_order_folder_that_is_a_link_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "305-2323232-4545454").symlink_to(elsewhere)
    result = render(EXAMPLES / "reply.json", tmp_path / "out")
    assert result.returncode == 2 and "symbolic link" in result.stderr
    assert list(elsewhere.iterdir()) == []


def test_a_target_file_that_is_a_link_is_refused_and_nothing_is_written(
    tmp_path: Path, victim: Path
) -> None:
    folder = tmp_path / "out" / "305-2323232-4545454"
    folder.mkdir(parents=True)
    (folder / "reply.txt").symlink_to(victim / "keep.txt")
    result = render(EXAMPLES / "reply.json", tmp_path / "out")
    assert result.returncode == 2 and "reply.txt" in result.stderr
    assert "symbolic link" in result.stderr
    assert_untouched(victim)
    assert files_under(folder) == {"reply.txt"}  # no .json claims a message was written


def test_the_refusal_clean_up_deletes_no_link(tmp_path: Path, victim: Path) -> None:
    folder = tmp_path / "out" / INVOICE_ID
    folder.mkdir(parents=True)
    (folder / "invoice.eml").symlink_to(victim / "keep.eml")
    late = bsm(
        "render", str(EXAMPLES / "invoice.json"), "--now", "2027-02-01T00:00:00Z",
        "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert late.returncode == 2 and "invoice.eml" in late.stderr
    assert "Traceback" not in late.stderr
    assert_untouched(victim)
    assert (folder / "invoice.eml").is_symlink()


@pytest.mark.parametrize("kind", ["file", "proc"])
def test_an_unusable_out_is_exit_2_with_the_path(tmp_path: Path, kind: str) -> None:
    if kind == "file":
        out = tmp_path / "out.txt"
        out.write_text("not a folder", encoding="utf-8")
    else:
        out = Path("/proc/bsm-cannot-be-made")
    result = render(EXAMPLES / "reply.json", out)
    assert result.returncode == 2 and str(out) in result.stderr
    assert result.stdout == ""  # said before anything is rendered


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_out_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir(mode=0o500)
    result = render(EXAMPLES / "reply.json", tmp_path / "out")
    assert result.returncode == 2 and "permission denied" in result.stderr


# --- never a half result -------------------------------------------------------------------


BAD_ADDRESSES = [
    "jö@marketplace.amazon.nl",
    "a\0b@marketplace.amazon.nl",
    "someone@example.com",
    "a@marketplace.amazon.nl\nBcc: x@y",
]


@pytest.mark.parametrize("address", BAD_ADDRESSES)
def test_a_bad_buyer_address_stops_only_its_order(tmp_path: Path, address: str) -> None:
    data = example("reply")
    data["order"]["BuyerInfo"]["BuyerEmail"] = address
    bad = order_file(tmp_path / "orders", data)
    out = tmp_path / "out"
    result = bsm(
        "render", str(bad), str(EXAMPLES / "fulfillment-question.json"), "--now", NOW_TEXT,
        "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "order.BuyerInfo.BuyerEmail" in result.stderr and str(bad) in result.stderr
    assert files_under(out) == {
        f"205-9090909-1010101/fulfillment-question{s}" for s in (".html", ".txt", ".eml", ".json")
    }


def test_a_message_that_cannot_be_built_leaves_none_of_its_files(
    tk: Toolkit, tmp_path: Path
) -> None:
    doc = load_document(EXAMPLES / "reply.json", tk.catalog)
    out = tmp_path / "out"
    write_outcome(render_order(tk, doc, now=NOW), out, tk.catalog, NOW)  # an earlier run
    assert len(files_under(out)) == 4
    bad = replace(doc, seller_email="wïnkel@example.nl")  # no ASCII address: no From header
    with pytest.raises(InputError, match=r"seller\.email") as err:
        write_outcome(render_order(tk, bad, now=NOW), out, tk.catalog, NOW)
    assert str(EXAMPLES / "reply.json") in str(err.value)
    assert files_under(out) == set()  # nor the earlier run's, which would claim this one


# --- what is attached: only the order's own files, capped, sniffed -------------------------


@pytest.mark.parametrize(
    "path", ["/proc/self/environ", "/etc/passwd", "../" * 40 + "etc/passwd", "../secret.pdf"]
)
def test_attachments_from_elsewhere_are_refused(tmp_path: Path, path: str) -> None:
    (tmp_path / "secret.pdf").write_bytes(b"%PDF-1.4 secret")
    order = invoice_in(tmp_path / "orders", attachments=[{"path": path, "kind": "invoice"}])
    result = render(order, tmp_path / "out")
    assert result.returncode == 2 and "message.attachments[0].path" in result.stderr
    assert "outside the folders" in result.stderr
    assert files_under(tmp_path / "out") == set()


def test_an_attachment_path_no_file_can_be_named_is_exit_2(tmp_path: Path) -> None:
    """A lone surrogate ("\\ud800" in the JSON) names no file: refused with its field."""
    order = invoice_in(tmp_path / "orders", attachments=[{"path": "\ud800", "kind": "invoice"}])
    result = render(order, tmp_path / "out")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "message.attachments[0].path" in result.stderr
    assert "no file name can hold" in result.stderr
    assert files_under(tmp_path / "out") == set()


def test_a_link_pointing_outside_is_refused_one_inside_is_read(tmp_path: Path) -> None:
    (tmp_path / "secret.pdf").write_bytes(b"%PDF-1.4 secret")
    orders = tmp_path / "orders"
    order = invoice_in(orders, attachments=[{"path": "out.pdf", "kind": "invoice"}])
    (orders / "out.pdf").symlink_to(tmp_path / "secret.pdf")
    result = render(order, tmp_path / "out")
    assert result.returncode == 2 and "outside the folders" in result.stderr
    (orders / "out.pdf").unlink()
    (orders / "out.pdf").symlink_to(orders / INVOICE_PDF)
    assert render(order, tmp_path / "out").returncode == 0


def test_a_folder_named_with_attachments_is_read_from(tmp_path: Path) -> None:
    store = tmp_path / "invoices"
    store.mkdir()
    shutil.copy(EXAMPLES / INVOICE_PDF, store / INVOICE_PDF)
    order = invoice_in(
        tmp_path / "orders", attachments=[{"path": f"../invoices/{INVOICE_PDF}", "kind": "invoice"}]
    )
    assert render(order, tmp_path / "out").returncode == 2
    result = render(order, tmp_path / "out", "--attachments", str(store))
    assert result.returncode == 0, result.stdout + result.stderr
    missing = render(order, tmp_path / "out", "--attachments", str(tmp_path / "nope"))
    assert missing.returncode == 2 and "--attachments" in missing.stderr


@pytest.mark.parametrize("hostile", ["fifo", "folder", "loop", "nul", "long"])
def test_attachments_that_are_no_regular_file_are_exit_2(tmp_path: Path, hostile: str) -> None:
    orders = tmp_path / "orders"
    orders.mkdir()
    name = {"nul": "a\0b.pdf", "long": "x" * 4000}.get(hostile, "thing.pdf")
    if hostile == "fifo":
        os.mkfifo(orders / name)
    elif hostile == "folder":
        (orders / name).mkdir()
    elif hostile == "loop":
        (orders / name).symlink_to(orders / "other.pdf")
        (orders / "other.pdf").symlink_to(orders / name)
    order = invoice_in(orders, attachments=[{"path": name, "kind": "invoice"}])
    result = render(order, tmp_path / "out")  # a FIFO is refused, never waited on
    assert result.returncode == 2 and "message.attachments[0].path" in result.stderr
    assert files_under(tmp_path / "out") == set()


def test_a_huge_sparse_attachment_is_refused_unread(tmp_path: Path) -> None:
    order = invoice_in(tmp_path / "orders", content=b"%PDF-1.4\n")
    os.truncate(tmp_path / "orders" / INVOICE_PDF, 2 * 1024**3)
    result = subprocess.run(
        [*BSM, "render", str(order), "--now", NOW_TEXT, "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT)),
    )  # reading the 2 GB whole would fail under the limit
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    assert result.returncode == 1 and "BSM303" in result.stdout
    assert "over the limit" in result.stdout
    assert files_under(tmp_path / "out") == {f"{INVOICE_ID}/invoice.json"}


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (PNG, "is a PNG image, not a PDF document"),
        (b"<!DOCTYPE html><html><body>Pay here</body></html>", "is an HTML page, not a PDF"),
        (b"MZ\x90\x00\x03" + b"\0" * 60, "is a Windows program, not a PDF document"),
    ],
)
def test_an_attachment_that_is_not_what_it_says_is_refused(
    tmp_path: Path, content: bytes, words: str
) -> None:
    order = invoice_in(tmp_path / "orders", content=content)
    result = render(order, tmp_path / "out", "--format", "json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    messages = [f["message"] for f in report["findings"] if f["rule"] == "BSM303"]
    assert any(f"{INVOICE_PDF} {words}" in m for m in messages), messages
    assert files_under(tmp_path / "out") == {f"{INVOICE_ID}/invoice.json"}


def test_an_exe_named_for_what_it_is_is_no_invoice(tmp_path: Path) -> None:
    orders = tmp_path / "orders"
    order = invoice_in(orders, attachments=[{"path": "factuur.exe", "kind": "invoice"}])
    (orders / "factuur.exe").write_bytes(b"MZ\x90\x00" + b"\0" * 60)
    result = render(order, tmp_path / "out")
    assert result.returncode == 1
    assert "factuur.exe is a Windows program; an invoice must be a PDF document" in result.stdout


def test_the_mime_type_sent_is_the_contents(tk: Toolkit, tmp_path: Path) -> None:
    orders = tmp_path / "orders"
    data = example("custom-design-verification")
    data["message"]["attachments"] = [{"path": "proof.JPG", "kind": "custom-design"}]
    (orders).mkdir()
    (orders / "proof.JPG").write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 64)
    outcome = render_order(tk, load_document(order_file(orders, data), tk.catalog), now=NOW)
    assert not outcome.refused, outcome.findings
    assert outcome.message is not None
    assert [a.mime_type for a in outcome.message.attachments] == ["image/jpeg"]
    write_outcome(outcome, tmp_path / "out", tk.catalog, NOW)
    eml = tmp_path / "out" / data["order"]["AmazonOrderId"] / "custom-design-verification.eml"
    mail = email.message_from_bytes(eml.read_bytes(), policy=email_policy.default)
    assert [a.get_content_type() for a in mail.iter_attachments()] == ["image/jpeg"]


def test_control_characters_in_a_name_never_reach_a_header(tk: Toolkit) -> None:
    doc = load_document(EXAMPLES / "reply.json", tk.catalog)
    doc = replace(doc, order=replace(doc.order, buyer_name="\x1b[31mFenna\x00 de\x85Boer"))
    outcome = render_order(tk, doc, now=NOW)
    assert outcome.message is not None
    raw = to_eml(outcome.message, outcome, NOW)
    mail = email.message_from_bytes(raw, policy=email_policy.default)
    assert mail["To"].addresses[0].display_name == "[31mFenna de Boer"
    assert b"\x1b" not in raw and b"\x00" not in raw

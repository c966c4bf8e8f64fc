"""toolkit.files and toolkit.attachments on their own: atomic writes that never follow a link,
folders made under an output root, reads capped while reading (paths, devices, FIFOs, streams),
attachment paths kept in their folders, the sniffer."""

from __future__ import annotations

import io
import os
import time
import tracemalloc
from pathlib import Path

import pytest

from toolkit.attachments import load_file_types, locate, read_attachment
from toolkit.errors import InputError
from toolkit.files import (
    GroupWrite,
    Stage,
    TooLarge,
    check_name,
    existing_subfolder,
    open_folder,
    open_folders,
    read_capped,
    remove_file,
    subfolder,
    write_atomic,
    write_temp,
)

FILE_TYPES = load_file_types()


def tree(root: Path) -> dict[str, str]:
    """Every entry under `root`: relative path -> what it is (and a file's content)."""
    found = {}
    for path in sorted(root.rglob("*")):
        rel = str(path.relative_to(root))
        if path.is_symlink():
            found[rel] = f"-> {os.readlink(path)}"
        elif path.is_file():
            found[rel] = path.read_text(encoding="utf-8", errors="replace")
        else:
            found[rel] = "dir" if path.is_dir() else "other"
    return found


# --- writing -----------------------------------------------------------------------------


def test_write_atomic_writes_replaces_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "old.txt").write_text("old", encoding="utf-8")
    with open_folder(tmp_path / "out") as out:
        write_atomic(out, "a.txt", b"one")
        path = write_atomic(out, "a.txt", b"two")
        write_atomic(out, "old.txt", b"new")
    assert path == tmp_path / "out" / "a.txt" and path.read_bytes() == b"two"
    assert tree(tmp_path) == {"out": "dir", "out/a.txt": "two", "out/old.txt": "new"}


@pytest.mark.parametrize("name", ["..", ".", "../x", "a/b", "/etc/passwd", "a\0b", "", "a\nb"])
def test_names_that_would_leave_the_folder_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError, match="not a plain file name"):
        check_name(name)
    with open_folder(tmp_path / "out") as out, pytest.raises(InputError):
        write_atomic(out, name, b"x")
    assert tree(tmp_path) == {"out": "dir"}


def test_a_link_at_the_target_is_refused_and_its_target_untouched(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep", encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.txt").symlink_to(victim)
    with open_folder(tmp_path / "out") as out:
        with pytest.raises(InputError, match="symbolic link"):
            write_atomic(out, "a.txt", b"evil")
        with pytest.raises(InputError, match="symbolic link; not removed"):
            remove_file(out, "a.txt")
    assert victim.read_text(encoding="utf-8") == "keep"
    assert (tmp_path / "out" / "a.txt").is_symlink()
    os.mkfifo(tmp_path / "out" / "pipe.txt")
    with open_folder(tmp_path / "out") as out, pytest.raises(InputError, match="a FIFO"):
        write_atomic(out, "pipe.txt", b"x")  # refused at once, never opened and waited on
    assert sorted(os.listdir(tmp_path / "out")) == ["a.txt", "pipe.txt"]  # no temporary left


def test_folders_that_are_links_or_files_are_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "link").symlink_to(elsewhere)
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="symbolic link") as err:
        open_folder(tmp_path / "link")
    assert str(tmp_path / "link") in str(err.value)
    with pytest.raises(InputError, match="not a folder"):
        open_folder(tmp_path / "file")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "order").symlink_to(elsewhere)
    with open_folder(tmp_path / "out") as out:
        with pytest.raises(InputError, match="symbolic link"):
            subfolder(out, "order")
        with pytest.raises(InputError, match="symbolic link"):
            existing_subfolder(out, "order")
        assert existing_subfolder(out, "missing") is None
    assert list(elsewhere.iterdir()) == []


def test_folders_under_a_root_are_made_one_name_at_a_time_never_through_a_link(
    tmp_path: Path,
) -> None:
    with open_folders(tmp_path / "out", ("a", "b")) as folder:
        write_atomic(folder, "m.html", b"x")
    assert tree(tmp_path) == {"out": "dir", "out/a": "dir", "out/a/b": "dir", "out/a/b/m.html": "x"}
    (tmp_path / "real").mkdir()
    (tmp_path / "out" / "sub").symlink_to(tmp_path / "real")
    with pytest.raises(InputError, match="symbolic link") as err:
        open_folders(tmp_path / "out", ("sub", "deeper"))
    assert err.value.source == str(tmp_path / "out" / "sub")
    with pytest.raises(InputError, match="not a plain file name"):
        open_folders(tmp_path / "out", ("..", "x"))
    assert not (tmp_path / "real" / "deeper").exists()


def test_remove_file_deletes_only_regular_files(tmp_path: Path) -> None:
    (tmp_path / "out" / "sub").mkdir(parents=True)
    (tmp_path / "out" / "a.txt").write_text("x", encoding="utf-8")
    with open_folder(tmp_path / "out") as out:
        assert remove_file(out, "a.txt") is True
        assert remove_file(out, "a.txt") is False
        with pytest.raises(InputError, match="a folder; not removed"):
            remove_file(out, "sub")
    assert (tmp_path / "out" / "sub").is_dir()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "ro").mkdir(mode=0o500)
    with pytest.raises(InputError, match="permission denied"):
        open_folder(tmp_path / "ro")


def test_a_folder_that_cannot_be_made_is_refused() -> None:
    with pytest.raises(InputError, match="cannot use as a folder") as err:
        open_folder(Path("/proc/bsm-no-such-folder"))
    assert "/proc/bsm-no-such-folder" in str(err.value)


# --- reading -----------------------------------------------------------------------------


def test_read_capped_stops_at_the_cap_of_a_huge_sparse_file(tmp_path: Path) -> None:
    sparse = tmp_path / "huge.pdf"
    sparse.write_bytes(b"%PDF-1.4\n")
    os.truncate(sparse, 2 * 1024**3)  # 2 GB that take no room on disk
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(TooLarge, match="more than 10,000,000 bytes"):
            read_capped(sparse, 10_000_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 5
    assert peak < 50_000_000  # cap + 1 bytes at most, never the 2 GB


def test_read_capped_reads_regular_files_only(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    assert read_capped(tmp_path / "a.pdf", 8) == b"%PDF-1.4"
    with pytest.raises(TooLarge):
        read_capped(tmp_path / "a.pdf", 7)
    fifo = tmp_path / "fifo.pdf"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="FIFO"):
        read_capped(fifo, 100)  # refused at once: opening it does not wait for a writer
    with pytest.raises(InputError, match="a folder"):
        read_capped(tmp_path, 100)
    (tmp_path / "link.pdf").symlink_to(tmp_path / "a.pdf")
    with pytest.raises(InputError, match="symbolic link"):
        read_capped(tmp_path / "link.pdf", 100, follow_links=False)
    assert read_capped(tmp_path / "link.pdf", 100) == b"%PDF-1.4"  # followed unless refused
    with pytest.raises(InputError, match="character device"):
        read_capped(Path("/dev/zero"), 100)


def test_read_capped_names_the_file_and_the_problem(tmp_path: Path) -> None:
    link = tmp_path / "zero.html"
    link.symlink_to("/dev/zero")
    with pytest.raises(InputError) as err:
        read_capped(link, 1000, "a message")
    assert str(err.value) == f"{link}: a character device, not a regular file"
    (tmp_path / "four.html").write_bytes(b"four")
    with pytest.raises(TooLarge, match="more than 3 bytes: too large for a message") as err:
        read_capped(tmp_path / "four.html", 3, "a message", name="m.html")
    assert err.value.source == "m.html"
    with pytest.raises(InputError, match="cannot read: No such file") as err:
        read_capped(tmp_path / "missing.html", 1000)
    assert err.value.source == str(tmp_path / "missing.html")
    with pytest.raises(InputError, match="cannot read"):
        read_capped(str(tmp_path / "a\0b"), 1000)


def test_read_capped_counts_a_device_while_reading_it_when_asked_to_read_one() -> None:
    with pytest.raises(TooLarge, match="more than 1,000 bytes") as err:
        read_capped("/dev/zero", 1000, "a message", regular_only=False)
    assert err.value.source == "/dev/zero"


def test_read_capped_reads_a_stream_in_chunks_up_to_the_cap() -> None:
    assert read_capped(io.BytesIO(b"x" * 10), 10, name="<stdin>") == b"x" * 10
    with pytest.raises(TooLarge, match="more than 9 bytes") as err:
        read_capped(io.BytesIO(b"x" * 10), 9, name="<stdin>")
    assert err.value.source == "<stdin>"
    endless = io.BufferedReader(io.FileIO("/dev/zero"))
    with endless, pytest.raises(TooLarge):
        read_capped(endless, 5_000_000)  # stops after cap + 1 bytes of a stream without end


# --- where attachments come from ---------------------------------------------------------


@pytest.fixture
def orders(tmp_path: Path) -> Path:
    folder = tmp_path / "orders"
    folder.mkdir()
    (folder / "invoice.pdf").write_bytes(b"%PDF-1.4")
    (folder / "inside.pdf").symlink_to(folder / "invoice.pdf")
    (folder / "outside.pdf").symlink_to("/etc/passwd")
    (folder / "loop-a").symlink_to(folder / "loop-b")
    (folder / "loop-b").symlink_to(folder / "loop-a")
    (tmp_path / "secret.pdf").write_bytes(b"%PDF-secret")
    return folder


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("/proc/self/environ", "outside the folders"),
        ("/etc/passwd", "outside the folders"),
        ("../../../etc/passwd", "outside the folders"),
        ("../" * 40 + "etc/passwd", "outside the folders"),
        ("../secret.pdf", "outside the folders"),
        ("outside.pdf", "outside the folders"),
        ("loop-a", "symbolic link"),
        ("a\0b.pdf", "NUL"),
        ("x" * 4000, "4,000 characters"),
        ("missing.pdf", "no such file"),
    ],
)
def test_attachment_paths_that_leave_the_folder_are_refused(
    orders: Path, raw: str, words: str
) -> None:
    field = "message.attachments[0].path"
    with pytest.raises(InputError, match=words) as err:
        locate(raw, orders, (orders,), field)
    assert err.value.field == field


def test_attachment_paths_inside_the_folders_are_read(orders: Path, tmp_path: Path) -> None:
    field = "message.attachments[0].path"
    assert locate("inside.pdf", orders, (orders,), field) == (orders / "invoice.pdf").resolve()
    secret = locate("../secret.pdf", orders, (orders, tmp_path), field)
    assert read_attachment(secret, (orders, tmp_path), field, 100) == b"%PDF-secret"
    with pytest.raises(InputError, match="outside the folders"):  # checked again on reading
        read_attachment(secret, (orders,), field, 100)


# --- what the bytes are ------------------------------------------------------------------


def test_every_file_type_is_sniffed_as_itself() -> None:
    for ftype in FILE_TYPES.types:
        assert FILE_TYPES.sniff(ftype.sample() + b"\0" * 20) is ftype, ftype.id
    assert FILE_TYPES.sniff(b"\xef\xbb\xbf  \n<!DOCTYPE HTML><p>") is FILE_TYPES.get("html")
    assert FILE_TYPES.sniff(b"hello") is None
    assert FILE_TYPES.sniff(b"") is None


def test_the_mime_type_comes_from_the_content() -> None:
    png = FILE_TYPES.get("png")
    assert png is not None
    assert FILE_TYPES.mime_type(png.sample()) == "image/png"
    assert FILE_TYPES.mime_type(b"MZ\x90\x00") == "application/vnd.microsoft.portable-executable"
    assert FILE_TYPES.mime_type(b"plain words") == "application/octet-stream"


@pytest.mark.parametrize(
    ("filename", "kind", "declared", "content", "expected"),
    [
        ("factuur.pdf", "invoice", "application/pdf", b"%PDF-1.7", None),
        ("factuur.PDF", "invoice", "", b"%PDF-1.7", None),
        ("factuur.pdf", "invoice", "application/pdf", b"\x89PNG\r\n\x1a\n",
         "factuur.pdf is a PNG image, not a PDF document"),
        ("factuur.exe", "invoice", "", b"MZ\x90\x00",
         "factuur.exe is a Windows program; an invoice must be a PDF document"),
        ("factuur.pdf", "invoice", "", b"<html><body>pay here",
         "factuur.pdf is an HTML page, not a PDF document"),
        ("proof.gif", "custom-design", "image/gif", b"GIF89a....", None),
        ("label.exe", "shipping-label", "", b"%PDF-1.4",
         "label.exe is a PDF document, not a Windows program"),
        ("label.bin2", "shipping-label", "", b"%PDF-1.4",
         "label.bin2 is a PDF document but has the extension .bin2: name it .pdf"),
        ("proof.jpg", "custom-design", "image/png", b"\xff\xd8\xff\xe0",
         "proof.jpg is a JPEG image but is declared as image/png"),
    ],
)  # fmt: skip
def test_content_extension_kind_and_declared_type_must_agree(
    filename: str, kind: str, declared: str, content: bytes, expected: str | None
) -> None:
    assert FILE_TYPES.mismatch(filename, kind, declared, content) == expected


def test_a_group_write_writes_each_set_whole_or_not_at_all(tmp_path: Path) -> None:
    """Sets of files written together (a batch's chunk): one that cannot be written (a link
    where a file goes) leaves none of its files and not the link's target changed; the others
    are written; no temporary file is left."""
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep")
    out = tmp_path / "out"
    (out / "b").mkdir(parents=True)
    (out / "b" / "m.txt").symlink_to(elsewhere)
    (out / "c").mkdir()
    (out / "c" / "m.eml").write_text("old, sendable")
    with open_folder(out) as root:
        group = GroupWrite(root)
        a = group.stage("a", {"m.txt": b"A", "m.json": b"{}"}, ["m.txt", "m.eml", "m.json"])
        with pytest.raises(InputError, match="symbolic link"):
            group.stage("b", {"m.txt": b"B"}, ["m.txt"])
        c = group.stage("c", {"m.json": b"refused"}, ["m.txt", "m.eml", "m.json"])
        assert [p.name for p in (out / "a").iterdir() if not p.name.endswith(".tmp")] == []
        group.commit()
    assert a.error is None and c.error is None
    assert {p.name: p.read_bytes() for p in (out / "a").iterdir()} == {
        "m.txt": b"A",
        "m.json": b"{}",
    }
    assert {p.name: p.read_bytes() for p in (out / "c").iterdir()} == {"m.json": b"refused"}
    assert elsewhere.read_text() == "keep"
    assert not list(out.rglob("*.tmp"))


def test_a_link_made_while_a_group_is_written_is_refused(tmp_path: Path) -> None:
    """A link put where a file goes after its set was staged (in a folder the group made, or
    one that was there) fails that set at the rename: none of its files, the link's target
    untouched; the other sets are written."""
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep")
    out = tmp_path / "out"
    (out / "old").mkdir(parents=True)
    with open_folder(out) as root:
        group = GroupWrite(root)
        made = group.stage("new", {"m.txt": b"N", "m.json": b"{}"}, ["m.txt", "m.json"])
        there = group.stage("old", {"m.txt": b"O", "m.json": b"{}"}, ["m.txt", "m.json"])
        fine = group.stage("fine", {"m.txt": b"F"}, ["m.txt"])
        for name in ("new", "old"):
            (out / name / "m.json").symlink_to(elsewhere)
        group.commit()
    assert made.error is not None and there.error is not None and fine.error is None
    for name in ("new", "old"):
        assert [p.name for p in (out / name).iterdir()] == ["m.json"]
        assert (out / name / "m.json").is_symlink()
    assert (out / "fine" / "m.txt").read_bytes() == b"F"
    assert elsewhere.read_text() == "keep"
    assert not list(out.rglob("*.tmp"))


def test_a_group_write_removes_a_killed_writers_temporaries(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "a").mkdir(parents=True)
    stale = out / "a" / ".m.txt.0123456789ab.tmp"
    stale.write_bytes(b"half")
    other = out / "a" / ".notes.txt.0123456789ab.tmp"  # not one of the set's names
    other.write_bytes(b"someone else's")
    with open_folder(out) as root:
        group = GroupWrite(root)
        group.stage("a", {"m.txt": b"A"}, ["m.txt"], clear=True)
        group.commit()
    assert not stale.exists() and other.exists()
    assert (out / "a" / "m.txt").read_bytes() == b"A"


def test_a_stage_its_workers_write_in_and_what_a_killed_run_leaves(tmp_path: Path) -> None:
    """Temporaries written in a worker's part of a run's stage are renamed into place (never
    through a link); the stage of a run that is gone goes, with its parts, a live one stays."""
    import subprocess
    import sys

    out = tmp_path / "out"
    with open_folder(out) as root:
        stage = Stage.create(root, "run1")
        part = subfolder(stage.folder, "123")
        temps = [(write_temp(part, name, name.encode(), sync=False), name) for name in ("a", "b")]
        group = GroupWrite(root)
        group.take("305-0000000-0000000", stage.part("123"), temps, ["a", "b", "c"])
        group.commit()
        part.close()
        assert tree(out / "305-0000000-0000000") == {"a": "a", "b": "b"}
        assert os.listdir(out / ".bsm-stage-run1" / "123") == []
        # a link where a file goes: refused, its temporaries gone, the link's target untouched
        (out / "305-0000000-0000001").mkdir()
        (out / "305-0000000-0000001" / "a").symlink_to(tmp_path / "elsewhere")
        temp = write_temp(stage.part("123"), "a", b"x", sync=False)
        with pytest.raises(InputError, match="symbolic link"):
            group.take("305-0000000-0000001", stage.part("123"), [(temp, "a")], ["a"])
        assert os.listdir(out / ".bsm-stage-run1" / "123") == []
        assert not (tmp_path / "elsewhere").exists()
        # a killed run's stage (another process held its lock, and is gone) is removed
        killed = out / ".bsm-stage-killed"
        (killed / "456").mkdir(parents=True)
        (killed / "456" / ".a.0123.tmp").write_text("half")
        assert Stage.remove_stale(root) == 1  # not our live one
        assert not killed.exists() and (out / ".bsm-stage-run1").is_dir()
        held = subprocess.Popen([sys.executable, "-c", f"""
import fcntl, os, sys, time
fd = os.open({str(out / ".bsm-stage-run1")!r}, os.O_RDONLY)
try:
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
except OSError:
    print("held", flush=True)
"""], stdout=subprocess.PIPE)  # fmt: skip
        assert held.communicate()[0] == b"held\n"  # our stage is locked while we live
        stage.remove(root)
        assert sorted(os.listdir(out)) == ["305-0000000-0000000", "305-0000000-0000001"]

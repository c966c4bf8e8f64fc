"""`bsm render` as a user runs it: exit codes, messages, files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import EXAMPLES, bsm

NOW = "2026-11-20T12:00:00Z"


def test_render_json_and_exit_0() -> None:
    result = bsm(
        "render", str(EXAMPLES / "fulfillment-question.json"), "--now", NOW, "--format", "json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (
        data["type"] == "fulfillment-question"
        and data["refused"] is False
        and data["html"].startswith("<!DOCTYPE html>")
    )


def test_refusal_exits_1_and_names_the_rule() -> None:
    result = bsm("render", str(EXAMPLES / "delivery-delay.json"), "--locale", "ja-JP", "--now", NOW)
    assert result.returncode == 1
    assert "BSM104" in result.stdout and "REFUSED" in result.stdout


def test_bad_input_exits_2_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "order.json"
    data = json.loads((EXAMPLES / "delivery-delay.json").read_text(encoding="utf-8"))
    data["order"]["AmazonOrderId"] = "302-12345-999"
    bad.write_text(json.dumps(data), encoding="utf-8")
    result = bsm("render", str(bad), "--now", NOW)
    assert result.returncode == 2
    assert "order.AmazonOrderId" in result.stderr and str(bad) in result.stderr
    assert "Traceback" not in result.stderr


def test_malformed_locale_and_now_exit_2() -> None:
    order = str(EXAMPLES / "reply.json")
    for args in (("--locale", "xx-!!"), ("--locale", "qq-QQ"), ("--now", "tomorrow")):
        result = bsm("render", order, *args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr and result.stderr.strip()


def test_usage_error_exits_2() -> None:
    result = bsm("render")
    assert result.returncode == 2 and "ORDER.json" in result.stderr
    assert bsm("no-such-command").returncode == 2


def test_a_bad_order_does_not_stop_the_others(tmp_path: Path) -> None:
    good = EXAMPLES / "fulfillment-question.json"
    missing = tmp_path / "missing.json"
    out = tmp_path / "out"
    result = bsm("render", str(missing), str(good), "--now", NOW, "--out", str(out))
    assert result.returncode == 2
    assert "missing.json" in result.stderr
    assert (out / "205-9090909-1010101" / "fulfillment-question.eml").is_file()


def test_out_writes_every_file_and_refusal_removes_stale_ones(tmp_path: Path) -> None:
    out = tmp_path / "out"
    ok = bsm(
        "render",
        str(EXAMPLES / "invoice.json"),
        "--locale",
        "en-GB",
        "--now",
        NOW,
        "--out",
        str(out),
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    folder = out / "305-1111111-2222222"
    assert {p.suffix for p in folder.iterdir()} == {".html", ".txt", ".eml", ".json"}
    late = bsm(
        "render",
        str(EXAMPLES / "invoice.json"),
        "--locale",
        "en-GB",
        "--now",
        "2027-02-01T00:00:00Z",
        "--out",
        str(out),
    )
    assert late.returncode == 1
    assert sorted(p.name for p in folder.iterdir()) == ["invoice.json"]


def test_attachment_paths_are_relative_to_the_document(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "invoice.json", tmp_path / "invoice.json")
    result = bsm("render", str(tmp_path / "invoice.json"), "--now", NOW)
    assert result.returncode == 2
    assert "message.attachments[0].path" in result.stderr


def test_rules_lists_and_explains() -> None:
    listing = bsm("rules")
    assert listing.returncode == 0 and "BSM403" in listing.stdout
    explained = bsm("rules", "bsm206")
    assert explained.returncode == 0
    for section in ("What it does", "Why is this bad?", "Example", "Use instead"):
        assert section in explained.stdout
    assert bsm("rules", "BSM999").returncode == 2


def test_render_with_a_ledger_writes_once_and_records_it(tmp_path: Path) -> None:
    """--out with --ledger: the message is written and recorded; the same order again is not
    written a second time, and says why."""
    out, ledger = tmp_path / "out", tmp_path / "ledger.sqlite"
    args = ("render", str(EXAMPLES / "delivery-delay.json"), "--now", NOW, "--out", str(out))
    first = bsm(*args, "--ledger", str(ledger))
    assert first.returncode == 0, first.stderr
    written = sorted(p.name for p in out.rglob("*") if p.is_file())
    assert written == [f"delivery-delay{s}" for s in (".eml", ".html", ".json", ".txt")]
    again = bsm(*args, "--ledger", str(ledger))
    assert again.returncode == 0, again.stderr
    assert "not written: the ledger has it (done)" in again.stderr
    assert sorted(p.name for p in out.rglob("*") if p.is_file()) == written


def test_one_order_says_what_it_says_among_others() -> None:
    """A render of one order (no exemplar kept: none would serve) prints, and exits, as the
    same order rendered among others (exemplars kept and served)."""
    one = EXAMPLES / "delivery-delay.json"
    others = [str(EXAMPLES / f"{name}.json") for name in ("fulfillment-question", "delivery-delay")]
    alone = bsm("render", str(one), "--now", NOW, "--format", "json")
    among = bsm("render", str(one), *others, "--now", NOW, "--format", "json")
    assert alone.returncode == among.returncode == 0, alone.stderr + among.stderr
    first = json.JSONDecoder().raw_decode(among.stdout)[0]
    assert json.loads(alone.stdout) == first
    assert among.stdout.count(json.dumps(first["subject"], ensure_ascii=False)[1:-1]) >= 2

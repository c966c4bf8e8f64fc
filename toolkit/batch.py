"""One batch run: records in, each claimed, rendered, written and recorded; nothing twice.

The readers (toolkit.inputs) stream records; worker processes (`--jobs N`) validate and render
them (the pipeline, untouched); this process takes their results in input order and, for each
message, claims it in the ledger, writes its files (toolkit.output, atomically) and marks it
generated. So the ledger's decisions (already written, one review request per order, the day's
limit) are taken in one order whatever the number of workers, and `--jobs 2` writes what
`--jobs 1` writes, byte for byte. A run killed at any moment leaves each message either claimed
(by a process that is gone: the next run takes it and writes it again, whole) or generated.

Nothing here knows a file format or a sender.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from toolkit.eml import BodyLines
from toolkit.errors import InputError
from toolkit.files import (
    AtomicStream,
    Folder,
    GroupWrite,
    Stage,
    Staged,
    discard_temporaries,
    open_folder,
    problem,
    subfolder,
    write_temp,
)
from toolkit.freshness import NEVER_AGAIN
from toolkit.inputs import STDIN, BatchData, Record, load_batch_data, purchase_day, read_records
from toolkit.ledger import ClaimResult, MessageKey, SqlLedger, Worker, utc_day
from toolkit.ledger.keys import message_key
from toolkit.ledger.schema import DONE_STATUSES
from toolkit.ledger.store import Claim, ClaimRequest, Completion
from toolkit.model import Severity
from toolkit.orders import OrderDocument, parse_document
from toolkit.output import (
    file_stem,
    order_folder,
    outcome_files,
    outcome_names,
    write_outcome,
)
from toolkit.pipeline import Outcome, Toolkit, render_order
from toolkit.project import Project
from toolkit.workers import in_order

ERRORS_FILE = "errors.jsonl"
LOOKUP_RECORDS = 64  # records whose messages the ledger is asked for at once
PRE_PASS_BATCH = 1000  # order days recorded per transaction
CHUNK_MESSAGES = 256  # results claimed, written, flushed to disk and recorded together
CHUNK_SECONDS = 1.0  # ... or fewer, when the first of them has waited this long
WRITTEN_KINDS = ("rendered", "refused")  # results whose files may be written
REFUSED = "refused"  # a decision: write a refusal's report (nothing sendable, no claim)
TO_CLAIM = "to claim"  # a decision yet to be taken: what the message's claim says

# why a record was skipped (the summary's keys)
ALREADY_WRITTEN = "already written"
DUPLICATE = "a duplicate in the input"
CLAIMED_ELSEWHERE = "claimed by another worker"
REPEAT_REVIEW = "already had a review request (BSM105)"
EXCLUDED = "excluded (--exclude)"
ENDED = "cancelled, refunded or returned"
UNDELIVERED = "not delivered yet"
NO_DELIVERY = "delivery date unknown"
OUTSIDE_REVIEW_WINDOW = "outside the review window (5-30 days after delivery)"


@dataclass(frozen=True)
class Settings:
    """What every worker needs, sent to it once."""

    now: datetime
    message_type: str | None = None
    locale: str | None = None
    exclude: frozenset[str] = frozenset()
    templates: Path | None = None
    locales: Path | None = None
    project: Project | None = None
    stage: Path | None = None  # where a worker writes a message's files (files.Stage)


@dataclass(frozen=True)
class Result:
    """A record, rendered or not, as a worker hands it back (plain data: it crosses processes)."""

    kind: str  # rendered, refused, invalid, skipped
    source: str
    line: int
    order_id: str | None = None
    message_type: str | None = None
    locale: str | None = None
    variant: str = ""
    stem: str = ""
    files: dict[str, bytes] = field(default_factory=dict)  # written by no worker: the bytes
    moves: tuple[tuple[str, str], ...] = ()  # written by a worker: (temporary, name)
    stage_part: str = ""  # ... in its part of the stage
    write_error: str | None = None  # the worker could not write them
    subject: str | None = None
    proactive: bool = False
    review: bool = False
    reason: str | None = None  # skipped: why
    field: str | None = None  # invalid: the field, and the column it came from
    column: str | None = None
    problem: str | None = None
    rules: tuple[str, ...] = ()  # refused: the rules that refused it
    findings: tuple[dict[str, Any], ...] = ()
    content_hash: str = ""  # of `files` (files_hash), computed where they are built

    @property
    def key(self) -> MessageKey:
        return MessageKey(self.order_id or "", self.message_type or "", self.variant)


def files_hash(files: dict[str, bytes]) -> str:
    """The ledger's content_hash of a message's files: SHA-256 over names and bytes."""
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + files[name] + b"\0")
    return digest.hexdigest()


class RecordRenderer:
    """Records into results, with everything loaded once (one per worker process)."""

    def __init__(self, settings: Settings, tk: Toolkit | None = None) -> None:
        self.settings = settings
        self.tk = tk or batch_toolkit(settings)
        self.data: BatchData = load_batch_data()
        self.stage = self.stage_part(settings.stage) if settings.stage else None
        self.writer: ThreadPoolExecutor | None = None  # writes temporaries while we render
        # the .eml's body lines in quoted-printable, kept for the next message (toolkit.eml)
        self.body_lines = BodyLines()

    @staticmethod
    def stage_part(stage: Path) -> Folder:
        """This process's part of the run's stage (files.Stage), made now."""
        with open_folder(stage, create=False) as folder:
            return subfolder(folder, str(os.getpid()))

    def close(self) -> None:
        if self.writer is not None:
            self.writer.shutdown()
        if self.stage is not None:
            self.stage.close()

    def __call__(self, records: list[Record]) -> list[Result]:
        """A worker's task. Each message's temporaries are written by a thread of this process
        while the next message renders: a file's creation often waits for the file system
        (its journal, busy with others' flushes), and the render need not wait with it."""
        if self.stage is None:
            return [self.built(record) for record in records]
        if self.writer is None:
            self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bsm-temps")
        writing = [self.writer.submit(self.staged_result, self.built(r)) for r in records]
        return [future.result() for future in writing]

    def one(self, record: Record) -> Result:
        """A record's result, its files written as temporaries in the stage (if any)."""
        return self.staged_result(self.built(record))

    def staged_result(self, result: Result) -> Result:
        """`result` with its files written as temporaries in the stage, not carried as bytes."""
        if self.stage is None or not result.files:
            return result
        return replace(result, files={}, **self.staged(result.files))

    def built(self, record: Record) -> Result:
        """A record's result, its files (if any) as bytes."""
        where = {"source": record.source, "line": record.line, "order_id": record.order_id}
        if record.error is not None or record.data is None:
            error = record.error or InputError("no document")
            return invalid(record, error)
        try:
            doc = self.parse(record)
        except InputError as err:
            return invalid(record, err)
        where["order_id"] = doc.order.id
        where_type = {**where, "message_type": doc.message_type, "locale": doc.locale}
        reason = self.not_to_write(doc)
        if reason:
            return Result("skipped", reason=reason, **where_type)  # type: ignore[arg-type]
        return self.result(record, doc, self.render(doc), where_type)

    def render(self, doc: OrderDocument) -> Outcome:
        return render_order(self.tk, doc, now=self.settings.now)

    def files_of(self, outcome: Outcome, stem: str) -> dict[str, bytes]:
        """The message's files, name -> bytes (output.outcome_files)."""
        return outcome_files(outcome, self.tk.catalog, self.settings.now, stem, self.body_lines)

    def parse(self, record: Record) -> OrderDocument:
        tk, settings = self.tk, self.settings
        base = Path(record.source).parent if record.source != "<stdin>" else Path.cwd()
        assert record.data is not None
        return parse_document(
            record.data,
            tk.catalog,
            source=record.where,
            base_dir=base,
            message_type=settings.message_type,
            locale=settings.locale,
            seller=tk.project.seller,
            suffixes=tk.policy.suffixes,
        )

    def not_to_write(self, doc: OrderDocument) -> str | None:
        """Why a message is not for today, before it is rendered (None: render it)."""
        if doc.order.id in self.settings.exclude:
            return EXCLUDED
        mtype = self.tk.catalog.get(doc.message_type)
        if mtype is None or not mtype.review:
            return None
        return self.review_skip(doc)

    def review_skip(self, doc: OrderDocument) -> str | None:
        """The daily review-request job: only delivered orders, 5 to 30 days after delivery,
        that were not cancelled, refunded or returned."""
        ended = self.data.ended_statuses
        status = doc.order.status.lower()
        raw_items = doc.raw.get("order", {}).get("OrderItems", [])
        item_statuses = [
            str(item.get("ItemStatus", "")).lower() for item in raw_items if isinstance(item, dict)
        ]
        if status in ended or (item_statuses and all(s in ended for s in item_statuses)):
            return ENDED
        if status in self.data.undelivered_statuses:
            return UNDELIVERED
        if doc.delivered_at is None:
            return NO_DELIVERY
        days = (self.settings.now - doc.delivered_at).total_seconds() / 86400
        policy = self.tk.policy
        if not policy.review_min_days <= days <= policy.review_max_days:
            return OUTSIDE_REVIEW_WINDOW
        return None

    def result(
        self, record: Record, doc: OrderDocument, outcome: Outcome, where: dict[str, Any]
    ) -> Result:
        tk = self.tk
        key = message_key(doc)
        stem = file_stem(outcome, tk.catalog)
        if key.variant:
            stem = f"{stem}-{key.variant}"
        mtype = tk.catalog.get(doc.message_type)
        try:
            order_folder(outcome)
            files = self.files_of(outcome, stem)
        except InputError as err:
            return invalid(record, err, order_id=doc.order.id)
        common = {
            **where,
            "variant": key.variant,
            "stem": stem,
            "content_hash": files_hash(files),
            "files": files,
            "proactive": bool(mtype and mtype.proactive),
            "review": bool(mtype and mtype.review),
        }
        if outcome.refused:
            errors = [f for f in outcome.findings if f.severity == Severity.ERROR]
            rules = tuple(dict.fromkeys(f.rule for f in errors)) or ("BSM101",)
            return Result(
                "refused",
                rules=rules,
                problem="; ".join(f.message for f in errors[:3]),
                findings=tuple(f.as_dict() for f in errors),
                **common,
            )
        subject = outcome.message.subject if outcome.message else None
        return Result("rendered", subject=subject, **common)

    def staged(self, files: dict[str, bytes]) -> dict[str, Any]:
        """A message's files for the batch process: written here as temporaries in the stage
        (not flushed: the batch flushes them all at once), else their bytes."""
        if self.stage is None:
            return {"files": files}
        moves: list[tuple[str, str]] = []
        for target, data in files.items():
            try:
                moves.append((write_temp(self.stage, target, data, sync=False), target))
            except (OSError, InputError) as err:
                discard_temporaries(self.stage, [temp for temp, _ in moves])
                text = err.problem if isinstance(err, InputError) else problem(err)
                return {"write_error": f"cannot write {target}: {text}"}
        return {"moves": tuple(moves), "stage_part": self.stage.path.name}


def batch_toolkit(settings: Settings) -> Toolkit:
    """A batch's Toolkit: its templates and catalogs read once and never looked at again
    (nothing edits them while a batch runs: every message from the same ones)."""
    return Toolkit.load(
        templates=settings.templates,
        locales=settings.locales,
        project=settings.project,
        freshness=NEVER_AGAIN,
    )


def invalid(record: Record, err: InputError, order_id: str | None = None) -> Result:
    column = record.column_of(err.field)
    return Result(
        "invalid",
        source=record.source,
        line=column[1] if column else record.line,
        order_id=order_id or record.order_id,
        field=err.field,
        column=column[0] if column else None,
        problem=err.problem,
    )


def write_recorded(
    ledger: SqlLedger, worker: Worker, outcome: Outcome, out: Path, tk: Toolkit, now: datetime
) -> ClaimResult:
    """`bsm render --out --ledger`: one rendered message claimed, written and recorded as a
    batch does it; nothing is written when the ledger has it already (the result says why)."""
    doc = outcome.doc
    mtype = tk.catalog.get(doc.message_type)
    key = message_key(doc)
    limit = ledger.daily_limit(tk.policy.daily_limit_per_order, tk.policy.daily_limit_base)
    claim = ledger.claim(
        key, worker, day=utc_day(now), proactive=bool(mtype and mtype.proactive),
        review=bool(mtype and mtype.review), locale=doc.locale, limit=limit,
    )  # fmt: skip
    if not claim.won:
        return claim.result
    try:
        written = write_outcome(outcome, out, tk.catalog, now)
    except InputError:
        ledger.release(key, worker)
        raise
    content_hash = files_hash({path.name: path.read_bytes() for path in written})
    stem = file_stem(outcome, tk.catalog)
    subject = outcome.message.subject if outcome.message else None
    ledger.complete(key, worker, content_hash=content_hash,
                    files=str(out / doc.order.id / stem), subject=subject)  # fmt: skip
    return claim.result


# --- the worker processes ------------------------------------------------------------------

# A process pool gives a worker no other place to keep what it loaded: this is set once in each
# worker process (never in the main one) by `start_worker`.
_WORKER: RecordRenderer | None = None


def start_worker(
    settings: Settings, renderer: type[RecordRenderer], tk: Toolkit | None = None
) -> None:
    """A worker's start. A fork of the batch process gets its Toolkit as `tk` (nothing to
    import or load again); a spawned worker loads its own."""
    global _WORKER
    _WORKER = renderer(settings, tk)


def render_in_worker(records: list[Record]) -> list[Result]:
    assert _WORKER is not None, "start_worker runs first"
    return _WORKER(records)


def rendered_in_order(
    records: Iterable[Record],
    settings: Settings,
    jobs: int,
    tk: Toolkit | None = None,
    ready: Callable[[], None] | None = None,
    renderer: type[RecordRenderer] = RecordRenderer,
) -> Iterator[Result]:
    """Each record's result, in input order; `jobs` processes render (1: this one). `ready`
    runs before the first result is taken: with workers, once they have work, so that what it
    does (the batch's pass over its inputs) overlaps their start and first renders."""
    if jobs <= 1:
        if ready is not None:
            ready()
        one = renderer(settings, tk)
        try:
            for record in records:
                yield one.one(record)
        finally:
            one.close()
        return
    # a forked worker inherits the ledger's connection too, but never uses it: it renders and
    # writes its temporaries only, and ends by os._exit (no close, no checkpoint)
    yield from in_order(
        records, render_in_worker, jobs, start_worker,
        lambda forked: (settings, renderer, tk if forked else None), ready,
    )  # fmt: skip


# --- the run --------------------------------------------------------------------------------


@dataclass
class Chunk:
    """Results decided together: each one's error lines and decision (what to write)."""

    results: list[Result]
    lines: list[list[bytes]]
    decisions: list[str | None]
    keys: set[MessageKey]  # the messages it may write
    written: Future[dict[int, Staged]] | None = None


def write_chunk(chunk: Chunk, out: Folder, stage: Stage | None = None) -> dict[int, Staged]:
    """The files of a chunk's messages to write, as one group (GroupWrite: temporaries, one
    flush to disk, renames, one flush); by result index, each with its error if it failed.
    The temporaries of a message not to be written go. Runs in the writer thread: it touches
    files only, never the ledger or the summary."""
    group = GroupWrite(out)
    staged: dict[int, Staged] = {}
    for i, (result, decision) in enumerate(zip(chunk.results, chunk.decisions, strict=True)):
        if decision is None:
            if result.moves and stage is not None:
                with contextlib.suppress(InputError):
                    temps = [temp for temp, _ in result.moves]
                    discard_temporaries(stage.part(result.stage_part), temps)
            continue
        name, names = result.order_id or "", outcome_names(result.stem)
        clear = decision != ClaimResult.CLAIMED  # a killed run's temporaries
        try:
            if result.write_error is not None:
                raise InputError(result.write_error)
            if result.moves and stage is not None:
                source = stage.part(result.stage_part)
                staged[i] = group.take(name, source, result.moves, names, clear=clear)
            else:
                staged[i] = group.stage(name, result.files, names, clear=clear)
        except InputError as err:
            staged[i] = Staged(out, (), [], error=err)
    group.commit()
    return staged


@dataclass
class Summary:
    """What a batch run did, counted, as it reports at the end."""

    records: int = 0
    rendered: int = 0
    refused: int = 0
    invalid: int = 0
    held: int = 0
    unwritable: int = 0
    refused_by_rule: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    by_type: dict[str, Counter[str]] = field(default_factory=dict)
    retaken: int = 0
    day: str = ""
    daily_limit: int | None = None
    proactive_today: int = 0
    unreadable: list[str] = field(default_factory=list)

    def count(self, message_type: str | None, what: str) -> None:
        self.by_type.setdefault(message_type or "?", Counter())[what] += 1

    @property
    def exit_code(self) -> int:
        if self.invalid or self.unwritable or self.unreadable:
            return 2
        return 1 if self.refused else 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "rendered": self.rendered,
            "refused": self.refused,
            "refused_by_rule": dict(sorted(self.refused_by_rule.items())),
            "invalid": self.invalid,
            "held": self.held,
            "unwritable": self.unwritable,
            "skipped": sum(self.skipped.values()),
            "skipped_by_reason": dict(sorted(self.skipped.items())),
            "by_type": {t: dict(sorted(c.items())) for t, c in sorted(self.by_type.items())},
            "rewritten_after_a_crash": self.retaken,
            "day": self.day,
            "daily_limit": self.daily_limit,
            "proactive_today": self.proactive_today,
            "exit_code": self.exit_code,
        }


@dataclass
class Batch:
    """One run over some inputs into `out`, recorded in `ledger`."""

    inputs: list[str]
    out: Path
    ledger: SqlLedger
    settings: Settings
    jobs: int = 1
    worker: Worker = field(default_factory=Worker)
    progress: Callable[[Summary], None] | None = None
    tk: Toolkit | None = None
    summary: Summary = field(default_factory=Summary)
    renderer: type[RecordRenderer] = RecordRenderer  # what each worker renders with

    def run(self) -> Summary:
        tk = self.tk or batch_toolkit(self.settings)
        data = load_batch_data()
        summary = self.summary
        summary.day = utc_day(self.settings.now)

        def take_limit() -> None:  # before the first claim, while the workers start
            self.count_daily_orders(tk, data)
            summary.daily_limit = self.ledger.daily_limit(
                tk.policy.daily_limit_per_order, tk.policy.daily_limit_base
            )

        with open_folder(self.out) as out:
            AtomicStream.remove_stale(out, ERRORS_FILE)  # a killed run's
            Stage.remove_stale(out)
            errors = AtomicStream(out, ERRORS_FILE)
            stage = Stage.create(out, self.worker.run_id)
            try:
                records = self.records(tk, data, count_days=STDIN in self.inputs)
                settings = replace(self.settings, stage=stage.path)
                results = rendered_in_order(
                    records, settings, self.jobs, tk, take_limit, self.renderer
                )
                self.take_all(self.chunked(results), out, errors, stage)
            except BaseException:
                errors.discard()
                raise
            finally:
                stage.remove(out)
            errors.commit()
        summary.proactive_today = self.ledger.proactive_sent_on(summary.day)
        return summary

    def records(self, tk: Toolkit, data: BatchData, *, count_days: bool) -> Iterator[Record]:
        """Every input's records, less those the ledger already has (not rendered again)."""
        for name in self.inputs:
            group: list[Record] = []
            for record in read_records(name, tk.policy, tk.catalog, data):
                self.summary.records += 1
                if record.line == 0 and record.error is not None:  # the input itself
                    self.summary.unreadable.append(str(record.error))
                if count_days and record.source == "<stdin>":
                    day = purchase_day(record.data)
                    if day:
                        self.ledger.add_order_days([day])
                group.append(record)
                if len(group) >= LOOKUP_RECORDS or record.source == "<stdin>":
                    yield from self.not_done(tk, group)
                    group = []
            yield from self.not_done(tk, group)

    def not_done(self, tk: Toolkit, records: list[Record]) -> list[Record]:
        """Those records that need rendering: the others' messages are in the ledger already
        (asked for the group at once)."""
        keys = [self.known_key(tk, record) for record in records]
        rows = self.ledger.rows_of([key for key in keys if key is not None])
        review_orders = self.ledger.review_orders(
            key.order_id
            for key in keys
            if key is not None and key not in rows and self.is_review(tk, key)
        )
        wanted = []
        for record, key in zip(records, keys, strict=True):
            reason = None
            if key is not None:
                status, _, _, run_id = rows.get(key, (None, None, None, None))
                if status in DONE_STATUSES:
                    reason = DUPLICATE if run_id == self.worker.run_id else ALREADY_WRITTEN
                elif status is None and key.order_id in review_orders:
                    reason = REPEAT_REVIEW
            if reason:
                self.summary.skipped[reason] += 1
                self.summary.count(key.message_type if key else None, "skipped")
            else:
                wanted.append(record)
        return wanted

    def known_key(self, tk: Toolkit, record: Record) -> MessageKey | None:
        """A record's message key when it can be told before rendering (not a reply's: its key
        needs its parsed text)."""
        data = record.data
        if data is None or not record.order_id:
            return None
        message = data.get("message")
        mtype_id = self.settings.message_type or (
            message.get("type") if isinstance(message, dict) else None
        )
        mtype = tk.catalog.get(mtype_id) if isinstance(mtype_id, str) else None
        if mtype is None or mtype.id == "reply":
            return None
        return MessageKey(record.order_id, mtype.id)

    @staticmethod
    def is_review(tk: Toolkit, key: MessageKey) -> bool:
        mtype = tk.catalog.get(key.message_type)
        return bool(mtype and mtype.review)

    def count_daily_orders(self, tk: Toolkit, data: BatchData) -> None:
        """The inputs' orders by purchase day, into the ledger before the limit is taken
        (standard input is read once: its orders are counted as they come)."""
        batch: list[tuple[str, str]] = []
        for name in self.inputs:
            if name == STDIN:
                continue
            for record in read_records(name, tk.policy, tk.catalog, data):
                day = purchase_day(record.data)
                if day:
                    batch.append(day)
                if len(batch) >= PRE_PASS_BATCH:
                    self.ledger.add_order_days(batch)
                    batch = []
        if batch:
            self.ledger.add_order_days(batch)

    # --- a chunk of results: claimed, written and recorded together -------------------------

    def chunked(self, results: Iterable[Result]) -> Iterator[list[Result]]:
        """Results in input order, a chunk at a time: CHUNK_MESSAGES of them, or fewer when the
        oldest has waited CHUNK_SECONDS, or when a message comes again (the first is recorded
        before the second is looked up, as one at a time would)."""
        chunk: list[Result] = []
        keys: set[MessageKey] = set()
        started = time.monotonic()
        for result in results:
            if result.kind in WRITTEN_KINDS and result.key in keys:
                yield chunk
                chunk, keys = [], set()
            if not chunk:
                started = time.monotonic()
            chunk.append(result)
            if result.kind in WRITTEN_KINDS:
                keys.add(result.key)
            if len(chunk) >= CHUNK_MESSAGES or time.monotonic() - started >= CHUNK_SECONDS:
                yield chunk
                chunk, keys = [], set()
        if chunk:
            yield chunk

    def take_all(
        self,
        chunks: Iterable[list[Result]],
        out: Folder,
        errors: AtomicStream,
        stage: Stage | None = None,
    ) -> None:
        """Each chunk claimed here, its files written by a thread of their own while the next
        chunk is claimed (the file system's waits overlap this process's work), then recorded
        here. A chunk that holds a message of the one in flight waits for it to be recorded."""
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="bsm-write") as writer:
            previous: Chunk | None = None
            for results in chunks:
                keys = {r.key for r in results if r.kind in WRITTEN_KINDS}
                if previous is not None and not keys.isdisjoint(previous.keys):
                    self.finish(previous, errors)
                    previous = None
                chunk = self.claim_chunk(results, keys)
                chunk.written = writer.submit(write_chunk, chunk, out, stage)
                if previous is not None:
                    self.finish(previous, errors)
                previous = chunk
            if previous is not None:
                self.finish(previous, errors)

    def claim_chunk(self, results: list[Result], keys: set[MessageKey]) -> Chunk:
        """One transaction decides the chunk's messages, claims included (in input order: the
        ledger's decisions are those of one at a time)."""
        chunk = Chunk(results, [[] for _ in results], [], keys)
        with self.ledger.transaction():
            first = [self.decide(r, chunk.lines[i]) for i, r in enumerate(results)]
            requests = [
                ClaimRequest(r.key, r.proactive, r.review, r.locale)
                for r, decision in zip(results, first, strict=True)
                if decision == TO_CLAIM
            ]
            claims = iter(
                self.ledger.claim_many(
                    requests, self.worker, day=self.summary.day, limit=self.summary.daily_limit
                )
            )
            chunk.decisions = [
                self.claimed(r, next(claims), chunk.lines[i]) if decision == TO_CLAIM else decision
                for i, (r, decision) in enumerate(zip(results, first, strict=True))
            ]
        return chunk

    def finish(self, chunk: Chunk, errors: AtomicStream) -> None:
        """A chunk whose files are written: one transaction records them generated (or gives
        back the claims of those that could not be written); its error lines, in order."""
        assert chunk.written is not None
        staged = chunk.written.result()
        completions: list[Completion] = []
        with self.ledger.transaction():
            for i, result in enumerate(chunk.results):
                if i in staged:
                    done = self.record(result, chunk.decisions[i], staged[i].error, chunk.lines[i])
                    if done is not None:
                        completions.append(done)
            self.ledger.complete_many(completions, self.worker)
        for pieces in chunk.lines:
            for line in pieces:
                errors.write(line)
        if self.progress is not None:
            self.progress(self.summary)

    def decide(self, result: Result, lines: list[bytes]) -> str | None:
        """What becomes of a result: its files written (REFUSED for a refusal's report),
        nothing (None), or TO_CLAIM: what its claim says (`claimed`). Counted and said in
        `lines` as one at a time."""
        summary = self.summary
        if result.kind == "invalid":
            summary.invalid += 1
            lines.append(self.error_line(result, "invalid"))
            return None
        if result.kind == "skipped":
            summary.skipped[result.reason or "?"] += 1
            summary.count(result.message_type, "skipped")
            return None
        # never overwrite what was written: a claim says so too (DONE), but a refusal claims
        # nothing, and a review request's claim asks BSM105 first
        row = self.ledger.get(result.key) if result.kind == "refused" or result.review else None
        if row is not None and row.status in DONE_STATUSES:
            reason = DUPLICATE if row["run_id"] == self.worker.run_id else ALREADY_WRITTEN
            summary.skipped[reason] += 1
            summary.count(result.message_type, "skipped")
            return None
        if result.kind == "refused":
            summary.refused += 1
            summary.refused_by_rule.update(result.rules)
            summary.count(result.message_type, "refused")
            lines.append(self.error_line(result, "refused"))
            return REFUSED  # its report, as `bsm render --out` writes it (and nothing sendable)
        return TO_CLAIM

    def claimed(self, result: Result, claim: Claim, lines: list[bytes]) -> str | None:
        """A result's claim decided: its files written (CLAIMED or RETAKEN) or nothing."""
        summary = self.summary
        if claim.won:
            return claim.result
        lost = {
            ClaimResult.DONE: DUPLICATE if claim.run_id == self.worker.run_id else ALREADY_WRITTEN,
            ClaimResult.BUSY: CLAIMED_ELSEWHERE,
            ClaimResult.REPEAT_REVIEW: REPEAT_REVIEW,
        }.get(claim.result)
        if lost is None:  # the day's limit: held back, written on a later day's run
            summary.held += 1
            summary.count(result.message_type, "held")
            lines.append(self.error_line(result, "held"))
        else:
            summary.skipped[lost] += 1
            summary.count(result.message_type, "skipped")
        return None

    def record(
        self,
        result: Result,
        decision: str | None,
        error: InputError | None,
        lines: list[bytes],
    ) -> Completion | None:
        """A written message, to be recorded generated (in the chunk's second transaction);
        one whose files could not be written gives its claim back."""
        if decision == ClaimResult.RETAKEN:
            self.summary.retaken += 1
        if error is not None:
            if decision != REFUSED:
                self.ledger.release(result.key, self.worker)
            self.unwritable(result, error, lines)
            return None
        if decision == REFUSED:
            return None
        self.summary.rendered += 1
        self.summary.count(result.message_type, "rendered")
        files = os.path.join(self.out, result.order_id or "", result.stem)
        return Completion(result.key, result.content_hash, files, result.subject)

    def unwritable(self, result: Result, err: InputError, lines: list[bytes]) -> None:
        self.summary.unwritable += 1
        failed = Result(
            "invalid",
            result.source,
            result.line,
            result.order_id,
            result.message_type,
            problem=str(err),
        )
        lines.append(self.error_line(failed, "unwritable"))

    def error_line(self, result: Result, kind: str) -> bytes:
        line: dict[str, Any] = {
            "kind": kind,
            "file": result.source,
            "line": result.line,
            "order": result.order_id,
            "type": result.message_type,
            "field": result.field,
            "column": result.column,
            "problem": result.problem,
            "rules": list(result.rules),
        }
        if kind == "held":
            limit = self.summary.daily_limit
            line["rules"] = ["BSM111"]
            line["problem"] = (
                f"held back: {limit} proactive messages is the limit for {self.summary.day}; "
                "it is written on a later day's run"
            )
        text = json.dumps(line, ensure_ascii=False) + "\n"
        return text.encode("utf-8", "backslashreplace")

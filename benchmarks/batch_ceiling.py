"""`bsm batch` without the cost of rendering: what every other part of a batch (reading the
input, the workers' temporary files, the processes' traffic, claiming, renaming, flushing,
recording) lets it do a second, and what it costs in CPU. Used by bench_batch.py.

A `PreparedRenderer` renders each message type (and language) once and builds its files once,
and hands the same pages out for every order of that type; everything else is the batch's own
code, as `bsm batch` runs it.
"""

from __future__ import annotations

import resource
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from toolkit.batch import Batch, RecordRenderer, Settings
from toolkit.ledger import open_ledger
from toolkit.orders import OrderDocument
from toolkit.pipeline import Outcome


class PreparedRenderer(RecordRenderer):
    """Each message type's outcome and files made once, then handed out again (the batch
    without rendering: the order's own key, folder and ledger row are still its own)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.outcomes: dict[tuple[str, str], Outcome] = {}
        self.files: dict[tuple[int, str], dict[str, bytes]] = {}

    def render(self, doc: OrderDocument) -> Outcome:
        key = (doc.message_type, doc.locale)
        if key not in self.outcomes:
            self.outcomes[key] = super().render(doc)
        return self.outcomes[key]

    def files_of(self, outcome: Outcome, stem: str) -> dict[str, bytes]:
        key = (id(outcome), stem)
        if key not in self.files:
            self.files[key] = super().files_of(outcome, stem)
        return self.files[key]


def cpu() -> tuple[float, float]:
    """CPU seconds so far of this process, and of its children that ended."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def batch_without_rendering(source: Path, jobs: int, now: datetime, runs: Path) -> dict[str, float]:
    """One batch run over `source` in this process, with PreparedRenderer workers: messages a
    second, and milliseconds of CPU a message of the batch process and of its workers. It
    writes into a new folder in `runs`, left for the caller to remove (bench_batch.runs_folder)."""
    folder = tempfile.mkdtemp(prefix="ceiling-", dir=runs)
    out = Path(folder) / "out"
    out.mkdir()
    with open_ledger(out / "ledger.sqlite") as ledger:
        batch = Batch([str(source)], out, ledger, Settings(now=now), jobs=jobs,
                      renderer=PreparedRenderer)  # fmt: skip
        own, children = cpu()
        start = time.perf_counter()
        summary = batch.run()
        took = time.perf_counter() - start
        own_after, children_after = cpu()
    n = max(summary.rendered, 1)
    return {"rate": summary.rendered / took, "batch_cpu": (own_after - own) / n * 1000,
            "worker_cpu": (children_after - children) / n * 1000}  # fmt: skip

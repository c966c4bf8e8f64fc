"""The Selling Partner API's operations, usage plans and regions, read from data/sp_api.toml.

A message type names the operation that carries it (message_types.toml `sp_api`, an
operationId); this says where that operation is, what its body takes, and how often it may be
called. Amazon's models are the authority; tests/test_sp_api_models.py holds the data to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from toolkit.paths import data_dir
from toolkit.render_cache import RenderCache


@dataclass(frozen=True)
class Operation:
    """A Selling Partner API operation that sends a message (data/sp_api.toml)."""

    id: str  # Amazon's operationId
    api: str  # messaging, solicitations
    path: str  # with {amazonOrderId}
    text_max: int | None  # None: the body has no text
    attachments_max: int  # 0: the body has no attachments
    attachments_min: int = 0
    has_body: bool = True
    method: str = "POST"

    @property
    def takes_text(self) -> bool:
        return self.text_max is not None


@dataclass(frozen=True)
class UsagePlan:
    """An API's rate limit: a token bucket."""

    rate: float  # requests a second, restored steadily
    burst: int  # requests at once


@dataclass(frozen=True)
class Api:
    """One of the Selling Partner APIs, with its rate limit."""

    name: str
    plan: UsagePlan
    actions_operation: str | None = None  # what may be sent for an order now
    actions_path: str | None = None


@dataclass(frozen=True)
class Region:
    """A Selling Partner API region: its endpoint and its marketplaces."""

    id: str
    name: str
    endpoint: str
    marketplaces: frozenset[str]


@dataclass(frozen=True)
class SpApi:
    """What the toolkit knows of the Selling Partner API (data/sp_api.toml)."""

    lwa_endpoint: str
    apis: dict[str, Api]
    operations: dict[str, Operation]
    regions: tuple[Region, ...]
    upload_operation: str
    upload_path: str

    def operation(self, operation_id: str) -> Operation:
        return self.operations[operation_id]

    def region_for(self, marketplace_id: str) -> Region | None:
        return next((r for r in self.regions if marketplace_id in r.marketplaces), None)


def load_sp_api(path: Path | None = None, cache: RenderCache | None = None) -> SpApi:
    data = (cache or RenderCache(None)).toml(path or data_dir() / "sp_api.toml")
    apis = {name: api_from(name, spec) for name, spec in data["apis"].items()}
    operations = {
        op_id: Operation(
            id=op_id,
            api=spec["api"],
            path=spec["path"],
            text_max=spec.get("text_max"),
            attachments_max=int(spec.get("attachments", 0)),
            attachments_min=int(spec.get("attachments_min", 0)),
            has_body=bool(spec.get("body", True)),
        )
        for op_id, spec in data["operations"].items()
    }
    for op in operations.values():
        if op.api not in apis:
            raise ValueError(f"sp_api.toml: operation {op.id} names an unknown api {op.api}")
    regions = tuple(
        Region(rid, spec["name"], spec["endpoint"].rstrip("/"), frozenset(spec["marketplaces"]))
        for rid, spec in data["regions"].items()
    )
    uploads = data["apis"]["uploads"]
    return SpApi(
        lwa_endpoint=data["lwa_endpoint"],
        apis=apis,
        operations=operations,
        regions=regions,
        upload_operation=uploads["operation"],
        upload_path=uploads["path"],
    )


def api_from(name: str, spec: dict[str, Any]) -> Api:
    return Api(
        name=name,
        plan=UsagePlan(float(spec["rate"]), int(spec["burst"])),
        actions_operation=spec.get("actions_operation"),
        actions_path=spec.get("actions_path"),
    )

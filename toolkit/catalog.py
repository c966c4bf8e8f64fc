"""The permitted message types, read from data/message_types.toml."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from toolkit.operations import Operation, SpApi, load_sp_api
from toolkit.paths import data_dir
from toolkit.render_cache import RenderCache

FIELD_KINDS = frozenset({"text", "money", "date", "slots", "choice", "items"})


@dataclass(frozen=True)
class MessageType:
    """A permitted message type of data/message_types.toml: its fields and what it may do."""

    id: str
    proactive: bool  # the seller starts it: 30-day window, permitted reasons only
    critical: bool  # critical to completing the order: "[Important]" allowed
    attachment_kinds: frozenset[str]
    attachments_required: bool
    required: tuple[tuple[str, str], ...]  # (field, kind)
    optional: tuple[tuple[str, str], ...]
    choices: tuple[tuple[str, tuple[str, ...]], ...]
    required_when: tuple[tuple[str, str, str], ...]  # (field, other field, its value)
    sp_api: str | None
    sp_api_text_max: int | None
    review: bool
    text_max: int | None = None  # the longest a free-text field may be (None: orders.MAX_TEXT)
    operation: Operation | None = None  # what sp_api names (data/sp_api.toml)
    sp_api_none: str | None = None  # why there is no operation: the type goes by e-mail only

    @property
    def fields(self) -> dict[str, str]:
        return dict(self.required + self.optional)

    @property
    def text_fields(self) -> tuple[str, ...]:
        """The seller's free-text fields: checked as message content, never cleaned."""
        return tuple(name for name, kind in self.required + self.optional if kind == "text")

    def choices_for(self, field: str) -> tuple[str, ...]:
        return dict(self.choices).get(field, ())


@dataclass(frozen=True)
class Catalog:
    """Every permitted message type, in the order of data/message_types.toml."""

    types: tuple[MessageType, ...]

    def get(self, type_id: str) -> MessageType | None:
        return next((t for t in self.types if t.id == type_id), None)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.types)


def load_catalog(
    path: Path | None = None, sp_api: SpApi | None = None, cache: RenderCache | None = None
) -> Catalog:
    cache = cache or RenderCache(None)
    data = cache.toml(path or data_dir() / "message_types.toml")
    sp_api = sp_api or load_sp_api(cache=cache)
    types = []
    for type_id, spec in data.items():
        operation = None
        if spec.get("sp_api") is not None:
            operation = sp_api.operations.get(spec["sp_api"])
            if operation is None:
                raise ValueError(f"message type {type_id}: unknown sp_api {spec['sp_api']}")
        elif not spec.get("sp_api_none"):
            raise ValueError(f"message type {type_id}: neither sp_api nor sp_api_none (why not)")
        api_text_max = operation.text_max if operation else None
        for name, kind in {**spec.get("required", {}), **spec.get("optional", {})}.items():
            if kind not in FIELD_KINDS:
                raise ValueError(f"message type {type_id}: field {name} has unknown kind {kind}")
        types.append(
            MessageType(
                id=type_id,
                proactive=bool(spec["proactive"]),
                critical=bool(spec["critical"]),
                attachment_kinds=frozenset(spec.get("attachments", [])),
                attachments_required=bool(spec.get("attachments_required", False)),
                required=tuple(spec.get("required", {}).items()),
                optional=tuple(spec.get("optional", {}).items()),
                choices=tuple((k, tuple(v)) for k, v in spec.get("choices", {}).items()),
                required_when=tuple(
                    (name, *condition.split("=", 1))
                    for name, condition in spec.get("required_when", {}).items()
                ),
                sp_api=spec.get("sp_api"),
                sp_api_text_max=api_text_max,
                review=bool(spec.get("review", False)),
                text_max=spec.get("text_max", api_text_max),
                operation=operation,
                sp_api_none=spec.get("sp_api_none"),
            )
        )
    return Catalog(tuple(types))

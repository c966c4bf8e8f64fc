"""Amazon's published Selling Partner API models (../shared/reference/sp-api/), read by the
tests only: what they say a request must be, checked the way Amazon would check it.

`check_request(method, path, query, body)` names the operation a request is, or raises
`Rejected` with the status and message Amazon would answer. Bodies are validated with
jsonschema against the model's definition, additional properties refused; the arrays' lengths
are checked as Amazon does (its models write `maxLength` on arrays, which JSON Schema ignores).
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema

MODELS_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "reference" / "sp-api"
MODEL_FILES = ("messaging.json", "solicitations.json", "uploads.json")
USAGE_ROW = re.compile(r"\|\s*([0-9.]+)\s*\|\s*([0-9]+)\s*\|")


class Rejected(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message = status, code, message


@dataclass(frozen=True)
class ModelOperation:
    id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    parameters: tuple[dict[str, Any], ...]
    body_schema: dict[str, Any] | None
    definitions: dict[str, Any]
    rate: float | None  # the usage plan its description states (sendInvoice states none)
    burst: int | None

    def query_parameters(self) -> dict[str, dict[str, Any]]:
        return {p["name"]: p for p in self.parameters if p["in"] == "query"}


def available() -> bool:
    return all((MODELS_DIR / name).is_file() for name in MODEL_FILES)


def path_pattern(template: str, greedy: set[str]) -> re.Pattern[str]:
    regex = ""
    for piece in re.split(r"(\{[^}]+\})", template):
        if piece.startswith("{"):
            regex += "(.+)" if piece[1:-1] in greedy else "([^/]+)"
        else:
            regex += re.escape(piece)
    return re.compile(f"^{regex}$")


def load_operations() -> dict[str, ModelOperation]:
    ops = {}
    for name in MODEL_FILES:
        model = json.loads((MODELS_DIR / name).read_text(encoding="utf-8"))
        for template, methods in model["paths"].items():
            for method, op in methods.items():
                if method == "parameters":
                    continue
                params = tuple(op.get("parameters", []))
                greedy = {p["name"] for p in params if p.get("x-amazon-spds-greedy-path-parameter")}
                body = next((p["schema"] for p in params if p["in"] == "body"), None)
                plan = USAGE_ROW.search(op.get("description", ""))
                ops[op["operationId"]] = ModelOperation(
                    op["operationId"], method.upper(), template, path_pattern(template, greedy),
                    params, body, model["definitions"],
                    float(plan[1]) if plan else None, int(plan[2]) if plan else None,
                )  # fmt: skip
    return ops


def strict(schema: Any, definitions: dict[str, Any]) -> Any:
    """The schema with every $ref resolved and every object closed (additionalProperties
    false), so that a field Amazon's model does not have is an error."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            return strict(definitions[schema["$ref"].rsplit("/", 1)[1]], definitions)
        out = {k: strict(v, definitions) for k, v in schema.items()}
        if out.get("type") == "object" and "properties" in out:
            out.setdefault("additionalProperties", False)
        return out
    if isinstance(schema, list):
        return [strict(v, definitions) for v in schema]
    return copy.deepcopy(schema)


def array_lengths(schema: dict[str, Any], value: Any, where: str) -> None:
    """Amazon's `minLength`/`maxLength` on arrays, which jsonschema ignores."""
    if schema.get("type") == "array" and isinstance(value, list):
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise Rejected(400, "InvalidInput", f"{where}: more than {schema['maxLength']} items")
        if "minLength" in schema and len(value) < schema["minLength"]:
            raise Rejected(400, "InvalidInput", f"{where}: fewer than {schema['minLength']} items")
    if schema.get("type") == "object" and isinstance(value, dict):
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                array_lengths(sub, value[key], f"{where}.{key}")


def find_operation(ops: dict[str, ModelOperation], method: str, path: str) -> ModelOperation:
    matched = [op for op in ops.values() if op.pattern.match(path)]
    if not matched:
        raise Rejected(404, "NotFound", f"no such resource: {path}")
    for op in matched:
        if op.method == method:
            return op
    raise Rejected(405, "MethodNotAllowed", f"{method} {path}")


def check_request(
    ops: dict[str, ModelOperation],
    method: str,
    path: str,
    query: dict[str, list[str]],
    body: Any,
) -> ModelOperation:
    """The operation this request is; Rejected as Amazon would answer a malformed one."""
    op = find_operation(ops, method, path)
    params = op.query_parameters()
    for name in query:
        if name not in params:
            raise Rejected(400, "InvalidInput", f"unknown query parameter {name}")
    for name, spec in params.items():
        values = query.get(name, [])
        if spec.get("required") and not values:
            raise Rejected(400, "InvalidInput", f"missing query parameter {name}")
        if spec.get("type") != "array" and len(values) > 1:
            raise Rejected(400, "InvalidInput", f"{name} takes one value")
        if "maxItems" in spec and len(values) > spec["maxItems"]:
            raise Rejected(400, "InvalidInput", f"{name} takes at most {spec['maxItems']}")
    if op.body_schema is None:
        if body not in (None, b"", ""):
            raise Rejected(400, "InvalidInput", f"{op.id} takes no body")
        return op
    if body is None:
        raise Rejected(400, "InvalidInput", f"{op.id} needs a body")
    schema = strict(op.body_schema, op.definitions)
    try:
        jsonschema.Draft4Validator(schema).validate(body)
    except jsonschema.ValidationError as err:
        raise Rejected(400, "InvalidInput", err.message) from None
    array_lengths(schema, body, "body")
    return op

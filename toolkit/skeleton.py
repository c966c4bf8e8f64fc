"""Replaying a template's render: Jinja runs once per template, catalog and shape of the order.

A message's HTML differs from the next one's of the same type and language only where an
order's value is printed. So the template is rendered once with every string value of the
context replaced by a `Hole`, an object that prints as a numbered mark and refuses anything
else; the output is kept as literal pieces and hole numbers (a `Skeleton`), and the next order
of the same shape gets its HTML by joining the pieces with its own values, escaped as Jinja
escapes them. That is Jinja's output byte for byte, by construction:

- a value the template only prints goes through markupsafe's `escape` either way, and `escape`
  of a concatenation is the concatenation of the escapes, so filling the holes afterwards gives
  what printing the values would have;
- a value the template does anything else with (`{% if note %}`, `m.reason == "…"`, a filter
  that reads it, `|safe`) makes its Hole raise `Pinned`: from then on that value (or only its
  truth, for an `if`) is part of the shape, so the replay is used only for orders that would
  take the same branches and feed the same filters;
- numbers, booleans and the lengths of lists are part of the shape as they are.

The shape is worked out from the context alone, so a replay costs a walk of the context and
a join. Anything unforeseen during the hole render (an exception that is not `Pinned`, a mark
that comes out other than whole) turns the replay off for that template: it renders as before.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any, NoReturn

import jinja2
import jinja2.meta
from markupsafe import Markup, escape

# noncharacters: never in a template's text or a value that reaches the render (detect.py
# cleans them out of order data; a template that has them is simply not replayed)
MARK_OPEN, MARK_CLOSE = "\ufdd0", "\ufdd1"
MARKS = re.compile(f"{MARK_OPEN}(\\d+){MARK_CLOSE}")
PLAIN = (int, float, bool, type(None))
MARKUP_NEW = Markup.__new__.__code__  # Markup(hole): the value used raw, not escaped

# a value's place in the context: keys and list positions, positions as "*" (one template
# loop treats every item alike)
Path = tuple[str, ...]


class Pinned(Exception):
    """A Hole was used for more than printing: its value (or truth) matters to the render."""

    def __init__(self, path: Path, truth_only: bool = False) -> None:
        super().__init__(path)
        self.path = path
        self.truth_only = truth_only


class Hole:
    """A string value during the hole render: prints as a mark, refuses everything else."""

    __slots__ = ("number", "path", "truth")

    def __init__(self, number: int, path: Path, truth: bool | None) -> None:
        self.number = number
        self.path = path
        self.truth = truth  # the value's truth, when the template has asked for it before

    def __html__(self) -> Markup:
        if sys._getframe(1).f_code is MARKUP_NEW:  # Markup(value), |safe: printed unescaped
            self._pin()
        return Markup(f"{MARK_OPEN}{self.number}{MARK_CLOSE}")

    def __bool__(self) -> bool:
        if self.truth is None:
            raise Pinned(self.path, truth_only=True)
        return self.truth

    def _pin(self, *_: Any) -> NoReturn:
        raise Pinned(self.path)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # hasattr(value, "__html_format__") and the like: a str's answer
            raise AttributeError(name)
        self._pin()

    __str__ = __repr__ = __format__ = __len__ = __iter__ = __contains__ = _pin
    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __hash__ = _pin
    __getitem__ = __add__ = __radd__ = __mul__ = __rmul__ = __mod__ = __rmod__ = _pin
    __int__ = __float__ = __index__ = __round__ = __reversed__ = __call__ = _pin


@dataclass(frozen=True)
class Skeleton:
    """One template render with holes: literal pieces, and between them the hole numbers."""

    pieces: tuple[str, ...]  # one more than holes
    holes: tuple[int, ...]

    @classmethod
    def split(cls, output: str) -> Skeleton | None:
        parts = MARKS.split(output)
        pieces, holes = tuple(parts[0::2]), tuple(int(n) for n in parts[1::2])
        if any(MARK_OPEN in p or MARK_CLOSE in p for p in pieces):
            return None  # a mark cut or changed on its way out: not a plain print of a value
        return cls(pieces, holes)

    def fill(self, escaped: Sequence[str]) -> str:
        out = [self.pieces[0]]
        for number, piece in zip(self.holes, self.pieces[1:], strict=True):
            out += (escaped[number], piece)
        return "".join(out)


@dataclass
class Plan:
    """What one template (with one catalog) has shown it needs of the values, and its skeletons
    by shape."""

    template: jinja2.Template
    translations: object
    # the templates it extends and includes, as loaded when the plan was made: an edited one
    # is a new object (Jinja's auto-reload), and the plan is made anew
    parts: dict[str, jinja2.Template] | None
    pinned: dict[Path, bool] = field(default_factory=dict)  # path: truth only
    skeletons: dict[Hashable, tuple[Skeleton, Skeleton]] = field(default_factory=dict)
    broken: bool = False  # the hole render failed for another reason: never replayed


@dataclass(frozen=True)
class Shape:
    """An order's context as the template sees it: `key` holds everything but the printed
    strings, which are `values` in walk order; `holes` is the context with those strings as
    Holes."""

    key: Hashable
    values: list[str]
    holes: Any


def template_parts(template: jinja2.Template) -> dict[str, jinja2.Template] | None:
    """Every template `template` extends or includes, however deep, loaded; None when one is
    named by a variable (the replay cannot know which)."""
    env, found = template.environment, {}
    todo = [template.name]
    while todo:
        name = todo.pop()
        if name is None or env.loader is None:
            return None
        source, _, _ = env.loader.get_source(env, name)
        for child in jinja2.meta.find_referenced_templates(env.parse(source)):
            if child is None:
                return None
            if child not in found:
                found[child] = env.get_template(child)
                todo.append(child)
    return found


def current(env: jinja2.Environment, parts: dict[str, jinja2.Template]) -> bool:
    """Whether each part is still the template Jinja gives for its name (auto-reload checks
    the file, as a plain render's include would)."""
    return all(env.get_template(n) is t for n, t in parts.items())


def shape_of(context: Any, pinned: dict[Path, bool]) -> Shape | None:
    """None when the context holds a value the replay does not know how to compare."""
    values: list[str] = []

    def walk(value: Any, path: Path) -> tuple[Hashable, Any]:
        if isinstance(value, str):
            if type(value) is not str:  # Markup and other str kinds print as they are
                return (type(value).__name__, str(value)), value
            truth_only = pinned.get(path)
            if truth_only is False:
                return ("=", value), value
            truth = bool(value) if truth_only else None
            values.append(value)
            return ("s", truth), Hole(len(values) - 1, path, truth)
        if isinstance(value, PLAIN):
            return (type(value).__name__, value), value
        if isinstance(value, dict):
            keys, out = [], {}
            for name, item in value.items():
                if not isinstance(name, str):
                    raise TypeError(name)
                key, out[name] = walk(item, (*path, name))
                keys.append((name, key))
            return ("{", tuple(keys)), out
        if isinstance(value, list | tuple):
            pairs = [walk(item, (*path, "*")) for item in value]
            return ("[", tuple(k for k, _ in pairs)), type(value)(h for _, h in pairs)
        raise TypeError(type(value).__name__)

    try:
        key, holes = walk(context, ())
    except TypeError:
        return None
    return Shape(key, values, holes)


@dataclass
class Skeletons:
    """The replays of a Renderer, per template and catalog; `limit` skeletons each (0: off).

    Only what a render's template and catalog objects are is trusted: when Jinja reloads an
    edited template or the store an edited catalog, they are new objects and get a new plan."""

    limit: int = 64
    plans: dict[tuple[str | None, int], Plan] = field(default_factory=dict)
    built: int = 0  # hole renders
    replayed: int = 0  # renders served by a skeleton made for an earlier one

    def render(
        self,
        template: jinja2.Template,
        translations: object,
        context: dict[str, Any],
        run: Callable[[jinja2.Template, dict[str, Any]], tuple[str, str]],
    ) -> tuple[str, str]:
        """`run(template, context)` -> (subject, html): Jinja's render, called with Holes on
        a new shape and with the real context when the replay cannot serve."""
        if self.limit <= 0:
            return run(template, context)
        plan = self.plan(template, translations)
        found = None if plan.broken else self.replay(plan, context, run)
        return found if found is not None else run(template, context)

    def plan(self, template: jinja2.Template, translations: object) -> Plan:
        # one plan a template name and environment (a catalog's): an edited template or
        # catalog replaces its plan rather than adding one, so the preview's edits never pile up
        key = (template.name, id(template.environment))
        plan = self.plans.get(key)
        if (
            plan is None
            or plan.template is not template
            or plan.translations is not translations
            or (plan.parts is not None and not current(template.environment, plan.parts))
        ):
            parts = template_parts(template)
            plan = self.plans[key] = Plan(template, translations, parts, broken=parts is None)
        return plan

    def replay(
        self,
        plan: Plan,
        context: dict[str, Any],
        run: Callable[[jinja2.Template, dict[str, Any]], tuple[str, str]],
    ) -> tuple[str, str] | None:
        for _ in range(64):  # each round pins one more value; a template reads only so many
            shape = shape_of(context, plan.pinned)
            if shape is None:
                return None
            found = plan.skeletons.get(shape.key)
            if found is not None:
                self.replayed += 1
            else:
                try:
                    found = self.skeletons_of(plan, shape, run)
                except Pinned as pin:  # a value once pinned stays pinned: it gets no Hole
                    plan.pinned[pin.path] = pin.truth_only
                    plan.skeletons.clear()  # keyed by the old pins: unreachable now
                    continue
                if found is None:
                    return None
            escaped = [escape(v) for v in shape.values]
            subject, html = found
            return subject.fill(escaped), html.fill(escaped)
        plan.broken = True
        return None

    def skeletons_of(
        self,
        plan: Plan,
        shape: Shape,
        run: Callable[[jinja2.Template, dict[str, Any]], tuple[str, str]],
    ) -> tuple[Skeleton, Skeleton] | None:
        self.built += 1
        try:
            subject, html = run(plan.template, shape.holes)
        except Pinned:
            raise
        except Exception:  # the template's own error, or one the Holes caused: render plainly
            return None
        pair = Skeleton.split(subject), Skeleton.split(html)
        if pair[0] is None or pair[1] is None:
            plan.broken = True
            return None
        if len(plan.skeletons) >= self.limit:
            plan.skeletons.clear()
        found = plan.skeletons[shape.key] = (pair[0], pair[1])
        return found

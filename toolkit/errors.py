"""Input errors: the file, the field and what was expected. The CLI turns them into exit 2."""

from __future__ import annotations


class InputError(Exception):
    """Bad input from the user: a malformed order, an unknown locale, a broken template."""

    def __init__(self, problem: str, *, source: str | None = None, field: str | None = None):
        self.problem = problem
        self.source = source
        self.field = field
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ": ".join(part for part in (self.source, self.field) if part)
        return f"{where}: {self.problem}" if where else self.problem

    def within(self, source: str) -> InputError:
        """The same error, said of a file (kept when the error already names one)."""
        return self if self.source else InputError(self.problem, source=source, field=self.field)

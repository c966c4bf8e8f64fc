"""Literals a regular expression cannot match without: a cheap gate before the costly scan.

A phrase list is a long alternation; scanning a message with it costs far more than asking
whether any of a handful of plain strings occurs in the text (`str.__contains__` runs in C
without backtracking). `required_literals("discount codes?")` is `("discount code",)`: a text
without that string cannot match, so the scan is skipped. The parser knows the regular
expression syntax the phrase lists use (groups, classes, escapes, quantifiers, lookarounds);
where it cannot tell, it answers None and the list is always scanned.
"""

from __future__ import annotations

OPTIONAL_QUANTIFIERS = ("?", "*", "{0")  # what makes the atom before them optional


def _quantifier(entry: str, i: int) -> tuple[str, int]:
    """The quantifier at `i` (with a lazy/possessive mark) and the index after it, or ("", i)."""
    if i >= len(entry) or entry[i] not in "?*+{":
        return "", i
    end = entry.find("}", i) + 1 if entry[i] == "{" else i + 1
    if end <= i:
        return "", i
    if end < len(entry) and entry[end] in "?+":
        end += 1
    return entry[i:end], end


def _split_top(entry: str) -> list[str]:
    """`entry` split at its top-level `|`."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(entry):
        ch = entry[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(entry[start:i])
            start = i + 1
        i += 1
    parts.append(entry[start:])
    return parts


def required_literals(entry: str) -> tuple[str, ...] | None:
    """Literals one of which every match of `entry` contains, or None when none can be told."""
    branches = _split_top(entry)
    if len(branches) > 1:
        found: list[str] = []
        for branch in branches:
            literals = required_literals(branch)
            if literals is None:
                return None
            found.extend(literals)
        return tuple(found)
    candidates: list[tuple[str, ...]] = []
    run, i, n = "", 0, len(entry)

    def close() -> None:
        nonlocal run
        if len(run.strip()) >= 2:
            candidates.append((run,))
        run = ""

    while i < n:
        ch = entry[i]
        if ch == "(":  # a group: its branches are required unless it is optional
            depth, j = 1, i + 1
            while j < n and depth:
                if entry[j] == "\\":
                    j += 1
                elif entry[j] == "(":
                    depth += 1
                elif entry[j] == ")":
                    depth -= 1
                j += 1
            body = entry[i + 1 : j - 1]
            quant, after = _quantifier(entry, j)
            close()
            lookaround = body.startswith(("?=", "?!", "?<=", "?<!"))
            if not lookaround and not quant.startswith(OPTIONAL_QUANTIFIERS):
                inner = required_literals(body[2:] if body.startswith("?:") else body)
                if inner is not None:
                    candidates.append(inner)
            i = after
            continue
        if ch == "[":
            j = i + 1
            while j < n and entry[j] != "]":
                j += 2 if entry[j] == "\\" else 1
            piece, i = None, j + 1
        elif ch == "\\":
            nxt = entry[i + 1 : i + 2]
            piece, i = (None if nxt.isalnum() else nxt), i + 2
        elif ch in ".^$":
            piece, i = None, i + 1
        else:
            piece, i = ch, i + 1
        quant, i = _quantifier(entry, i)
        if piece is None:
            close()
        elif not quant:
            run += piece
        elif quant.startswith(OPTIONAL_QUANTIFIERS):
            close()
        else:  # "+", "{2,}": the character is there, but what follows may not touch it
            run += piece
            close()
    close()
    if not candidates:
        return None
    return max(candidates, key=lambda c: min(len(x) for x in c))


def list_gate(entries: tuple[str, ...]) -> tuple[str, ...] | None:
    """Literals one of which every match of any entry contains, or None (always scan)."""
    found: list[str] = []
    for entry in entries:
        literals = required_literals(entry)
        if literals is None:
            return None
        found.extend(literals)
    return tuple(dict.fromkeys(found))

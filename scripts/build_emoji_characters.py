"""Write the characters emoji are made of (toolkit/data/emoji_characters.txt).

Usage (from the repository root)::

    .venv/bin/python scripts/build_emoji_characters.py

The emoji detector (toolkit/detect.py) hands a text to the emoji package only when it holds a
character of some emoji; this file is that set, as ranges of code points, so that a text
without one never loads the package's tables (a large part of a check's start-up). Run it again
after upgrading the emoji package; a test checks the file agrees with the installed package.
"""

from __future__ import annotations

from pathlib import Path

import emoji

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "toolkit" / "data" / "emoji_characters.txt"


def emoji_characters() -> frozenset[str]:
    """Every non-ASCII character of any emoji the package knows."""
    return frozenset(ch for e in emoji.EMOJI_DATA for ch in e if ord(ch) > 127)


def ranges(codes: list[int]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for code in sorted(codes):
        if found and code == found[-1][1] + 1:
            found[-1] = (found[-1][0], code)
        else:
            found.append((code, code))
    return found


def main() -> None:
    lines = [
        f"# The characters emoji are made of (emoji {emoji.__version__}), as code point ranges.",
        "# Written by scripts/build_emoji_characters.py; a test checks it against the package.",
    ]
    for first, last in ranges([ord(ch) for ch in emoji_characters()]):
        lines.append(f"{first:04X}" if first == last else f"{first:04X}-{last:04X}")
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(lines) - 2} ranges")


if __name__ == "__main__":
    main()

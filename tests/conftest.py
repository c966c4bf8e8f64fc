"""Shared fixtures. Tests pin the clock; they may read ../shared (the project's examples are
bundled in examples/ for users who have no ../shared)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from toolkit.pipeline import Toolkit

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SHARED_EXAMPLES = SHARED / "examples"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def tk() -> Toolkit:
    return Toolkit.load()


@pytest.fixture
def now() -> datetime:
    return NOW


def shared_examples() -> list[Path]:
    return sorted(SHARED_EXAMPLES.glob("*.json")) if SHARED_EXAMPLES.is_dir() else []


def bundled_examples() -> list[Path]:
    return sorted(EXAMPLES.glob("*.json"))

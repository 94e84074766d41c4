"""Helpers for memory-engine tests (pure Python, no database)."""

import datetime as dt

import pytest

from regulars.memory import extract

DAY = dt.date(2026, 3, 14)  # a Saturday


@pytest.fixture
def facts():
    """Return a function extracting facts from a note written on DAY."""

    def run(text, author="staff", date=DAY):
        return extract(text, author=author, date=date)

    return run


def _same(a, b):
    """Field values are equal; words compare regardless of case, as the memory merges them."""
    if isinstance(a, str) and isinstance(b, str):
        return a.casefold() == b.casefold()
    return a == b


def pick(found, kind, **fields):
    """Return the facts of a kind whose fields equal the given values."""
    return [f for f in found if f["kind"] == kind
            and all(_same(f.get(k), v) for k, v in fields.items())]

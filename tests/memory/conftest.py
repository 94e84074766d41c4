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


def pick(found, kind, **fields):
    """Return the facts of a kind whose fields equal the given values."""
    return [f for f in found if f["kind"] == kind
            and all(f.get(k) == v for k, v in fields.items())]

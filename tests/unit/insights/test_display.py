"""The dashboard's own number formatting (forum.insights.display.shower) gives Babel's text,
digit for digit, in Swedish and English: halves, grouping, the share's suffix, zero, huge
values, and what it hands to Babel (negative numbers, fractions shown as counts)."""

from __future__ import annotations

import random

import pytest
from flask_babel import force_locale, format_decimal, format_percent

from forum.insights.display import shower
from forum.insights.matrix import Cell
from forum.insights.metrics import Figure

EDGES = [0, 0.0, 0.05, 0.15, 0.25, 0.35, 0.125, 0.005, 0.0049, 0.995, 0.9951, 1.0, 2.25, 2.35,
         12345.65, 1e-9, 999.95, 1234567.05, 1e15, 12, 0.5, 1.5, 2.5, -3.25, -0.0]


def _samples() -> list:
    rng = random.Random(19)
    return EDGES + [rng.random() * rng.choice([1, 10, 1000, 1e6]) for _ in range(3000)] + [
        round(rng.random() * 1000, rng.randint(0, 3)) for _ in range(1000)]


def _babel(value, kind: str) -> str:
    if kind == "share":
        return format_percent(value, "#,##0 %")
    if kind == "time":
        return format_decimal(value, "#,##0.0")
    return format_decimal(value)


@pytest.mark.parametrize("locale", ["sv", "en"])
def test_numbers_as_babel_formats_them(app, locale):
    ints = [0, 7, 999, 1000, 12345, 1234567, 10**12, -4500]
    with app.test_request_context(), force_locale(locale):
        show = shower()
        for kind in ("share", "time", "count"):
            for value in _samples() + ints:
                assert show(Figure(value, 5), kind) == _babel(value, kind), (kind, value)


@pytest.mark.parametrize(("locale", "expected"), [
    ("sv", ["1\xa0234", "12 %", "2,2", "3 (4,5)", "färre än 3", "–", "Namn"]),
    ("en", ["1,234", "12 %", "2.2", "3 (4.5)", "fewer than 3", "–", "Namn"])])
def test_cells_as_the_page_shows_them(app, locale, expected):
    with app.test_request_context(), force_locale(locale):
        show = shower()
        assert [show(Figure(1234, 3), "count"), show(Figure(0.1234, 9), "share"),
                show(Figure(2.25, 3), "time"),
                show(Cell(Figure(3, 4), Figure(4.5, 4)), "cell"),
                show(Figure(5, 2), "count"), show(Figure(None, 0), "time"),
                show("Namn", "label")] == expected

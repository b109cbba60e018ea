"""A figure as the page, the chart tables and the exports show it.

Numbers are formatted as Babel formats them for the request's locale, but by a local function:
a dashboard shows ~2,600 numbers and Babel's format_decimal costs ~25 µs a call (the locale
looked up, the pattern parsed and applied each time), a quarter of the page's server time.
`shower()` reads the locale's symbols once (from Babel itself, cached per locale) and returns
the function a template or an export calls per cell; anything but a non-negative number in
the three patterns used here goes to Babel as before (tests/unit/insights/test_display.py
checks that the output is Babel's, in Swedish and English).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_EVEN, Decimal
from functools import lru_cache

from flask_babel import format_decimal, format_percent, get_locale

from forum.insights.matrix import Cell
from forum.insights.metrics import Figure
from forum.text.i18n import _l

TIME_PATTERN, SHARE_PATTERN = "#,##0.0", "#,##0 %"
_TENTH, _ONE = Decimal("0.1"), Decimal(1)


def hidden_text() -> str:
    return str(_l("fewer than 3"))


@lru_cache(maxsize=32)
def _symbols(locale: str) -> tuple[dict, str, str]:
    """(translation of "," and "." to the locale's group and decimal symbols, the share
    pattern's prefix and suffix), read off Babel's own output."""
    from babel.numbers import format_decimal as babel_decimal
    from babel.numbers import format_percent as babel_percent

    sample = babel_decimal(1234.5, TIME_PATTERN, locale=locale)  # "1 234,5", "1,234.5"
    group, point = sample[1], sample[-2]
    prefix, _zero, suffix = babel_percent(0, SHARE_PATTERN, locale=locale).partition("0")
    return str.maketrans({",": group, ".": point}), prefix, suffix


def shower() -> Callable[[object, str], str]:
    """show() for the current locale, with the locale looked up once."""
    table, prefix, suffix = _symbols(str(get_locale()))
    hidden = hidden_text()

    def digits(value, kind: str) -> str:
        if isinstance(value, bool) or not isinstance(value, int | float) or str(value)[0] == "-":
            return _babel(value, kind)
        if kind == "share":
            rounded = Decimal(str(value)).scaleb(2).quantize(_ONE, ROUND_HALF_EVEN)
            return prefix + f"{rounded:,f}".translate(table) + suffix
        if kind == "time":
            rounded = Decimal(str(value)).quantize(_TENTH, ROUND_HALF_EVEN)
            return f"{rounded:,f}".translate(table)
        if isinstance(value, int):
            return f"{value:,d}".translate(table)
        return _babel(value, kind)

    def show_cell(value, kind: str) -> str:
        if isinstance(value, Cell):
            replies = show_cell(value.replies, "count")
            if value.replies.hidden or not value.replies.value:
                return replies
            return f"{replies} ({show_cell(value.median, 'time')})"
        if not isinstance(value, Figure):
            return "" if value is None else str(value)
        if value.hidden:
            return hidden
        if value.value is None:
            return "–"
        return digits(value.value, kind)

    return show_cell


def _babel(value, kind: str) -> str:
    if kind == "share":
        return format_percent(value, SHARE_PATTERN)
    if kind == "time":
        return format_decimal(value, TIME_PATTERN)
    return format_decimal(value)


def show(value, kind: str) -> str:
    """Text for one table cell: a label, a Figure of a metric kind, or a matrix Cell (for
    many cells, take `shower()` once)."""
    return shower()(value, kind)


def number(value, kind: str, show: Callable[[object, str], str] = show):
    """The figure as a number for a spreadsheet cell (text when hidden, None when empty)."""
    if isinstance(value, Cell):
        return show(value, "cell")
    if not isinstance(value, Figure):
        return value
    if value.hidden:
        return hidden_text()
    if value.value is None:
        return None
    if kind == "time":
        return round(value.value, 1)
    if kind == "share":
        return round(value.value, 3)
    return value.value

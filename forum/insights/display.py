"""A figure as the page, the chart tables and the exports show it."""

from __future__ import annotations

from flask_babel import format_decimal, format_percent

from forum.insights.matrix import Cell
from forum.insights.metrics import Figure
from forum.text.i18n import _l


def hidden_text() -> str:
    return str(_l("fewer than 3"))


def show(value, kind: str) -> str:
    """Text for one table cell: a label, a Figure of a metric kind, or a matrix Cell."""
    if isinstance(value, Cell):
        replies = show(value.replies, "count")
        if value.replies.hidden or not value.replies.value:
            return replies
        return f"{replies} ({show(value.median, 'time')})"
    if not isinstance(value, Figure):
        return "" if value is None else str(value)
    if value.hidden:
        return hidden_text()
    if value.value is None:
        return "–"
    if kind == "share":
        return format_percent(value.value, "#,##0 %")
    if kind == "time":
        return format_decimal(value.value, "#,##0.0")
    return format_decimal(value.value)


def number(value, kind: str):
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

"""`forum insights rebuild`: recompute every rollup from scratch (one transaction)."""

from __future__ import annotations

import time

import click

from forum.db import unit_of_work


@click.group("insights")
def insights_command() -> None:
    """Collaboration health rollups."""


@insights_command.command("rebuild")
def rebuild_command() -> None:
    """Recompute the monthly rollups from the forum's history."""
    from forum.insights.rebuild import rebuild

    started = time.perf_counter()
    with unit_of_work():
        counts = rebuild()
    click.echo(", ".join(f"{name}: {n}" for name, n in counts.items())
               + f" ({time.perf_counter() - started:.1f} s)")

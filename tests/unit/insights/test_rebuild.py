"""Incremental rollups equal the rollups rebuilt from scratch, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from forum.extensions import db
from forum.insights.cli import insights_command
from forum.insights.rebuild import rebuild
from forum.rollups.models import InsightOrgMonth
from tests.conftest import postgres_app_fixture
from tests.factories import ForumFactory
from tests.unit.insights.history import build_world, random_history, snapshot

pg_app = postgres_app_fixture("forum_insights")


def _check(seed: int) -> None:
    world = build_world(ForumFactory())
    random_history(world, seed)
    incremental = snapshot()
    assert sum(len(rows) for rows in incremental.values()) > 50  # the history did things
    rebuild()
    db.session.commit()
    assert snapshot() == incremental


@pytest.mark.parametrize("seed", [1, 7, 2026])
def test_incremental_equals_rebuilt_on_sqlite(app, seed):
    _check(seed)


def test_incremental_equals_rebuilt_on_postgres(pg_app):
    _check(11)


def test_the_cli_rebuilds_after_rollups_were_lost(app):
    world = build_world(ForumFactory())
    random_history(world, 3, steps=60)
    before = snapshot()
    db.session.query(InsightOrgMonth).delete()
    db.session.commit()
    result = CliRunner().invoke(insights_command, ["rebuild"], obj=None,
                                standalone_mode=False)
    assert result.exception is None, result.output
    db.session.expire_all()
    assert snapshot() == before

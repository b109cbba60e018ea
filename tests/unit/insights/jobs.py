"""Tests run the worker's rollup job where the app's worker would (it is woken after every
commit that wrote a post): posts are counted by the job, not by the post's transaction."""

from __future__ import annotations

from forum.extensions import db


def run_rollup_job(batch: int | None = None) -> int:
    """Count the pending posts as `forum worker` does (commits what the test left open, as
    the worker only sees committed posts); the number of posts counted."""
    from forum.insights import pending

    db.session.commit()
    return pending.count_pending(batch=batch or pending.BATCH)

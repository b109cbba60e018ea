"""What the app does when a transaction ends, listed once and in order.

After a commit:
  1. deliver the transaction's socket events (forum.realtime.publish): its readers first;
  2. wake the indexer if the transaction wrote search outbox rows (forum.indexing.outbox);
  3. wake the mail worker if the transaction queued mail due now (forum.email.queue);
  4. forget the request's access memo (forum.db.request_cache): membership may have changed;
  5. run the followups it queued, each in a transaction of its own (forum.db.followups).

Steps 1-4 run inside SQLAlchemy's `after_commit` event, where the session may run no SQL;
step 5 commits transactions of its own, so `ForumSession.commit` runs it once the commit has
returned (and a followup's own commit comes back through steps 1-4 for its events).

After a rollback the transaction's events, outbox flag and followups are dropped and the
memo forgotten; a savepoint's rollback keeps what the outer transaction recorded.

`install(events=..., outbox=...)` is called by create_app, which hands in the two steps that
live above the database layer (forum.realtime.publish and forum.indexing.outbox): this
package imports no feature. Importing a module registers nothing, so the order above is the
order, whatever was imported first. The steps are looked up when they run (module
attributes), so a test can replace one.
"""

from __future__ import annotations

from types import ModuleType

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

from forum.db import ForumSession, followups, request_cache

# Filled by install(): the module that delivers socket events (deliver_pending, drop_pending),
# the search outbox's (wake_indexer, forget_written) and the mail queue's (wake_worker,
# forget_written).
_above: dict[str, ModuleType] = {}


def committed(session: Session) -> None:
    """Steps 1-4: inside the commit, with no SQL allowed."""
    _above["events"].deliver_pending(session)
    _above["outbox"].wake_indexer(session)
    _above["mail"].wake_worker(session)
    request_cache.forget()


def commit_returned(session: Session) -> None:
    """Step 5: after the commit, with the session free for new transactions."""
    followups.run_after_commit(session)


def rolled_back(session: Session, previous_transaction: SessionTransaction) -> None:
    request_cache.forget()  # even a savepoint's rollback may undo what the memo saw
    if previous_transaction.nested:
        return  # the outer transaction's events and followups still stand
    _above["events"].drop_pending(session)
    _above["outbox"].forget_written(session)
    _above["mail"].forget_written(session)
    followups.drop_pending(session)


_LISTENERS = (("after_commit", committed), ("after_soft_rollback", rolled_back))


def install(*, events: ModuleType, outbox: ModuleType, mail: ModuleType) -> None:
    """Attach the steps to the app's session class (once, however many apps are created).
    `events` delivers or drops a transaction's socket events, `outbox` wakes the indexer or
    forgets the rows written, `mail` wakes the mail worker or forgets the mail queued."""
    _above.update(events=events, outbox=outbox, mail=mail)
    for name, listener in _LISTENERS:
        if not event.contains(ForumSession, name, listener):
            event.listen(ForumSession, name, listener)
    ForumSession.after_commit_returned = commit_returned

"""What follows a commit or a rollback is listed once (forum.db.aftercommit), in the documented
order, and importing a module registers nothing by side effect."""

import subprocess
import sys
from time import monotonic

import pytest
from flask import g

from forum.db import aftercommit, followups, request_cache
from forum.extensions import db
from forum.indexing import indexer, outbox
from forum.realtime import publish

STEPS = [(publish, "deliver_pending", "deliver events"),
         (outbox, "wake_indexer", "wake the indexer"),
         (request_cache, "forget", "forget the memo"),
         (followups, "run_after_commit", "run followups")]


@pytest.fixture
def calls(app, monkeypatch) -> tuple[list[str], list[bool]]:
    """Each step records its name, then does its real work; and whether the indexer woke."""
    seen: list[str] = []

    def recording(label, real):
        def step(*args):
            seen.append(label)
            return real(*args)
        return step

    for module, name, label in STEPS:
        monkeypatch.setattr(module, name, recording(label, getattr(module, name)))
    monkeypatch.setitem(followups.HANDLERS, "test_step", lambda payload: seen.append("followup"))
    monkeypatch.setattr(followups, "_last_sweep", [monotonic()])  # no sweep for left-behind rows
    woken: list[bool] = []
    monkeypatch.setattr(indexer, "note_write", lambda: woken.append(True))
    return seen, woken


def record_everything() -> None:
    """One of each thing a transaction can leave for after its commit."""
    publish.publish.emit("test_event", {"n": 1}, "room:test")
    outbox.enqueue("post:1")
    followups.enqueue("test_step")
    request_cache.per_request("memo", lambda: "remembered")


def test_after_a_commit_the_steps_run_in_the_documented_order(app, calls):
    seen, woken = calls
    with app.test_request_context(), publish.publish.capture() as sent:
        record_everything()
        assert "_forum_request_cache" in g
        db.session.commit()
        assert "_forum_request_cache" not in g
    assert seen == ["deliver events", "wake the indexer", "forget the memo", "run followups",
                    "followup",
                    # the followup's own commit comes back through steps 1-3; step 4 sees
                    # it is already running and returns
                    "deliver events", "wake the indexer", "forget the memo", "run followups"]
    assert [e.name for e in sent] == ["test_event"] and woken == [True]


def test_a_rollback_drops_everything_the_transaction_recorded(app, calls):
    seen, woken = calls
    with app.test_request_context(), publish.publish.capture() as sent:
        record_everything()
        db.session.rollback()
        assert "_forum_request_cache" not in g
        db.session.commit()  # a later commit finds nothing left over
    assert "followup" not in seen
    assert sent == [] and woken == []
    assert db.session.info == {}


def test_a_savepoint_rollback_keeps_the_outer_transaction(app, calls):
    seen, woken = calls
    with publish.publish.capture() as sent:
        record_everything()
        with pytest.raises(RuntimeError), db.session.begin_nested():
            publish.publish.emit("inner_event", {}, "room:test")
            raise RuntimeError("undo the savepoint only")
        db.session.commit()
    assert "test_event" in [e.name for e in sent]
    assert woken == [True] and "followup" in seen


NO_SIDE_EFFECTS = """
import importlib, pkgutil
from sqlalchemy.orm import Session
import forum
from forum.db import ForumSession
from forum.extensions import db

for info in pkgutil.walk_packages(forum.__path__, "forum."):
    if not info.name.endswith("__main__"):
        importlib.import_module(info.name)

def listeners(session):
    return {name: [f.__qualname__ for f in getattr(session.dispatch, name)]
            for name in session.dispatch._event_names if list(getattr(session.dispatch, name))}

assert listeners(ForumSession(db)) == {}, listeners(ForumSession(db))
assert ForumSession.after_commit_returned is None
from forum.db import aftercommit
from forum.realtime import publish
from forum.indexing import outbox
from forum.email import queue as mail_queue
aftercommit.install(events=publish, outbox=outbox, mail=mail_queue)
# create_app runs once per app, many apps in one process
aftercommit.install(events=publish, outbox=outbox, mail=mail_queue)
assert listeners(ForumSession(db)) == {"after_commit": ["committed"],
                                       "after_soft_rollback": ["rolled_back"]}, \\
    listeners(ForumSession(db))
assert listeners(Session()) == {}, "only the app's session class gets the steps"
print("ok")
"""


def test_importing_the_app_registers_no_session_listener():
    """Every module of forum/ imported in a fresh interpreter leaves the session class bare;
    install() adds the one dispatcher per event, once."""
    result = subprocess.run([sys.executable, "-c", NO_SIDE_EFFECTS], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "ok"


def test_the_app_has_one_dispatcher_per_event(app):
    with app.app_context():
        dispatch = db.session().dispatch
        assert list(dispatch.after_commit) == [aftercommit.committed]
        assert list(dispatch.after_soft_rollback) == [aftercommit.rolled_back]

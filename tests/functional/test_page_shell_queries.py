"""Every page pays a shell (the session check, the navigation, the notification count, the
template): the SQL statements of ordinary pages are counted here, with a ceiling, so the
shell cannot grow back silently. A ceiling, not a timing: speed is measured in bench/
(bench/README.md, "Knowledge base" and "Every page's shell")."""

from __future__ import annotations

from collections import Counter
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from forum.accounts.models import Role
from forum.extensions import db
from tests.factories import ForumFactory
from tests.unit.wiki.helpers import make_page

# What every signed-in page runs besides its own queries: the session with its user (one
# query with the organization and roles), the organization line, the person's groups, the
# readable spaces, the unread count. Each once per page, whoever else needs it.
SHELL = ("FROM user_sessions", "SELECT organizations.id, organizations.parent_id FROM",
         "SELECT pbl_group_members.group_id FROM", "SELECT spaces.id FROM spaces WHERE",
         "count(*) AS count_1 FROM notifications")


@contextmanager
def statements():
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


@pytest.fixture
def world(app):
    forum = ForumFactory()
    org = forum.org("Försäkringskassan", handle="fk")
    editor = forum.user(org, roles=(Role.COORDINATOR,), username="editor")
    reader = forum.user(org, username="reader")
    page = make_page(editor, "Avstämningsmöte", "Om [[Sjukpenning]] och dag 180.")
    space = forum.space("allmant")
    thread = forum.thread(space, editor, title="Dag 180",
                          body="Hej @reader, se [[Avstämningsmöte]].")
    db.session.commit()
    return {"reader": reader, "page": page.id, "thread": thread.id}


@pytest.mark.parametrize(("path", "ceiling"), [
    ("/notifications", 8),  # the shell, the list, its actors (user and roles)
    # the shell, the page and its revision, the version of the cached page lists (tree,
    # subpages, backlinks: forum.wiki.page_fragments), threads linking here, distil origins,
    # the owner (user and roles); was 14 before the lists were cached
    ("/wiki/{page}", 12),
    ("/t/{thread}", 13),
    ("/", 18),
])
def test_an_ordinary_page_stays_under_its_statement_ceiling(client, world, path, ceiling):
    client.login(world["reader"])
    url = path.format(**world)
    assert client.get(url).status_code == 200  # warm: templates, first-use caches
    with statements() as seen:
        response = client.get(url)
    assert response.status_code == 200
    assert len(seen) <= ceiling, "\n".join(seen)
    for part in SHELL:
        assert [s for s in seen if part in s].__len__() == 1, (part, seen)
    repeated = [s for s, n in Counter(seen).items() if n > 1 and "IN (" not in s]
    assert repeated == [], repeated  # the same statement twice in one page: memoize it

"""The thread page's own queries (plain post rows, grouped reaction tallies, the reader's
read and follow state, the unread count) on PostgreSQL, as the scaled deployment runs them."""

from __future__ import annotations

import re

from forum.db import utcnow
from forum.discussions import entrypoints, state_actions
from forum.discussions.models import FollowLevel
from forum.extensions import db
from tests.conftest import FormClient, postgres_app_fixture
from tests.factories import ForumFactory

pg_app = postgres_app_fixture("forum_thread_page")


def test_thread_page_on_postgres(pg_app):
    f = ForumFactory()
    fk, af = f.org("Försäkringskassan", handle="fk"), f.org("Arbetsförmedlingen", handle="af")
    reader, writer = f.user(af, username="anna"), f.user(fk, username="fia")
    space = f.space("allmant", "all")
    thread = f.thread(space, reader, "Öppen tråd")
    for n in range(3):
        entrypoints.submit_post(writer, thread.id, f"Svar {n} till @anna", None)
    second = entrypoints.submit_post(writer, thread.id, "Ett till", None)[0]
    for person in (reader, writer):
        state_actions.do_toggle_reaction(person, second, "idea")
    state_actions.do_mark_read(reader, thread, 2, utcnow())
    state_actions.do_set_follow(reader, FollowLevel.MUTE, space=space)
    state_actions.do_set_follow(reader, FollowLevel.WATCH, thread=thread)
    db.session.commit()

    client = FormClient(pg_app.test_client())
    client.login(reader)
    for _ in range(2):  # the second view comes from the fragment cache
        html = client.get(f"/t/{thread.id}").get_data(as_text=True)
        assert 'data-last-read="2"' in html and 'href="#post-3" id="jump-unread"' in html
        item = html.split(f'id="post-{second.seq}"')[1].split("</li>")[0]
        assert '<span class="count">2</span>' in item and 'aria-pressed="true"' in item
        assert '<option value="watch" selected>' in html
        badge = re.search(r'id="notif-badge" data-count="(\d+)"', html).group(1)
        assert badge == "4"  # three mentions, one reply

"""Dates and times in the reader's language and their organization's time zone
(forum/web/dates.py), and the time zone an organization is edited with."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from forum.accounts.models import Organization, Role
from forum.discussions.models import Post
from forum.extensions import db
from tests.factories import ForumFactory

MOMENT = datetime(2026, 12, 6, 22, 28, tzinfo=UTC)


@pytest.fixture
def forum(app):
    return ForumFactory()


@pytest.fixture
def org(forum):
    return forum.org("Region Älvland")


@pytest.fixture
def thread(forum, org):
    space = forum.space()
    thread = forum.thread(space, forum.user(org), title="Tidstråden")
    post = db.session.scalar(select(Post).where(Post.thread_id == thread.id))
    post.created_at = MOMENT
    db.session.commit()
    return thread


@pytest.mark.parametrize(("language", "zone", "exact"), [
    ("sv", "Europe/Stockholm", "6 dec. 2026 23:28"),
    ("en", "Europe/Stockholm", "6 Dec 2026, 23:28"),
    ("sv", "Europe/Oslo", "6 dec. 2026 23:28"),
    ("en", "Europe/London", "6 Dec 2026, 22:28"),
    ("sv", "America/New_York", "6 dec. 2026 17:28"),
])
def test_a_post_time_in_the_readers_language_and_zone(client, forum, thread, language,
                                                      zone, exact):
    reader_org = forum.org(time_zone=zone)
    client.login(forum.user(reader_org, language=language))
    html = client.get(f"/t/{thread.id}").get_data(as_text=True)
    assert (f'<time datetime="2026-12-06T22:28:00+00:00" data-relative title="{exact}">'
            f'{exact}</time>') in html
    assert f'data-time-zone="{zone}"' in html
    # No US form anywhere (a bare "PM" could be in a random CSRF token: a word is looked for).
    assert "12/6/26" not in html and not re.search(r"\b[AP]M\b", html)


@pytest.mark.parametrize(("language", "ago"), [("sv", "för 5 minuter sedan"),
                                               ("en", "5 minutes ago")])
def test_relative_times_carry_the_exact_time_on_hover_and_focus(client, forum, org, language,
                                                                ago):
    from datetime import timedelta

    from forum.db import utcnow
    from forum.web.dates import format_when

    space = forum.space()
    thread = forum.thread(space, forum.user(org))
    when = utcnow() - timedelta(minutes=5, seconds=2)
    thread.last_post_at = when
    db.session.commit()
    client.login(forum.user(org, language=language))
    html = client.get(f"/s/{space.slug}").get_data(as_text=True)
    with client.application.test_request_context():
        exact = format_when(when, language, "Europe/Stockholm")
    assert (f'title="{exact}" data-relative data-last-post tabindex="0">{ago}</time>') in html


def test_an_organization_time_zone_is_checked(client, factory, org):
    client.login(factory.user(org, roles=(Role.ORG_EDITOR,), language="sv"))
    page = client.get(f"/organizations/{org.id}/edit").get_data(as_text=True)
    assert 'name="time_zone"' in page and 'value="Europe/Stockholm"' in page
    for bad in ("Europe/Atlantis", "../../etc/passwd", "UTC+2", "x" * 70):
        refused = client.post_form(f"/organizations/{org.id}/edit",
                                   {"description": "Ny text", "time_zone": bad},
                                   token_page="/")
        assert refused.status_code == 400, bad
        assert "Ange en tidszon med sitt IANA-namn" in refused.get_data(as_text=True)
        db.session.expire_all()
        assert db.session.get(Organization, org.id).description == ""  # nothing half-stored
    ok = client.post_form(f"/organizations/{org.id}/edit",
                          {"description": "Ny text", "time_zone": "Europe/Oslo"},
                          token_page="/")
    assert ok.status_code == 302
    db.session.expire_all()
    assert db.session.get(Organization, org.id).time_zone == "Europe/Oslo"
    kept = client.post_form(f"/organizations/{org.id}/edit", {"description": "Igen"},
                            token_page="/")
    assert kept.status_code == 302
    db.session.expire_all()
    assert db.session.get(Organization, org.id).time_zone == "Europe/Oslo"

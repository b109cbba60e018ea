"""Flags on knowledge-base pages and PBL cases: organization editors review their own
organization's pages and nothing else (404), and see the reason but not the flagger."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from forum.accounts.models import Role
from forum.extensions import db
from forum.moderation.models import Flag, FlagStatus
from forum.notifications.models import Notification
from forum.notifications.queries import unread_notification_count
from forum.pbl.models import PblCase
from forum.wiki.models import WikiPage
from tests.factories import ForumFactory
from tests.unit.wiki.helpers import build_kb, make_page


@pytest.fixture
def kb(app):
    f = ForumFactory()
    world = build_kb(f)
    people, orgs = world["people"], world["orgs"]
    world["fk_page"] = make_page(people["fk_editor"], "FK rutin", org=orgs["fk"])
    world["af_page"] = make_page(people["af_editor"], "AF rutin", org=orgs["af"])
    world["mod"] = f.user(orgs["assoc"], roles=(Role.MODERATOR,), username="mod")
    case = PblCase(group_id=world["group"].id, title="Fallet Zebra", body="Text",
                   created_by_id=people["fk"].id)
    db.session.add(case)
    db.session.commit()
    world["case"] = case
    return world


def flag_page(client, page_id: int, reason="wrong_place", note=""):
    url = f"/wiki/{page_id}/flag"
    return client.post_form(url, {"reason": reason, "note": note}, token_page=url)


def test_org_editors_review_their_own_pages_only(client, other_client, kb):
    people = kb["people"]
    client.login(people["soc"])
    page_html = client.get(f"/wiki/{kb['fk_page'].id}").get_data(as_text=True)
    assert f'href="/wiki/{kb["fk_page"].id}/flag"' in page_html
    assert flag_page(client, kb["fk_page"].id).status_code == 302
    assert flag_page(client, kb["af_page"].id, "other", "Fel siffror").status_code == 302
    fk_flag, af_flag = (db.session.scalar(select(Flag.id).where(Flag.target_id == p.id))
                        for p in (kb["fk_page"], kb["af_page"]))
    other_client.login(people["fk_editor"])
    queue = other_client.get("/moderation").get_data(as_text=True)
    assert "FK rutin" in queue and "AF rutin" not in queue
    assert "Sune Soc" not in queue  # an editor sees the reason, not the person
    assert f"/wiki/{kb['fk_page'].id}/history" in queue
    denied = other_client.post_form(f"/moderation/flags/{af_flag}/review",
                                    {"decision": "keep", "reason": "ok"},
                                    token_page="/moderation")
    assert denied.status_code == 404
    kept = other_client.post_form(f"/moderation/flags/{fk_flag}/review",
                                  {"decision": "remove", "reason": "Inaktuell"},
                                  token_page="/moderation")
    assert kept.status_code == 302
    assert db.session.get(WikiPage, kb["fk_page"].id) is None
    db.session.expire_all()
    assert db.session.get(Flag, fk_flag).status == FlagStatus.REMOVED
    assert db.session.get(Flag, af_flag).status == FlagStatus.OPEN
    # The editor removed their own page: nobody else to tell.
    assert db.session.scalar(select(Notification)) is None


def test_an_admin_keeps_a_page_and_its_author_is_told(client, other_client, kb):
    people = kb["people"]
    client.login(people["soc"])
    flag_page(client, kb["af_page"].id, "other", "Fel siffror")
    flag_id = db.session.scalar(select(Flag.id))
    other_client.login(people["admin"])
    queue = other_client.get("/moderation").get_data(as_text=True)
    assert "AF rutin" in queue and "Fel siffror" in queue and "Sune Soc" in queue
    kept = other_client.post_form(f"/moderation/flags/{flag_id}/review",
                                  {"decision": "keep", "reason": "Siffrorna stämmer"},
                                  token_page="/moderation")
    assert kept.status_code == 302
    note = db.session.scalar(select(Notification))
    assert (note.user_id, note.thread_id, note.link) == (
        people["af_editor"].id, None, f"/wiki/{kb['af_page'].id}")
    assert unread_notification_count(people["af_editor"]) == 1  # no thread, still counted
    client.post_form("/logout", token_page="/")
    client.login(people["af_editor"])
    mine = client.get("/notifications").get_data(as_text=True)
    assert "Siffrorna stämmer" in mine and f'href="/wiki/{kb["af_page"].id}"' in mine


def test_a_case_is_flagged_by_group_members_only(client, other_client, kb):
    people, case = kb["people"], kb["case"]
    client.login(people["soc"])  # not in the group
    assert client.get(f"/pbl/c/{case.id}/flag").status_code == 404
    other_client.login(people["af"])
    url = f"/pbl/c/{case.id}/flag"
    assert f'href="{url}"' in other_client.get(f"/pbl/c/{case.id}").get_data(as_text=True)
    assert other_client.post_form(url, {"reason": "personal_data"},
                                  token_page=url).status_code == 302
    client.post_form("/logout", token_page="/")
    client.login(kb["mod"])  # a moderator outside the group does not see the case either
    assert "Fallet Zebra" not in client.get("/moderation").get_data(as_text=True)

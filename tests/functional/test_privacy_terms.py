"""An organization's watch terms: kept on a page by its editors and the admins (nobody else
even sees it), audited, and applied when the organization's members write posts (form, JSON,
socket), pages and cases."""

from __future__ import annotations

import pytest
from flask import g
from sqlalchemy import func, select

from forum.accounts.models import OrgType, Role
from forum.audit.models import AuditEntry
from forum.db import utcnow
from forum.discussions.models import Post
from forum.extensions import db, socketio
from forum.pbl import actions as pbl_actions
from forum.privacy_terms.guard import PrivacyWarning
from forum.privacy_terms.models import PrivacyTerm
from forum.wiki import pages
from tests.factories import ForumFactory

TERM = "Avdelning Solrosen"


@pytest.fixture
def world(app):
    f = ForumFactory()
    en = {"language": "en"}  # the form messages are asserted in English
    fk = f.org("Försäkringskassan", handle="fk")
    af = f.org("Arbetsförmedlingen", type=OrgType.EMPLOYMENT_SERVICE, handle="af")
    people = {
        "editor": f.user(fk, roles=(Role.ORG_EDITOR,), username="fk.editor",
                         display_name="Frida Redaktör", **en),
        "fk": f.user(fk, username="fk.member", display_name="Fia Karlberg", **en),
        "af": f.user(af, username="af.member", display_name="Anna Lindqvist", **en),
        "af_editor": f.user(af, roles=(Role.ORG_EDITOR,), username="af.editor",
                            display_name="Arne Redaktör", **en),
        "admin": f.admin(af, username="admin", display_name="Ada Admin", **en),
        "tutor": f.user(af, roles=(Role.TUTOR,), username="tutor", display_name="Tova Tutor",
                        **en),
    }
    space = f.space("allmant", "all")
    thread = f.thread(space, people["af"], "Öppen tråd")
    return {"people": people, "fk": fk, "af": af, "thread": thread, "space": space}


def url(org) -> str:
    return f"/organizations/{org.id}/privacy-terms"


def terms() -> list[str]:
    return list(db.session.scalars(select(PrivacyTerm.term).order_by(PrivacyTerm.id)))


def audit(action: str) -> list[AuditEntry]:
    return list(db.session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def add(client, org, term: str):
    return client.post_form(url(org), {"term": term}, token_page=url(org))


def store_term(actor, org, term: str = TERM) -> None:
    from forum.privacy_terms import actions
    actions.do_add_term(actor, org, actions.check_add_term(actor, org, term), utcnow())
    db.session.commit()


# --- the page ----------------------------------------------------------------------------
def test_an_editor_adds_lists_and_removes_terms(client, world):
    editor, fk = world["people"]["editor"], world["fk"]
    client.login(editor)
    org_page = client.get(f"/organizations/{fk.id}").get_data(as_text=True)
    assert f'href="{url(fk)}"' in org_page
    assert client.get(url(fk)).status_code == 200
    assert add(client, fk, "  Avdelning   Solrosen ").status_code == 302
    assert add(client, fk, "Bergsbolaget").status_code == 302
    assert terms() == [TERM, "Bergsbolaget"]
    page = client.get(url(fk)).get_data(as_text=True)
    assert TERM in page and "Bergsbolaget" in page
    [added, _] = audit("privacy_term.add")
    assert (added.actor_id, added.target_type, added.target_id) == (editor.id, "organization",
                                                                    fk.id)
    assert added.details["term"] == TERM

    row = db.session.scalar(select(PrivacyTerm).where(PrivacyTerm.term == TERM))
    response = client.post_form(f"{url(fk)}/{row.id}/remove", token_page=url(fk))
    assert response.status_code == 302
    assert terms() == ["Bergsbolaget"]
    [removed] = audit("privacy_term.remove")
    assert removed.details == {"term_id": row.id, "term": TERM}


def test_an_admin_keeps_any_organizations_list(client, world):
    client.login(world["people"]["admin"])
    assert add(client, world["fk"], "Solrosen").status_code == 302
    assert terms() == ["Solrosen"]


@pytest.mark.parametrize(("term", "message"), [
    ("", "at least 2 characters"),
    ("   ", "at least 2 characters"),
    ("x", "at least 2 characters"),
    ("y" * 101, "too long"),
    ("avdelning solrosen", "already on the list"),
    ("AVDELNING  SOLROSEN", "already on the list"),
])
def test_bad_terms_get_a_form_message_and_store_nothing(client, world, term, message):
    store_term(world["people"]["editor"], world["fk"])
    client.login(world["people"]["editor"])
    response = add(client, world["fk"], term)
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'id="e-term"' in html and message in html
    assert terms() == [TERM]
    assert len(audit("privacy_term.add")) == 1


def test_a_nul_byte_is_refused_before_anything_is_stored(client, world):
    client.login(world["people"]["editor"])
    assert add(client, world["fk"], "a\x00b").status_code == 400
    assert terms() == [] and audit("privacy_term.add") == []


@pytest.mark.parametrize("who", ["af", "af_editor", "fk"])
def test_nobody_else_sees_or_changes_the_list(client, world, who):
    store_term(world["people"]["editor"], world["fk"])
    row = db.session.scalar(select(PrivacyTerm))
    client.login(world["people"][who])
    fk = world["fk"]
    assert client.get(url(fk)).status_code == 404
    assert add(client, fk, "Något annat").status_code == 404
    response = client.post_form(f"{url(fk)}/{row.id}/remove", token_page="/")
    assert response.status_code == 404
    assert TERM not in client.get(f"/organizations/{fk.id}").get_data(as_text=True)
    assert f'href="{url(fk)}"' not in client.get(f"/organizations/{fk.id}").get_data(
        as_text=True)
    assert terms() == [TERM]
    assert audit("privacy_term.remove") == []


def test_a_term_cannot_be_removed_through_another_organizations_page(client, world):
    store_term(world["people"]["editor"], world["fk"])
    row = db.session.scalar(select(PrivacyTerm))
    client.login(world["people"]["af_editor"])
    af = world["af"]
    assert client.get(url(af)).status_code == 200
    response = client.post_form(f"{url(af)}/{row.id}/remove", token_page=url(af))
    assert response.status_code == 404
    assert client.get("/organizations/999999/privacy-terms").status_code == 404
    assert terms() == [TERM]


def test_the_page_needs_a_login(client, world):
    response = client.get(url(world["fk"]))
    assert response.status_code == 302 and "/login" in response.headers["Location"]


# --- applied when the organization's members write ----------------------------------------
TEXT = f"Klienten har varit inlagd på {TERM.lower()} i två veckor."


def post_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Post))


def test_posts_over_http_warn_members_of_the_organization_only(client, other_client, world):
    store_term(world["people"]["editor"], world["fk"])
    thread = world["thread"]
    before = post_count()
    client.login(world["people"]["fk"])
    response = client.post(f"/api/v1/threads/{thread.id}/posts", json={"body": TEXT},
                           headers={"X-CSRFToken": client.csrf_token("/")})
    body = response.get_json()
    assert response.status_code == 422 and body["code"] == "privacy"
    assert any("a******** s*******" in finding for finding in body["findings"])
    form = client.post_form(f"/t/{thread.id}/posts", {"body": TEXT},
                            token_page=f"/t/{thread.id}")
    assert form.status_code == 422
    assert post_count() == before
    confirmed = client.post_form(f"/t/{thread.id}/posts", {"body": TEXT, "confirm_privacy": "1"},
                                 token_page=f"/t/{thread.id}")
    assert confirmed.status_code == 302 and post_count() == before + 1

    other_client.login(world["people"]["af"])  # another organization: not its term
    response = other_client.post(f"/api/v1/threads/{thread.id}/posts", json={"body": TEXT},
                                 headers={"X-CSRFToken": other_client.csrf_token("/")})
    assert response.status_code == 201, response.get_json()


def test_removing_the_term_stops_the_warning(client, world):
    store_term(world["people"]["editor"], world["fk"])
    row = db.session.scalar(select(PrivacyTerm))
    from forum.privacy_terms import actions
    actions.do_remove_term(world["people"]["editor"],
                           actions.check_remove_term(world["people"]["editor"], world["fk"],
                                                     row.id))
    db.session.commit()
    client.login(world["people"]["fk"])
    response = client.post(f"/api/v1/threads/{world['thread'].id}/posts", json={"body": TEXT},
                           headers={"X-CSRFToken": client.csrf_token("/")})
    assert response.status_code == 201


def fresh_g() -> None:
    """The socket test client runs handlers in the test's app context: forget the user (and
    the privacy check's memo) cached in `g` between calls, as tests/functional/
    test_wiki_sockets.py does."""
    for key in list(g):
        g.pop(key)


def test_posts_over_the_socket_warn(app, client, world):
    store_term(world["people"]["editor"], world["fk"])
    client.login(world["people"]["fk"])
    fresh_g()
    sock = socketio.test_client(app, flask_test_client=client.client)
    try:
        payload = {"thread_id": world["thread"].id, "client_id": "terms-socket-0001",
                   "body": TEXT}
        fresh_g()
        ack = sock.emit("send_post", payload, callback=True)
        assert ack["ok"] is False and ack["code"] == "privacy" and ack["findings"]
        assert sock.is_connected()
        fresh_g()
        ack = sock.emit("send_post", {**payload, "confirm_privacy": True}, callback=True)
        assert ack["ok"] is True
    finally:
        sock.disconnect()


def test_pages_warn(world):
    store_term(world["people"]["editor"], world["fk"])
    form = {"title": "Rutin", "body": TEXT, "kind": "page",
            "organization_id": str(world["fk"].id)}
    with pytest.raises(PrivacyWarning) as caught:
        pages.check_new_page(world["people"]["editor"], form, utcnow())
    assert [f.kind for f in caught.value.findings] == ["term"]
    assert pages.check_new_page(world["people"]["editor"], {**form, "confirm_privacy": "1"},
                                utcnow())


def test_cases_refuse(world):
    store_term(world["people"]["af_editor"], world["af"])
    tutor = world["people"]["tutor"]
    group = pbl_actions.do_create_group(tutor, pbl_actions.check_new_group(
        tutor, "Grupp", "", []), utcnow())
    db.session.commit()
    with pytest.raises(PrivacyWarning) as caught:
        pbl_actions.check_new_case(tutor, group, "Fall", "case", "", TEXT)
    assert caught.value.blocked is True
    assert [f.kind for f in caught.value.findings] == ["term"]

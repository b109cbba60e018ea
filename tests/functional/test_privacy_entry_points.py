"""Every write path finds through the same scan (forum.privacy_terms.guard.scan): an identity number
in a typographic variant, or a client's name, is caught by the case library (new and edited
cases, the tutor's sign-off), the PBL board, minutes and journal, wiki pages and the glossary,
and posts over HTTP (form and JSON) and the socket."""

from __future__ import annotations

import pytest
from flask import g
from sqlalchemy import func, select

from forum.db import utcnow
from forum.discussions import entrypoints as discussion_entrypoints
from forum.discussions.models import Post
from forum.extensions import db, socketio
from forum.pbl import actions, entrypoints, journal, sessions
from forum.pbl.models import BoardItem, PblCase
from forum.privacy_terms.guard import PrivacyWarning, scan
from forum.wiki import glossary, pages
from tests.factories import ForumFactory
from tests.identity_numbers import personnummer
from tests.unit.wiki.helpers import boundary_form

NUMBER = personnummer("850709", "980")  # 850709-9805
VARIANTS = [
    NUMBER.replace("-", "\u2013"),                       # en dash (Word, Outlook)
    "19" + NUMBER.replace("-", "\u2212"),                # minus sign
    NUMBER.replace("-", "\u00a0"),                       # no-break space
    f"85 07 09-{NUMBER[-4:]}",                           # grouped pairs
    f"1985-07-09-{NUMBER[-4:]}",                         # ISO date and a dash
    NUMBER.replace("-", " \u2011 "),                     # spaced non-breaking hyphen
]
CLIENT = "Klienten Ahmed Ali har ringt om sin ansökan."


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def thread(pbl):
    forum = ForumFactory()
    return forum.thread(forum.space("allmant", "all"), pbl["people"]["af"], "Öppen tråd")


def fresh_g() -> None:
    for key in list(g):
        g.pop(key)


def test_scan_finds_every_variant_and_the_client(app):
    for text in VARIANTS:
        assert [f.kind for f in scan(f"pnr {text}")] == ["personnummer"], text
    assert [f.kind for f in scan(CLIENT)] == ["client_name"]


# --- the case library and the rest of PBL (every finding refuses) ------------------------
@pytest.mark.parametrize("text", [*VARIANTS, CLIENT])
def test_a_new_case_over_http(client, pbl, text):
    client.login(pbl["people"]["tutor"])
    url = f"/pbl/g/{pbl['group'].id}/cases"
    before = count(PblCase)
    response = client.post_form(url, {"title": "Fall", "kind": "case", "tags": "",
                                      "body": f"Nummer {text}"}, token_page=url)
    assert response.status_code == 422
    assert 'id="case-privacy"' in response.get_data(as_text=True)
    assert count(PblCase) == before


def test_an_edited_case_and_the_sign_off(client, pbl):
    case, tutor = pbl["case"], pbl["people"]["tutor"]
    client.login(tutor)
    page = f"/pbl/c/{case.id}/edit"
    for text in [*VARIANTS, CLIENT]:
        response = client.post_form(page, {"title": "Dag 170", "kind": "case",
                                           "body": f"Nu med {text}"}, token_page=page)
        assert response.status_code == 422, text
    db.session.refresh(case)
    assert case.body == "Ett sammansatt fall."
    # A case stored before the finder knew a layout is refused at sign-off.
    case.body = f"Äldre text med {VARIANTS[0]}"
    db.session.commit()
    with pytest.raises(PrivacyWarning):
        actions.check_sign_off_case(tutor, case)


def test_board_minutes_and_journal(pbl, open_session):
    people, session = pbl["people"], pbl["session"]
    for text in [*VARIANTS, CLIENT]:
        with pytest.raises(PrivacyWarning):
            entrypoints.add_item(people["fk"], session.id, "clarify", f"Fakta: {text}")
        with pytest.raises(PrivacyWarning):
            sessions.check_close_session(people["tutor"], session, "Frågan?", f"Protokoll {text}")
        with pytest.raises(PrivacyWarning):
            journal.check_entry(people["fk"], pbl["group"], f"Jag tänker på {text}", None)
        db.session.rollback()
    assert count(BoardItem) == 0


def test_minutes_may_name_the_groups_own_members_as_participants(pbl, open_session):
    """Staff names are the directory's: "deltagaren Fia Karlberg" is not a client."""
    _question, minutes = sessions.check_close_session(
        pbl["people"]["tutor"], pbl["session"], "Frågan?",
        "Deltagaren Fia Karlberg redovisade; Anna Lindqvist förde protokoll.")
    assert minutes.startswith("Deltagaren")


# --- wiki pages and the glossary (warn, the writer may confirm) ---------------------------
def test_pages_boundary_pages_and_glossary(pbl):
    writer = pbl["people"]["admin"]
    fk = writer.organization
    for text in [*VARIANTS, CLIENT]:
        form = {"title": "Rutin", "body": f"Exempel: {text}", "kind": "page"}
        with pytest.raises(PrivacyWarning) as caught:
            pages.check_new_page(writer, form, utcnow())
        assert caught.value.blocked is False
        assert pages.check_new_page(writer, {**form, "confirm_privacy": "1"}, utcnow())
        with pytest.raises(PrivacyWarning):
            pages.check_new_page(writer, boundary_form(fk, mandate=f"Till exempel {text}"),
                                 utcnow())
        with pytest.raises(PrivacyWarning):
            glossary.check_term(pbl["people"]["admin"], None, {
                "term_sv": "Ord", "term_en": "Word", "def-social_insurance-sv": text})


# --- posts: JSON, form, socket -------------------------------------------------------------
@pytest.mark.parametrize("text", [*VARIANTS, CLIENT])
def test_posts_over_the_json_api(client, pbl, thread, text):
    client.login(pbl["people"]["fk"])
    response = client.post(f"/api/v1/threads/{thread.id}/posts", json={"body": text},
                           headers={"X-CSRFToken": client.csrf_token("/")})
    body = response.get_json()
    assert response.status_code == 422 and body["code"] == "privacy"
    assert NUMBER[-4:] not in str(body) and "Ahmed" not in str(body)
    assert body["findings"]


def test_posts_over_the_form_and_confirming(client, pbl, thread):
    client.login(pbl["people"]["fk"])
    before = count(Post)
    url = f"/t/{thread.id}/posts"
    for text in [*VARIANTS, CLIENT]:
        assert client.post_form(url, {"body": text}, token_page=f"/t/{thread.id}"
                                ).status_code == 422, text
    assert count(Post) == before
    confirmed = client.post_form(url, {"body": CLIENT, "confirm_privacy": "1"},
                                 token_page=f"/t/{thread.id}")
    assert confirmed.status_code == 302 and count(Post) == before + 1


def test_staff_names_in_posts_do_not_warn(pbl, thread):
    post, _ = discussion_entrypoints.submit_post(
        pbl["people"]["fk"], thread.id,
        "Anna Lindqvist skrev att klienten fått tid; Tova Tutor och klienten ses i maj.", None)
    assert post.privacy_confirmed is False


def test_posts_over_the_socket(app, client, pbl, thread):
    client.login(pbl["people"]["fk"])
    fresh_g()
    sock = socketio.test_client(app, flask_test_client=client.client)
    try:
        for n, text in enumerate([*VARIANTS, CLIENT]):
            fresh_g()
            ack = sock.emit("send_post", {"thread_id": thread.id, "body": text,
                                          "client_id": f"entry-point-{n:04d}"}, callback=True)
            assert ack["ok"] is False and ack["code"] == "privacy", (text, ack)
        assert sock.is_connected()
    finally:
        sock.disconnect()


def test_a_thread_title_is_checked_with_its_body(pbl):
    from forum.discussions import actions as discussion_actions
    space = ForumFactory().space("titlar", "all")
    with pytest.raises(PrivacyWarning) as caught:
        discussion_actions.check_new_thread(pbl["people"]["fk"], space, f"Om {VARIANTS[0]}",
                                            "Ren text.", None)
    assert [f.kind for f in caught.value.findings] == ["personnummer"]
    assert discussion_actions.check_new_thread(pbl["people"]["fk"], space, f"Om {VARIANTS[0]}",
                                               "Ren text.", None, confirm_privacy=True)

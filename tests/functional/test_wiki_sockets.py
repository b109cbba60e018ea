"""A page's live room: joined only through the access check; "updated by" and "is editing"
reach exactly the people in it. (Flask-SocketIO's in-process test client.)"""

from __future__ import annotations

import pytest
from flask import g

from forum.extensions import socketio
from tests.factories import ForumFactory
from tests.unit.wiki.helpers import build_kb, edit_form, make_page, save


@pytest.fixture
def kb(app):
    world = build_kb(ForumFactory())
    people, orgs = world["people"], world["orgs"]
    world["open"] = make_page(people["fk_editor"], "FK öppen", org=orgs["fk"])
    world["secret"] = make_page(people["fk_editor"], "FK intern", org=orgs["fk"],
                                visibility="org")
    return world


def fresh_g() -> None:
    """The tests keep one app context open, and the socket test client runs handlers in it:
    without this, Flask-Login's user cached in `g` would leak from one client to the next."""
    for key in list(g):
        g.pop(key)


class Socket:
    def __init__(self, sock) -> None:
        self.sock = sock

    def emit(self, event: str, payload, callback: bool = True):
        fresh_g()
        return self.sock.emit(event, payload, callback=callback)

    def __getattr__(self, name):
        return getattr(self.sock, name)


@pytest.fixture
def connect(app):
    made = []

    def make(client, user):
        client.login(user)
        fresh_g()
        sock = socketio.test_client(app, flask_test_client=client.client)
        assert sock.is_connected()
        made.append(sock)
        return Socket(sock)

    yield make
    for sock in made:
        if sock.is_connected():
            sock.disconnect()


def events(sock, name: str) -> list[dict]:
    return [e["args"][0] for e in sock.get_received() if e["name"] == name]


def test_an_outsider_cannot_join_a_restricted_page(client, other_client, kb, connect):
    outsider = connect(client, kb["people"]["admin"])
    denied = outsider.emit("join_page", {"page_id": kb["secret"].id}, callback=True)
    missing = outsider.emit("join_page", {"page_id": 999_999}, callback=True)
    assert denied["code"] == missing["code"] == "not_found"
    assert denied["error"] == missing["error"]
    assert outsider.emit("join_page", {"page_id": "1"}, callback=True)["code"] == "bad_request"
    insider = connect(other_client, kb["people"]["fk_local"])
    joined = insider.emit("join_page", {"page_id": kb["secret"].id}, callback=True)
    assert joined == {"ok": True, "page_id": kb["secret"].id,
                      "revision_id": kb["secret"].current_revision_id, "can_edit": False}


def test_a_new_revision_reaches_the_rooms_members_only(client, other_client, kb, connect):
    people = kb["people"]
    reader = connect(client, people["fk"])
    outsider = connect(other_client, people["af"])
    assert reader.emit("join_page", {"page_id": kb["secret"].id}, callback=True)["ok"]
    outsider.emit("join_page", {"page_id": kb["secret"].id}, callback=True)
    assert outsider.emit("join_page", {"page_id": kb["open"].id}, callback=True)["ok"]
    reader.get_received(), outsider.get_received()
    save(people["fk_editor"], kb["secret"], edit_form(kb["secret"], body="Ny intern text."))
    got = events(reader, "page_updated")
    assert [(e["page_id"], e["by"]["name"]) for e in got] == [(kb["secret"].id,
                                                              "Frida Redaktör")]
    assert events(outsider, "page_updated") == []


def test_who_is_editing_goes_to_the_others_in_the_room(client, other_client, kb, connect):
    people = kb["people"]
    editor = connect(client, people["fk_editor"])
    reader = connect(other_client, people["fk"])
    for sock in (editor, reader):
        assert sock.emit("join_page", {"page_id": kb["open"].id}, callback=True)["ok"]
    editor.get_received(), reader.get_received()
    ack = editor.emit("page_editing", {"page_id": kb["open"].id, "active": True}, callback=True)
    assert ack == {"ok": True}
    assert [e["user"]["name"] for e in events(reader, "page_editing")] == ["Frida Redaktör"]
    assert events(editor, "page_editing") == []
    refused = reader.emit("page_editing", {"page_id": kb["open"].id, "active": True},
                          callback=True)
    assert refused["code"] == "forbidden"
    assert events(editor, "page_editing") == []


def test_restricting_a_page_empties_its_room(client, other_client, kb, connect):
    people = kb["people"]
    page = kb["open"]
    outsider = connect(client, people["af"])
    assert outsider.emit("join_page", {"page_id": page.id}, callback=True)["ok"]
    outsider.get_received()
    save(people["fk_editor"], page, edit_form(page, visibility="org"))
    assert events(outsider, "access_lost")
    # Re-joining checks access again; later changes do not reach the outsider.
    assert outsider.emit("join_page", {"page_id": page.id}, callback=True)["code"] == \
        "not_found"
    save(people["fk_editor"], page, edit_form(page, body="Nu internt."))
    assert events(outsider, "page_updated") == []
